import type { Edition } from '../../../shared/domain/edition';
import type { ListKind } from '../../../shared/domain/export';
import type { Db } from '../db/connection';

export interface EditionRow {
  id: number;
  list: ListKind;
  year: number;
  decision_number: string;
  decision_date: string;
  place: string;
  signer_position: string;
  signer_name: string;
  signer_nip: string;
  scan_name: string | null;
  scan_sha256: string | null;
  row_count: number;
  snapshot_sha256: string;
  audit_head: string | null;
  published_at: string;
  published_by: string;
  previous_id: number | null;
}

export interface EditionInsert extends Omit<EditionRow, 'id'> {
  scan_type: string | null;
  scan: Buffer | null;
  snapshot_json: string;
  documents_json: string;
}

/** A public copy frozen with an edition: which vault object, under which name. */
export interface EditionDocument {
  entryId: number;
  sha256: string;
  name: string;
  contentType: string;
}

const COLUMNS = `id, list, year, decision_number, decision_date, place, signer_position, signer_name, signer_nip,
  scan_name, scan_sha256, row_count, snapshot_sha256, audit_head, published_at, published_by, previous_id`;

export function toEdition(row: EditionRow): Edition {
  return {
    id: row.id,
    list: row.list,
    year: row.year,
    decision: {
      number: row.decision_number,
      date: row.decision_date,
      place: row.place,
      signerPosition: row.signer_position,
      signerName: row.signer_name,
      signerNip: row.signer_nip,
    },
    scanName: row.scan_name,
    scanSha256: row.scan_sha256,
    rowCount: row.row_count,
    snapshotSha256: row.snapshot_sha256,
    auditHead: row.audit_head,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    previousId: row.previous_id,
  };
}

/** SQL for editions (append-only: the table's triggers refuse UPDATE and DELETE). */
export function createEditionRepo(db: Db) {
  const insert = db.prepare<[EditionInsert]>(
    `INSERT INTO editions (list, year, decision_number, decision_date, place, signer_position, signer_name, signer_nip,
       scan_name, scan_sha256, scan_type, scan, row_count, snapshot_json, snapshot_sha256, documents_json, audit_head,
       published_at, published_by, previous_id)
     VALUES (@list, @year, @decision_number, @decision_date, @place, @signer_position, @signer_name, @signer_nip,
       @scan_name, @scan_sha256, @scan_type, @scan, @row_count, @snapshot_json, @snapshot_sha256, @documents_json, @audit_head,
       @published_at, @published_by, @previous_id)`,
  );
  const byId = db.prepare<[number], EditionRow>(`SELECT ${COLUMNS} FROM editions WHERE id = ?`);
  const all = db.prepare<[], EditionRow>(`SELECT ${COLUMNS} FROM editions ORDER BY id DESC`);
  const latest = db.prepare<[ListKind], { id: number }>('SELECT id FROM editions WHERE list = ? ORDER BY id DESC LIMIT 1');
  const latestBefore = db.prepare<[ListKind, number], { id: number }>(
    'SELECT id FROM editions WHERE list = ? AND id < ? ORDER BY id DESC LIMIT 1',
  );
  const snapshot = db.prepare<[number], { snapshot_json: string; documents_json: string }>(
    'SELECT snapshot_json, documents_json FROM editions WHERE id = ?',
  );
  const scan = db.prepare<[number], { scan_name: string; scan_type: string; scan: Buffer }>(
    'SELECT scan_name, scan_type, scan FROM editions WHERE id = ? AND scan IS NOT NULL',
  );
  const publicNow = db.prepare<[number], { id: number }>(
    "SELECT id FROM entries WHERE id = ? AND category <> 'dikecualikan' AND deleted_at IS NULL",
  );
  // Declassifying (issue 4) keeps the former DIK entry and creates the DIP entry; exemptions.opened_to links them.
  const hasExemptions =
    db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'exemptions'").get()?.n === 1;
  const openedTo = hasExemptions ? db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM exemptions WHERE opened_to = ?') : null;
  const openedFrom = hasExemptions
    ? db.prepare<[number], { n: number }>("SELECT count(*) AS n FROM exemptions WHERE entry_id = ? AND status = 'opened'")
    : null;
  return {
    /** The entry is public (not exempted, not deleted) now. */
    isPublicNow: (entryId: number) => publicNow.get(entryId) !== undefined,
    /** Some exempted entry was opened into this one. */
    wasOpenedInto: (entryId: number) => (openedTo?.get(entryId)?.n ?? 0) > 0,
    /** This exempted entry was opened (declassified). */
    wasOpened: (entryId: number) => (openedFrom?.get(entryId)?.n ?? 0) > 0,
    insert: (row: EditionInsert) => Number(insert.run(row).lastInsertRowid),
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toEdition(row) : null;
    },
    list: () => all.all().map(toEdition),
    latestId: (list: ListKind) => latest.get(list)?.id ?? null,
    latestBefore: (list: ListKind, id: number) => latestBefore.get(list, id)?.id ?? null,
    snapshot: (id: number) => snapshot.get(id) ?? null,
    scan: (id: number) => scan.get(id) ?? null,
  };
}

export type EditionRepo = ReturnType<typeof createEditionRepo>;
