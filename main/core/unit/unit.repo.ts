import type { Unit, UnitFields } from '../../../shared/domain/unit';
import type { Db } from '../db/connection';

interface UnitRow {
  id: number;
  name: string;
  kind: Unit['kind'];
  head: string;
  active: number;
  version: number;
  updated_at: string;
}

function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    head: row.head,
    active: row.active === 1,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** SQL for units (PPID Pelaksana, bidang, …). */
export function createUnitRepo(db: Db) {
  const byId = db.prepare<[number], UnitRow>('SELECT * FROM units WHERE id = ?');
  const byName = db.prepare<[string], UnitRow>('SELECT * FROM units WHERE name = ? COLLATE NOCASE');
  const listActive = db.prepare<[], UnitRow>('SELECT * FROM units WHERE active = 1 ORDER BY name COLLATE NOCASE');
  const listAll = db.prepare<[], UnitRow>('SELECT * FROM units ORDER BY active DESC, name COLLATE NOCASE');
  const insert = db.prepare<[string, string, string, number, string, string]>(
    'INSERT INTO units (name, kind, head, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare<[string, string, string, number, string, number, number]>(
    `UPDATE units SET name = ?, kind = ?, head = ?, active = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ?`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM units');

  return {
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toUnit(row) : null;
    },
    findByName: (name: string) => {
      const row = byName.get(name);
      return row ? toUnit(row) : null;
    },
    list: (includeInactive: boolean) => (includeInactive ? listAll.all() : listActive.all()).map(toUnit),
    insert: (fields: UnitFields, at: string) =>
      Number(insert.run(fields.name, fields.kind, fields.head, fields.active ? 1 : 0, at, at).lastInsertRowid),
    update: (id: number, fields: UnitFields, expectedVersion: number, at: string) =>
      update.run(fields.name, fields.kind, fields.head, fields.active ? 1 : 0, at, id, expectedVersion).changes === 1,
    count: () => count.get()?.n ?? 0,
  };
}
