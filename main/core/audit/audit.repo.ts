import type { Db } from '../db/connection';

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** One row an audited change wrote, and the hash of its content as written (null: the row was gone). */
export interface AuditRowHash {
  tbl: string;
  row_id: string;
  row_hash: string | null;
}

/**
 * The tables whose rows carry a hash in their audit events, with each one's key column. Table and
 * column names cannot be bound as SQL parameters, so only these fixed names are ever spliced in.
 */
export const AUDITED_TABLES = {
  entries: 'id',
  exemptions: 'entry_id',
  decisions: 'id',
  consequence_tests: 'id',
  units: 'id',
  exemption_approvals: 'id',
  // Issue 13 #4, the rest of what audited changes write: naskah and ordners, people and their rules,
  // reference data, requests, editions, the agency profile, settings, vault objects.
  documents: 'id',
  ordners: 'id',
  places: 'id',
  user_profiles: 'id',
  role_rules: 'act',
  pasal17_grounds: 'code',
  statutes: 'id',
  holidays: 'date',
  agency_profile: 'id',
  editions: 'id',
  requests: 'id',
  requesters: 'id',
  objections: 'id',
  disputes: 'id',
  request_reports: 'year',
  settings: 'key',
  blobs: 'sha256',
  vault_checks: 'id',
  document_types: 'id',
} as const;
export type AuditedTable = keyof typeof AUDITED_TABLES;

/**
 * The table an event's entity is a row of, where its id is that row's key: an event that names no rows
 * of its own (`rows` left out) hashes this one, so every service's change is covered without each
 * remembering to. Entity types whose id names no single row (reference, import, backup) are absent.
 */
export const ENTITY_TABLES: Readonly<Record<string, AuditedTable>> = {
  entry: 'entries',
  exemption: 'exemptions',
  decision: 'decisions',
  consequence_test: 'consequence_tests',
  unit: 'units',
  document: 'documents',
  ordner: 'ordners',
  place: 'places',
  user: 'user_profiles',
  role_rules: 'role_rules',
  agency: 'agency_profile',
  edition: 'editions',
  request: 'requests',
  request_report: 'request_reports',
  settings: 'settings',
  blob: 'blobs',
  vault_check: 'vault_checks',
};

export function isAuditedTable(name: string): name is AuditedTable {
  return Object.hasOwn(AUDITED_TABLES, name);
}

/**
 * Reads audit_rows on any connection (live, restored, raw); an archive from before migration 7 has no
 * such table and answers empty lists.
 */
export function createAuditRowsReader(db: Db) {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_rows'").get() !== undefined;
  const bySeq = exists
    ? db.prepare<[number], AuditRowHash>('SELECT tbl, row_id, row_hash FROM audit_rows WHERE event_seq = ? ORDER BY tbl, row_id')
    : null;
  // The newest event's hash for every row that ever had one.
  const latest = exists
    ? db.prepare<[], AuditRowHash & { event_seq: number }>(
        `SELECT a.tbl, a.row_id, a.row_hash, a.event_seq FROM audit_rows a
         WHERE a.event_seq = (SELECT max(b.event_seq) FROM audit_rows b WHERE b.tbl = a.tbl AND b.row_id = a.row_id)
         ORDER BY a.tbl, a.row_id`,
      )
    : null;
  const statements = new Map<AuditedTable, ReturnType<Db['prepare']>>();
  const current = (table: AuditedTable, id: string): Record<string, unknown> | null => {
    let statement = statements.get(table);
    if (!statement) {
      statement = db.prepare(`SELECT * FROM ${table} WHERE ${AUDITED_TABLES[table]} = ?`);
      statements.set(table, statement);
    }
    return (statement.get(id) as Record<string, unknown> | undefined) ?? null;
  };
  const rangeOf = (table: AuditedTable) =>
    db.prepare<[number, number], unknown[]>(`SELECT * FROM ${table} WHERE ${AUDITED_TABLES[table]} BETWEEN ? AND ?`).raw(true);
  const ranges = new Map<AuditedTable, ReturnType<typeof rangeOf>>();
  /** Every row whose key lies in first..last, raw (values in column order): one scan for an import's id range. */
  const range = (table: AuditedTable, first: number, last: number): { columns: string[]; keyIndex: number; rows: Iterable<unknown[]> } => {
    let statement = ranges.get(table);
    if (!statement) {
      statement = rangeOf(table);
      ranges.set(table, statement);
    }
    const columns = statement.columns().map((column) => column.name);
    return { columns, keyIndex: columns.indexOf(AUDITED_TABLES[table]), rows: statement.iterate(first, last) };
  };
  /** The keys of a table's rows that no audit event ever hashed (seeded by a migration, or older than migration 7). */
  const unrecorded = (table: AuditedTable): string[] =>
    exists
      ? db
          .prepare<[string], string>(
            `SELECT CAST(${AUDITED_TABLES[table]} AS TEXT) FROM ${table}
             WHERE CAST(${AUDITED_TABLES[table]} AS TEXT) NOT IN (SELECT row_id FROM audit_rows WHERE tbl = ?)
             ORDER BY ${AUDITED_TABLES[table]}`,
          )
          .pluck()
          .all(table)
      : [];
  const seedEvent = exists ? db.prepare("SELECT 1 FROM audit_events WHERE action = 'archive.seed' LIMIT 1") : null;
  return {
    ofEvent: (seq: number) => bySeq?.all(seq) ?? [],
    /** Whether the archive's seeded rows were hashed (seedBaseline.ts); archives older than that were not. */
    hasSeedBaseline: () => seedEvent !== null && seedEvent.get() !== undefined,
    unrecorded,
    latest: () => latest?.all() ?? [],
    current,
    range,
  };
}

const ROW_HASHES_PER_STATEMENT = 250;

/** SQL for the append-only audit_events table. */
export function createAuditRepo(db: Db) {
  const insert = db.prepare<[number, string, string, string, string, string, string | null, string | null, string, string]>(
    `INSERT INTO audit_events (seq, at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const head = db.prepare<[], Pick<AuditRow, 'seq' | 'hash'>>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  const byEntity = db.prepare<[string, string, number], AuditRow>(
    'SELECT * FROM audit_events WHERE entity_type = ? AND entity_id = ? ORDER BY seq DESC LIMIT ?',
  );
  const byType = db.prepare<[string, number], AuditRow>('SELECT * FROM audit_events WHERE entity_type = ? ORDER BY seq DESC LIMIT ?');
  const latest = db.prepare<[number], AuditRow>('SELECT * FROM audit_events ORDER BY seq DESC LIMIT ?');
  const all = db.prepare<[], AuditRow>('SELECT * FROM audit_events ORDER BY seq');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_events');
  const bySeq = db.prepare<[number], Pick<AuditRow, 'seq' | 'hash'>>('SELECT seq, hash FROM audit_events WHERE seq = ?');
  const bulkOf = (rows: number) =>
    db.prepare(
      `INSERT INTO audit_rows (event_seq, tbl, row_id, row_hash) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?)').join(', ')}`,
    );
  // Kept: the one-row statement (most events) and the full batch; any other size is prepared for its call alone.
  const kept = new Map([1, ROW_HASHES_PER_STATEMENT].map((rows) => [rows, bulkOf(rows)]));
  const bulkRowHashes = (rows: number) => kept.get(rows) ?? bulkOf(rows);

  return {
    insert: (row: AuditRow) =>
      insert.run(
        row.seq,
        row.at,
        row.actor,
        row.action,
        row.entity_type,
        row.entity_id,
        row.before_json,
        row.after_json,
        row.prev_hash,
        row.hash,
      ),
    /** An event's row hashes, in the order given, up to 250 rows per statement (an import's 10,000 in 40). */
    insertRowHashes: (seq: number, rows: readonly AuditRowHash[]) => {
      for (let start = 0; start < rows.length; start += ROW_HASHES_PER_STATEMENT) {
        const batch = rows.slice(start, start + ROW_HASHES_PER_STATEMENT);
        bulkRowHashes(batch.length).run(batch.flatMap((row) => [seq, row.tbl, row.row_id, row.row_hash]));
      }
    },
    head: () => head.get() ?? null,
    at: (seq: number) => bySeq.get(seq) ?? null,
    list: (filter: { entityType?: string | undefined; entityId?: string | undefined; limit: number }) => {
      if (filter.entityType !== undefined && filter.entityId !== undefined) {
        return byEntity.all(filter.entityType, filter.entityId, filter.limit);
      }
      if (filter.entityType !== undefined) return byType.all(filter.entityType, filter.limit);
      return latest.all(filter.limit);
    },
    iterate: () => all.iterate(),
    count: () => count.get()?.n ?? 0,
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
