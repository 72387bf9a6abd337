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
    head: () => head.get() ?? null,
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
