import type { CategoryCount, Entry, EntryCategory, EntryFields, EntryListQuery, EntrySort } from '../../../shared/domain/entry';
import { emptyEntryFields, entryCategories } from '../../../shared/domain/entry';
import type { Db } from '../db/connection';

export interface EntryRow {
  id: number;
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
 * Turns what the officer typed into an FTS5 query: every word must match as a prefix.
 * Only letters and digits survive, so no FTS syntax (quotes, NEAR, column filters) can be injected.
 */
export function ftsQuery(search: string): string | null {
  const words = search.normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

/** ORDER BY fragments per sort: constants, never user text, each backed by an index in 0002. */
const orderColumn: Record<EntrySort, string> = {
  number: 'e.id',
  judul: 'e.judul COLLATE NOCASE',
  year: 'e.year',
  updated: 'e.updated_at',
};

const FILTER = `(@category IS NULL OR e.category = @category)
  AND (@unitId IS NULL OR e.unit_id = @unitId)
  AND (@year IS NULL OR e.year = @year)
  AND (@bentuk IS NULL OR e.bentuk = @bentuk)
  AND (@deleted = 'all' OR (@deleted = 'deleted') = (e.deleted_at IS NOT NULL))`;

const SELECT_ENTRY = 'SELECT e.*, u.name AS unit_name FROM entries e LEFT JOIN units u ON u.id = e.unit_id';

export function listSql(query: Pick<EntryListQuery, 'sort' | 'direction' | 'grouped'>, searching: boolean): string {
  const dir = query.direction === 'desc' ? 'DESC' : 'ASC';
  const keys: string[] = [];
  if (query.grouped) keys.push('e.category_rank');
  // With words typed and no explicit order, the best matches come first within each heading.
  if (searching && query.sort === 'number') keys.push('f.rank');
  else if (query.sort !== 'number') keys.push(`${orderColumn[query.sort]} ${dir}`);
  keys.push(`e.id ${dir}`);
  const from = searching
    ? 'FROM entries_fts f JOIN entries e ON e.id = f.rowid LEFT JOIN units u ON u.id = e.unit_id'
    : 'FROM entries e LEFT JOIN units u ON u.id = e.unit_id';
  const match = searching ? 'entries_fts MATCH @match AND ' : '';
  return `SELECT e.*, u.name AS unit_name ${from} WHERE ${match}${FILTER} ORDER BY ${keys.join(', ')} LIMIT @limit OFFSET @offset`;
}

export function countSql(searching: boolean): string {
  const from = searching ? 'FROM entries_fts f JOIN entries e ON e.id = f.rowid' : 'FROM entries e';
  const match = searching ? 'entries_fts MATCH @match AND ' : '';
  return `SELECT e.category AS category, count(*) AS n ${from} WHERE ${match}${FILTER} GROUP BY e.category`;
}

/** SQL for the register's entries. */
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
  const years = db.prepare<[], { year: number }>('SELECT DISTINCT year FROM entries WHERE year IS NOT NULL ORDER BY year DESC');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM entries WHERE deleted_at IS NULL');
  const unitExists = db.prepare<[number], { id: number }>('SELECT id FROM units WHERE id = ?');

  // The list has a finite set of shapes (sort × direction × grouping × search); each is prepared once.
  const listStatements = new Map<string, ReturnType<typeof db.prepare<[Record<string, unknown>], EntryRow>>>();
  const countStatements = new Map<boolean, ReturnType<typeof db.prepare<[Record<string, unknown>], { category: EntryCategory; n: number }>>>();

  function listStatement(query: EntryListQuery, searching: boolean) {
    const key = `${query.sort}|${query.direction}|${String(query.grouped)}|${String(searching)}`;
    let statement = listStatements.get(key);
    if (!statement) {
      statement = db.prepare<[Record<string, unknown>], EntryRow>(listSql(query, searching));
      listStatements.set(key, statement);
    }
    return statement;
  }

  function countStatement(searching: boolean) {
    let statement = countStatements.get(searching);
    if (!statement) {
      statement = db.prepare<[Record<string, unknown>], { category: EntryCategory; n: number }>(countSql(searching));
      countStatements.set(searching, statement);
    }
    return statement;
  }

  function list(query: EntryListQuery): { rows: Entry[]; counts: CategoryCount[]; total: number } {
    const match = ftsQuery(query.search);
    const filterParams: Record<string, unknown> = {
      category: query.category,
      unitId: query.unitId,
      year: query.year,
      bentuk: query.bentuk,
      deleted: query.deleted,
    };
    if (match !== null) filterParams.match = match;
    const rows = listStatement(query, match !== null).all({ ...filterParams, limit: query.limit, offset: query.offset }).map(toEntry);
    const found = new Map(countStatement(match !== null).all(filterParams).map((row) => [row.category, row.n]));
    const counts = entryCategories.map((category) => ({ category, count: found.get(category) ?? 0 }));
    return { rows, counts, total: counts.reduce((sum, c) => sum + c.count, 0) };
  }

  return {
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toEntry(row) : null;
    },
    list,
    insert: (fields: EntryFields, at: string, importId: number | null = null) =>
      Number(insert.run({ ...columnParams(fields), import_id: importId, at }).lastInsertRowid),
    update: (id: number, fields: EntryFields, expectedVersion: number, at: string) =>
      update.run({ ...columnParams(fields), id, expected: expectedVersion, at }).changes === 1,
    setDeleted: (id: number, deletedAt: string | null, expectedVersion: number, at: string) =>
      setDeleted.run(deletedAt, at, id, expectedVersion).changes === 1,
    years: () => years.all().map((row) => row.year),
    count: () => count.get()?.n ?? 0,
    unitExists: (id: number) => unitExists.get(id) !== undefined,
  };
}

export type EntryRepo = ReturnType<typeof createEntryRepo>;
