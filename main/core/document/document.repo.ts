import type { Document, DocumentEntryLink, DocumentFields, DocumentFile, FileRole, FilingMove } from '../../../shared/domain/document';
import type { BlobContentType } from '../../../shared/domain/vault';
import type { Db } from '../db/connection';

interface DocumentRow {
  id: number;
  code: string;
  title: string;
  number: string;
  doc_date: string;
  classification_code: string;
  stage: Document['stage'];
  description: string;
  sheet_count: number;
  version: number;
  created_at: string;
  updated_at: string;
  file_count: number;
  public_count: number;
  cover: string | null;
  cover_type: BlobContentType | null;
  ordner_id: number | null;
  ordner_code: string | null;
  ordner_title: string | null;
  sekat: number | null;
  seq: number | null;
}

interface FileRow {
  sha256: string;
  role: FileRole;
  position: number;
  name: string;
  size: number;
  content_type: DocumentFile['contentType'];
  added_at: string;
}

function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    number: row.number,
    date: row.doc_date,
    classificationCode: row.classification_code,
    stage: row.stage,
    description: row.description,
    sheetCount: row.sheet_count,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    fileCount: row.file_count,
    publicFileCount: row.public_count,
    coverSha256: row.cover,
    coverContentType: row.cover_type,
    filing:
      row.ordner_id !== null && row.sekat !== null && row.seq !== null
        ? {
            ordnerId: row.ordner_id,
            ordnerCode: row.ordner_code ?? '',
            ordnerTitle: row.ordner_title ?? '',
            sekat: row.sekat,
            seq: row.seq,
          }
        : null,
  };
}

const SELECT = `
  SELECT d.*,
    (SELECT count(*) FROM document_files f WHERE f.document_id = d.id AND f.role = 'original') AS file_count,
    (SELECT count(*) FROM document_files f WHERE f.document_id = d.id AND f.role = 'public') AS public_count,
    (SELECT f.sha256 FROM document_files f WHERE f.document_id = d.id AND f.role = 'original' ORDER BY f.position LIMIT 1) AS cover,
    (SELECT b.content_type FROM document_files f JOIN blobs b ON b.sha256 = f.sha256
      WHERE f.document_id = d.id AND f.role = 'original' ORDER BY f.position LIMIT 1) AS cover_type,
    fi.ordner_id, fi.sekat, fi.seq, o.code AS ordner_code, o.title AS ordner_title
  FROM documents d
  LEFT JOIN filings fi ON fi.document_id = d.id
  LEFT JOIN ordners o ON o.id = fi.ordner_id`;

/** SQL for documents (naskah), their ordered files, filing positions, moves and register links. */
export function createDocumentRepo(db: Db) {
  const byId = db.prepare<[number], DocumentRow>(`${SELECT} WHERE d.id = ?`);
  const byCode = db.prepare<[string], { id: number; code: string }>('SELECT id, code FROM documents WHERE code = ? COLLATE NOCASE');
  const latest = db.prepare<[number], DocumentRow>(`${SELECT} ORDER BY d.id DESC LIMIT ?`);
  const search = db.prepare<[string, string, string, number], DocumentRow>(
    `${SELECT} WHERE d.title LIKE ? ESCAPE '\\' OR d.code LIKE ? ESCAPE '\\' OR d.number LIKE ? ESCAPE '\\' ORDER BY d.id DESC LIMIT ?`,
  );
  const inOrdner = db.prepare<[number], DocumentRow>(`${SELECT} WHERE fi.ordner_id = ? ORDER BY fi.sekat, fi.seq`);
  const lastCode = db.prepare<[string], { code: string }>('SELECT code FROM documents WHERE code LIKE ? ORDER BY code DESC LIMIT 1');
  const insert = db.prepare<[string, string, string, string, string, string, string, number, string, string]>(
    `INSERT INTO documents (code, title, number, doc_date, classification_code, stage, description, sheet_count, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare<[string, string, string, string, string, string, number, string, number, number]>(
    `UPDATE documents SET title = ?, number = ?, doc_date = ?, classification_code = ?, stage = ?, description = ?, sheet_count = ?,
       updated_at = ?, version = version + 1
     WHERE id = ? AND version = ?`,
  );
  const setCode = db.prepare<[string, number]>('UPDATE documents SET code = ? WHERE id = ?');
  const touch = db.prepare<[string, number]>('UPDATE documents SET updated_at = ?, version = version + 1 WHERE id = ?');
  const files = db.prepare<[number], FileRow>(
    `SELECT f.sha256, f.role, f.position, f.name, b.size, b.content_type, f.added_at
     FROM document_files f JOIN blobs b ON b.sha256 = f.sha256
     WHERE f.document_id = ? ORDER BY f.role, f.position`,
  );
  const nextPosition = db.prepare<[number, string], { n: number }>(
    'SELECT coalesce(max(position), 0) + 1 AS n FROM document_files WHERE document_id = ? AND role = ?',
  );
  const hasFile = db.prepare<[number, string, string], { n: number }>(
    'SELECT count(*) AS n FROM document_files WHERE document_id = ? AND role = ? AND sha256 = ?',
  );
  const insertFile = db.prepare<[number, string, number, string, string, string]>(
    'INSERT INTO document_files (document_id, role, position, sha256, name, added_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const deleteFile = db.prepare<[number, string, string]>('DELETE FROM document_files WHERE document_id = ? AND role = ? AND sha256 = ?');
  const liftPositions = db.prepare<[number, string]>(
    'UPDATE document_files SET position = position + 1000000 WHERE document_id = ? AND role = ?',
  );
  const setPosition = db.prepare<[number, number, string, string]>(
    'UPDATE document_files SET position = ? WHERE document_id = ? AND role = ? AND sha256 = ?',
  );
  const filing = db.prepare<[number], { ordner_id: number; sekat: number; seq: number; code: string }>(
    'SELECT fi.ordner_id, fi.sekat, fi.seq, o.code FROM filings fi JOIN ordners o ON o.id = fi.ordner_id WHERE fi.document_id = ?',
  );
  const slotOwner = db.prepare<[number, number, number], { document_id: number }>(
    'SELECT document_id FROM filings WHERE ordner_id = ? AND sekat = ? AND seq = ?',
  );
  const nextSeq = db.prepare<[number, number], { n: number }>(
    'SELECT coalesce(max(seq), 0) + 1 AS n FROM filings WHERE ordner_id = ? AND sekat = ?',
  );
  const upsertFiling = db.prepare<[number, number, number, number, string]>(
    `INSERT INTO filings (document_id, ordner_id, sekat, seq, filed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET ordner_id = excluded.ordner_id, sekat = excluded.sekat, seq = excluded.seq, filed_at = excluded.filed_at`,
  );
  const deleteFiling = db.prepare<[number]>('DELETE FROM filings WHERE document_id = ?');
  const insertMove = db.prepare<[number, string, string, string | null, string | null]>(
    'INSERT INTO filing_moves (document_id, at, actor, from_label, to_label) VALUES (?, ?, ?, ?, ?)',
  );
  const moves = db.prepare<[number], { at: string; actor: string; from_label: string | null; to_label: string | null }>(
    'SELECT at, actor, from_label, to_label FROM filing_moves WHERE document_id = ? ORDER BY id DESC',
  );
  const entries = db.prepare<[number], { entry_id: number; year: number; judul: string }>(
    `SELECT de.entry_id, de.year, e.judul FROM document_entries de JOIN entries e ON e.id = de.entry_id
     WHERE de.document_id = ? ORDER BY de.year DESC, e.judul`,
  );
  const entryExists = db.prepare<[number], { id: number }>('SELECT id FROM entries WHERE id = ? AND deleted_at IS NULL');
  const upsertEntryLink = db.prepare<[number, number, number, string]>(
    `INSERT INTO document_entries (document_id, entry_id, year, linked_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (document_id, entry_id) DO UPDATE SET year = excluded.year`,
  );
  const deleteEntryLink = db.prepare<[number, number]>('DELETE FROM document_entries WHERE document_id = ? AND entry_id = ?');
  const ordnerCode = db.prepare<[number], { code: string }>('SELECT code FROM ordners WHERE id = ?');
  const byEntry = db.prepare<[number], DocumentRow & { link_year: number }>(
    `${SELECT.replace('SELECT d.*,', 'SELECT d.*, de.year AS link_year,')}
     JOIN document_entries de ON de.document_id = d.id WHERE de.entry_id = ? ORDER BY de.year DESC, d.id`,
  );

  return {
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toDocument(row) : null;
    },
    /** The ordner a filing names, if it exists (its code goes into the filing label). */
    ordnerCode: (ordnerId: number) => ordnerCode.get(ordnerId) ?? null,
    findByCode: (code: string) => byCode.get(code) ?? null,
    list: (query: string, limit: number) => {
      if (query === '') return latest.all(limit).map(toDocument);
      const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return search.all(like, like, like, limit).map(toDocument);
    },
    inOrdner: (ordnerId: number) => inOrdner.all(ordnerId).map(toDocument),
    setCode: (id: number, code: string) => setCode.run(code, id),
    lastCode: (prefix: string) => lastCode.get(`${prefix}%`)?.code ?? null,
    insert: (code: string, f: DocumentFields, at: string) =>
      Number(
        insert.run(code, f.title, f.number, f.date, f.classificationCode, f.stage, f.description, f.sheetCount, at, at).lastInsertRowid,
      ),
    update: (id: number, f: DocumentFields, expectedVersion: number, at: string) =>
      update.run(f.title, f.number, f.date, f.classificationCode, f.stage, f.description, f.sheetCount, at, id, expectedVersion).changes ===
      1,
    touch: (id: number, at: string) => touch.run(at, id),
    files: (id: number): DocumentFile[] =>
      files.all(id).map((row) => ({
        sha256: row.sha256,
        role: row.role,
        position: row.position,
        name: row.name,
        size: row.size,
        contentType: row.content_type,
        addedAt: row.added_at,
      })),
    hasFile: (id: number, role: FileRole, sha256: string) => (hasFile.get(id, role, sha256)?.n ?? 0) > 0,
    addFile: (id: number, role: FileRole, sha256: string, name: string, at: string) => {
      const position = nextPosition.get(id, role)?.n ?? 1;
      insertFile.run(id, role, position, sha256, name, at);
      return position;
    },
    removeFile: (id: number, role: FileRole, sha256: string) => deleteFile.run(id, role, sha256).changes === 1,
    /** Rewrites positions 1..n in the given order (the caller checked it is a permutation). */
    order: (id: number, role: FileRole, shas: readonly string[]) => {
      liftPositions.run(id, role);
      shas.forEach((sha, index) => setPosition.run(index + 1, id, role, sha));
    },
    filing: (id: number) => filing.get(id) ?? null,
    slotOwner: (ordnerId: number, sekat: number, seq: number) => slotOwner.get(ordnerId, sekat, seq)?.document_id ?? null,
    nextSeq: (ordnerId: number, sekat: number) => nextSeq.get(ordnerId, sekat)?.n ?? 1,
    file: (id: number, ordnerId: number, sekat: number, seq: number, at: string) => upsertFiling.run(id, ordnerId, sekat, seq, at),
    unfile: (id: number) => deleteFiling.run(id),
    recordMove: (id: number, at: string, actor: string, from: string | null, to: string | null) => insertMove.run(id, at, actor, from, to),
    moves: (id: number): FilingMove[] => moves.all(id).map((m) => ({ at: m.at, actor: m.actor, from: m.from_label, to: m.to_label })),
    entries: (id: number): DocumentEntryLink[] => entries.all(id).map((e) => ({ entryId: e.entry_id, year: e.year, label: e.judul })),
    entryExists: (entryId: number) => entryExists.get(entryId) !== undefined,
    linkEntry: (id: number, entryId: number, year: number, at: string) => upsertEntryLink.run(id, entryId, year, at),
    unlinkEntry: (id: number, entryId: number) => deleteEntryLink.run(id, entryId).changes === 1,
    byEntry: (entryId: number) => byEntry.all(entryId).map((row) => ({ year: row.link_year, document: toDocument(row) })),
  };
}

export type DocumentRepo = ReturnType<typeof createDocumentRepo>;
