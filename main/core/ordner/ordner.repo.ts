import type { Ordner, OrdnerFieldsParsed } from '../../../shared/domain/ordner';
import type { Place, PlaceFields } from '../../../shared/domain/place';
import type { Db } from '../db/connection';

interface OrdnerRow {
  id: number;
  code: string;
  title: string;
  unit_id: number | null;
  unit_name: string | null;
  classification_code: string;
  year_from: number;
  year_to: number;
  access: Ordner['access'];
  capacity_sheets: number;
  colour: Ordner['colour'];
  spine_cm: number;
  place_id: number | null;
  document_count: number;
  sheet_count: number;
  version: number;
  updated_at: string;
}

interface PlaceRow {
  id: number;
  name: string;
  kind: Place['kind'];
  parent_id: number | null;
  description: string;
  version: number;
  updated_at: string;
}

function toOrdner(row: OrdnerRow): Ordner {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    unitId: row.unit_id,
    unitName: row.unit_name,
    classificationCode: row.classification_code,
    yearFrom: row.year_from,
    yearTo: row.year_to,
    access: row.access,
    capacitySheets: row.capacity_sheets,
    colour: row.colour,
    spineCm: row.spine_cm === 8 ? 8 : 5,
    placeId: row.place_id,
    documentCount: row.document_count,
    sheetCount: row.sheet_count,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function toPlace(row: PlaceRow): Place {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    parentId: row.parent_id,
    description: row.description,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

const SELECT = `
  SELECT o.*, u.name AS unit_name,
    (SELECT count(*) FROM filings fi WHERE fi.ordner_id = o.id) AS document_count,
    (SELECT coalesce(sum(d.sheet_count), 0) FROM filings fi JOIN documents d ON d.id = fi.document_id WHERE fi.ordner_id = o.id) AS sheet_count
  FROM ordners o LEFT JOIN units u ON u.id = o.unit_id`;

/** SQL for places (lemari / rak) and ordners. */
export function createOrdnerRepo(db: Db) {
  const byId = db.prepare<[number], OrdnerRow>(`${SELECT} WHERE o.id = ?`);
  const byCode = db.prepare<[string], { id: number; code: string }>('SELECT id, code FROM ordners WHERE code = ? COLLATE NOCASE');
  const all = db.prepare<[], OrdnerRow>(`${SELECT} ORDER BY o.place_id, o.code COLLATE NOCASE`);
  const insert = db.prepare<
    [string, string, number | null, string, number, number, string, number, string, number, number | null, string, string]
  >(
    `INSERT INTO ordners (code, title, unit_id, classification_code, year_from, year_to, access, capacity_sheets, colour, spine_cm, place_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare<
    [string, string, number | null, string, number, number, string, number, string, number, number | null, string, number, number]
  >(
    `UPDATE ordners SET code = ?, title = ?, unit_id = ?, classification_code = ?, year_from = ?, year_to = ?, access = ?,
       capacity_sheets = ?, colour = ?, spine_cm = ?, place_id = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ?`,
  );
  const placeById = db.prepare<[number], PlaceRow>('SELECT * FROM places WHERE id = ?');
  const placeByName = db.prepare<[string], PlaceRow>('SELECT * FROM places WHERE name = ? COLLATE NOCASE');
  const places = db.prepare<[], PlaceRow>("SELECT * FROM places ORDER BY kind = 'rak', name COLLATE NOCASE");
  const insertPlace = db.prepare<[string, string, number | null, string, string, string]>(
    'INSERT INTO places (name, kind, parent_id, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const updatePlace = db.prepare<[string, string, number | null, string, string, number, number]>(
    'UPDATE places SET name = ?, kind = ?, parent_id = ?, description = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?',
  );
  const unitExists = db.prepare<[number], { id: number }>('SELECT id FROM units WHERE id = ?');
  const documentByCode = db.prepare<[string], { id: number; code: string }>('SELECT id, code FROM documents WHERE code = ? COLLATE NOCASE');

  const args = (f: OrdnerFieldsParsed) =>
    [
      f.code,
      f.title,
      f.unitId,
      f.classificationCode,
      f.yearFrom,
      f.yearTo,
      f.access,
      f.capacitySheets,
      f.colour,
      f.spineCm,
      f.placeId,
    ] as const;

  return {
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toOrdner(row) : null;
    },
    findByCode: (code: string) => byCode.get(code) ?? null,
    /** A document by its code, for the code search beside the ordners. */
    documentByCode: (code: string) => documentByCode.get(code) ?? null,
    list: () => all.all().map(toOrdner),
    insert: (f: OrdnerFieldsParsed, at: string) => Number(insert.run(...args(f), at, at).lastInsertRowid),
    update: (id: number, f: OrdnerFieldsParsed, expectedVersion: number, at: string) =>
      update.run(...args(f), at, id, expectedVersion).changes === 1,
    place: (id: number) => {
      const row = placeById.get(id);
      return row ? toPlace(row) : null;
    },
    placeByName: (name: string) => {
      const row = placeByName.get(name);
      return row ? toPlace(row) : null;
    },
    places: () => places.all().map(toPlace),
    insertPlace: (f: PlaceFields, at: string) => Number(insertPlace.run(f.name, f.kind, f.parentId, f.description, at, at).lastInsertRowid),
    updatePlace: (id: number, f: PlaceFields, expectedVersion: number, at: string) =>
      updatePlace.run(f.name, f.kind, f.parentId, f.description, at, id, expectedVersion).changes === 1,
    unitExists: (id: number) => unitExists.get(id) !== undefined,
  };
}

export type OrdnerRepo = ReturnType<typeof createOrdnerRepo>;
