import type { Entry, EntryFields } from '../../../shared/domain/entry';
import { emptyEntryFields } from '../../../shared/domain/entry';
import type { Db } from '../db/connection';

export interface EntryRow {
  id: number;
  exemption_status: Entry['exemptionStatus'];
  opened_to: number | null;
  category: Entry['category'];
  judul: string;
  ringkasan: string;
  unit_id: number | null;
  unit_name: string | null;
  unit_text: string;
  penanggung_jawab: string;
  waktu: string;
  tempat: string;
  bentuk: Entry['bentuk'];
  format_cetak: number;
  format_rekam: number;
  format_online: number;
  jenis_media: string;
  retensi_aktif: number | null;
  retensi_inaktif: number | null;
  retensi_text: string;
  disposisi: Entry['disposisi'];
  kode_klasifikasi: string;
  tags_json: string;
  notes: string;
  year: number | null;
  dik_informasi: string;
  dik_dasar_hukum: string;
  dik_konsekuensi_dibuka: string;
  dik_konsekuensi_ditutup: string;
  dik_jangka_waktu: string;
  import_id: number | null;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function toEntry(row: EntryRow): Entry {
  return {
    id: row.id,
    category: row.category,
    judul: row.judul,
    ringkasan: row.ringkasan,
    unitId: row.unit_id,
    unitName: row.unit_name,
    exemptionStatus: row.exemption_status,
    openedTo: row.opened_to,
    unitText: row.unit_text,
    penanggungJawab: row.penanggung_jawab,
    waktu: row.waktu,
    tempat: row.tempat,
    bentuk: row.bentuk,
    formatCetak: row.format_cetak === 1,
    formatRekam: row.format_rekam === 1,
    formatOnline: row.format_online === 1,
    jenisMedia: row.jenis_media,
    retensiAktif: row.retensi_aktif,
    retensiInaktif: row.retensi_inaktif,
    retensiText: row.retensi_text,
    disposisi: row.disposisi,
    kodeKlasifikasi: row.kode_klasifikasi,
    tags: JSON.parse(row.tags_json) as string[],
    notes: row.notes,
    year: row.year,
    dikInformasi: row.dik_informasi,
    dikDasarHukum: row.dik_dasar_hukum,
    dikKonsekuensiDibuka: row.dik_konsekuensi_dibuka,
    dikKonsekuensiDitutup: row.dik_konsekuensi_ditutup,
    dikJangkaWaktu: row.dik_jangka_waktu,
    importId: row.import_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** Bound parameters for the stored columns, in one place so insert and update cannot drift apart. */
function columnParams(fields: EntryFields) {
  return {
    category: fields.category,
    judul: fields.judul,
    ringkasan: fields.ringkasan,
    unit_id: fields.unitId,
    unit_text: fields.unitText,
    penanggung_jawab: fields.penanggungJawab,
    waktu: fields.waktu,
    tempat: fields.tempat,
    bentuk: fields.bentuk,
    format_cetak: fields.formatCetak ? 1 : 0,
    format_rekam: fields.formatRekam ? 1 : 0,
    format_online: fields.formatOnline ? 1 : 0,
    jenis_media: fields.jenisMedia,
    retensi_aktif: fields.retensiAktif,
    retensi_inaktif: fields.retensiInaktif,
    retensi_text: fields.retensiText,
    disposisi: fields.disposisi,
    kode_klasifikasi: fields.kodeKlasifikasi,
    tags_json: JSON.stringify(fields.tags),
    notes: fields.notes,
    year: fields.year,
    dik_informasi: fields.dikInformasi,
    dik_dasar_hukum: fields.dikDasarHukum,
    dik_konsekuensi_dibuka: fields.dikKonsekuensiDibuka,
    dik_konsekuensi_ditutup: fields.dikKonsekuensiDitutup,
    dik_jangka_waktu: fields.dikJangkaWaktu,
  };
}
type ColumnParams = ReturnType<typeof columnParams>;
const columns = Object.keys(columnParams(emptyEntryFields())) as (keyof ColumnParams)[];

/**
 * Rows per INSERT statement of an import. FTS5 writes the terms it holds in memory to disk at every
 * statement savepoint (`fts5SavepointMethod`), so one statement per row flushed 10,000 times for a
 * 10,000-row file, 3–4× the insert's time; one statement per batch fills the same index through
 * the same `entries_fts_insert` trigger. 200 rows × 30 bound values stay far below SQLite's 32,766.
 * Mutable only so a test can write the same rows one statement per row, the old way, and compare.
 */
export const importBatch = { rowsPerStatement: 200 };

/** Rows carry their unit's name and, for exempted information, the workflow state (a primary-key lookup each). */
export const ENTRY_COLUMNS = 'e.*, u.name AS unit_name, x.status AS exemption_status, x.opened_to AS opened_to';
export const ENTRY_JOINS = 'LEFT JOIN units u ON u.id = e.unit_id LEFT JOIN exemptions x ON x.entry_id = e.id';
export const SELECT_ENTRY = `SELECT ${ENTRY_COLUMNS} FROM entries e ${ENTRY_JOINS}`;

/** SQL for the register's entries (listing and search: entryList.repo.ts). */
export function createEntryRepo(db: Db) {
  const byId = db.prepare<[number], EntryRow>(`${SELECT_ENTRY} WHERE e.id = ?`);
  const insert = db.prepare<[ColumnParams & { import_id: number | null; at: string }]>(
    `INSERT INTO entries (${columns.join(', ')}, import_id, created_at, updated_at)
     VALUES (${columns.map((c) => `@${c}`).join(', ')}, @import_id, @at, @at)`,
  );
  const update = db.prepare<[ColumnParams & { id: number; expected: number; at: string }]>(
    `UPDATE entries SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at, version = version + 1
     WHERE id = @id AND version = @expected`,
  );
  const setDeleted = db.prepare<[string | null, string, number, number]>(
    'UPDATE entries SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?',
  );
  const maxId = db.prepare<[], { id: number }>('SELECT coalesce(max(id), 0) AS id FROM entries');
  const prepareBulk = (rows: number) => {
    const one = `(${Array.from({ length: columns.length + 4 }, () => '?').join(', ')})`;
    return db.prepare(
      `INSERT INTO entries (id, ${columns.join(', ')}, import_id, created_at, updated_at) VALUES ${Array.from({ length: rows }, () => one).join(', ')}`,
    );
  };
  // The full batch's statement is kept once prepared; an import's last, shorter batch is prepared for it
  // alone (kept, every size from 1 to 199 could pile up over the app's life).
  let fullBatch: { rows: number; statement: ReturnType<typeof prepareBulk> } | null = null;
  const bulkInsert = (rows: number) => {
    if (rows !== importBatch.rowsPerStatement) return prepareBulk(rows);
    if (fullBatch?.rows !== rows) fullBatch = { rows, statement: prepareBulk(rows) };
    return fullBatch.statement;
  };
  const years = db.prepare<[], { year: number }>('SELECT DISTINCT year FROM entries WHERE year IS NOT NULL ORDER BY year DESC');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM entries WHERE deleted_at IS NULL');
  const unitExists = db.prepare<[number], { id: number }>('SELECT id FROM units WHERE id = ?');
  const importInfo = db.prepare<[number], { at: string; actor: string; file_name: string }>(
    'SELECT at, actor, file_name FROM imports WHERE id = ?',
  );

  return {
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toEntry(row) : null;
    },
    insert: (fields: EntryFields, at: string, importId: number | null = null) =>
      Number(insert.run({ ...columnParams(fields), import_id: importId, at }).lastInsertRowid),
    /**
     * An import's rows, in order, with the ids a row-by-row insert would give them (the next after the
     * largest), so the import's audit event can name them as one range. The caller holds the transaction.
     */
    insertMany: (rows: readonly EntryFields[], at: string, importId: number): { firstEntryId: number; lastEntryId: number } => {
      const first = (maxId.get()?.id ?? 0) + 1;
      const size = Math.max(1, importBatch.rowsPerStatement);
      for (let start = 0; start < rows.length; start += size) {
        const batch = rows.slice(start, start + size);
        const values: unknown[] = [];
        batch.forEach((fields, i) => {
          const params = columnParams(fields);
          values.push(first + start + i, ...columns.map((column) => params[column]), importId, at, at);
        });
        bulkInsert(batch.length).run(values);
      }
      return rows.length === 0 ? { firstEntryId: 0, lastEntryId: 0 } : { firstEntryId: first, lastEntryId: first + rows.length - 1 };
    },
    update: (id: number, fields: EntryFields, expectedVersion: number, at: string) =>
      update.run({ ...columnParams(fields), id, expected: expectedVersion, at }).changes === 1,
    setDeleted: (id: number, deletedAt: string | null, expectedVersion: number, at: string) =>
      setDeleted.run(deletedAt, at, id, expectedVersion).changes === 1,
    years: () => years.all().map((row) => row.year),
    count: () => count.get()?.n ?? 0,
    unitExists: (id: number) => unitExists.get(id) !== undefined,
    /** The import an entry came from, for its history. */
    importInfo: (importId: number) => importInfo.get(importId) ?? null,
  };
}

export type EntryRepo = ReturnType<typeof createEntryRepo>;
