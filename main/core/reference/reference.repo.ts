import type { DocumentType } from '../../../shared/domain/documentType';
import type { Ground } from '../../../shared/domain/pasal17';
import type { Holiday } from '../../../shared/domain/workingDays';
import type { Db } from '../db/connection';

interface GroundRow {
  code: string;
  huruf: string;
  angka: number | null;
  label_id: string;
  label_en: string;
  active: number;
}

function toGround(row: GroundRow): Ground {
  return { code: row.code, huruf: row.huruf, angka: row.angka, labelId: row.label_id, labelEn: row.label_en, active: row.active === 1 };
}

interface StatuteRow {
  id: number;
  text: string;
  active: number;
}

export interface Statute {
  id: number;
  text: string;
  active: boolean;
}

const toStatute = (row: StatuteRow): Statute => ({ id: row.id, text: row.text, active: row.active === 1 });

interface DocumentTypeRow {
  id: number;
  name: string;
  active: number;
  uses: number;
}

const toDocumentType = (row: DocumentTypeRow): DocumentType => ({ id: row.id, name: row.name, active: row.active === 1, uses: row.uses });

/** SQL for the legal reference data: Pasal 17 grounds, other statutes and the holiday calendar. */
export function createReferenceRepo(db: Db) {
  const grounds = db.prepare<[], GroundRow>('SELECT * FROM pasal17_grounds ORDER BY sort');
  const ground = db.prepare<[string], GroundRow>('SELECT * FROM pasal17_grounds WHERE code = ?');
  const updateGround = db.prepare<[string, string, number, string]>(
    'UPDATE pasal17_grounds SET label_id = ?, label_en = ?, active = ? WHERE code = ?',
  );
  const statutes = db.prepare<[], StatuteRow>('SELECT * FROM statutes ORDER BY active DESC, text COLLATE NOCASE');
  const statute = db.prepare<[number], StatuteRow>('SELECT * FROM statutes WHERE id = ?');
  const statuteByText = db.prepare<[string], StatuteRow>('SELECT * FROM statutes WHERE text = ? COLLATE NOCASE');
  const insertStatute = db.prepare<[string, number]>('INSERT INTO statutes (text, active) VALUES (?, ?)');
  const updateStatute = db.prepare<[string, number, number]>('UPDATE statutes SET text = ?, active = ? WHERE id = ?');
  const holidays = db.prepare<[number | null, number | null], Holiday>(
    "SELECT date, name, kind FROM holidays WHERE (? IS NULL OR substr(date, 1, 4) = printf('%04d', ?)) ORDER BY date",
  );
  const holidayDates = db.prepare<[], { date: string }>('SELECT date FROM holidays');
  const holiday = db.prepare<[string], Holiday>('SELECT date, name, kind FROM holidays WHERE date = ?');
  const saveHoliday = db.prepare<[string, string, string]>(
    'INSERT INTO holidays (date, name, kind) VALUES (?, ?, ?) ON CONFLICT (date) DO UPDATE SET name = excluded.name, kind = excluded.kind',
  );
  const removeHoliday = db.prepare<[string]>('DELETE FROM holidays WHERE date = ?');
  // Jenis dokumen (migration 0010): the name is unique without regard to (ASCII) case.
  const TYPES = `SELECT t.id, t.name, t.active, (SELECT count(*) FROM exemptions x WHERE x.jenis_dokumen = t.name COLLATE NOCASE) AS uses
    FROM document_types t`;
  const documentTypes = db.prepare<[], DocumentTypeRow>(`${TYPES} ORDER BY t.active DESC, t.name COLLATE NOCASE`);
  const documentType = db.prepare<[number], DocumentTypeRow>(`${TYPES} WHERE t.id = ?`);
  const documentTypeByName = db.prepare<[string], DocumentTypeRow>(`${TYPES} WHERE t.name = ? COLLATE NOCASE`);
  const insertDocumentType = db.prepare<[string, number]>('INSERT INTO document_types (name, active) VALUES (?, ?)');
  const updateDocumentType = db.prepare<[string, number, number]>('UPDATE document_types SET name = ?, active = ? WHERE id = ?');
  // Renaming a class renames it on every exemption of that class, so the class stays one.
  const renameOnExemptions = db.prepare<[string, string]>('UPDATE exemptions SET jenis_dokumen = ? WHERE jenis_dokumen = ? COLLATE NOCASE');

  return {
    grounds: () => grounds.all().map(toGround),
    ground: (code: string) => {
      const row = ground.get(code);
      return row ? toGround(row) : null;
    },
    updateGround: (code: string, labelId: string, labelEn: string, active: boolean) =>
      updateGround.run(labelId, labelEn, active ? 1 : 0, code),
    statutes: () => statutes.all().map(toStatute),
    statute: (id: number) => {
      const row = statute.get(id);
      return row ? toStatute(row) : null;
    },
    statuteByText: (text: string) => {
      const row = statuteByText.get(text);
      return row ? toStatute(row) : null;
    },
    insertStatute: (text: string, active: boolean) => Number(insertStatute.run(text, active ? 1 : 0).lastInsertRowid),
    updateStatute: (id: number, text: string, active: boolean) => updateStatute.run(text, active ? 1 : 0, id),
    holidays: (year: number | null) => holidays.all(year, year),
    holidayDates: () => holidayDates.all().map((row) => row.date),
    holiday: (date: string) => holiday.get(date) ?? null,
    saveHoliday: (input: Holiday) => saveHoliday.run(input.date, input.name, input.kind),
    removeHoliday: (date: string) => removeHoliday.run(date),
    documentTypes: () => documentTypes.all().map(toDocumentType),
    documentType: (id: number) => {
      const row = documentType.get(id);
      return row ? toDocumentType(row) : null;
    },
    documentTypeByName: (name: string) => {
      const row = documentTypeByName.get(name);
      return row ? toDocumentType(row) : null;
    },
    insertDocumentType: (name: string, active: boolean) => Number(insertDocumentType.run(name, active ? 1 : 0).lastInsertRowid),
    updateDocumentType: (id: number, name: string, active: boolean) => updateDocumentType.run(name, active ? 1 : 0, id),
    renameOnExemptions: (from: string, to: string) => renameOnExemptions.run(to, from).changes,
  };
}

export type ReferenceRepo = ReturnType<typeof createReferenceRepo>;
