import { createHash } from 'node:crypto';
import type { AuditEvent, AuditVerify } from '../../../shared/domain/audit';
import type { Db } from '../db/connection';
import type { Clock } from '../support/clock';
import { canonicalJson } from './canonical';
import { createAuditRepo, type AuditRow } from './audit.repo';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
}

export function hashRow(row: Omit<AuditRow, 'hash'>): string {
  const body = canonicalJson({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json,
    after: row.after_json,
    prev: row.prev_hash,
  });
  return createHash('sha256').update(body).digest('hex');
}

function toEvent(row: AuditRow): AuditEvent {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    hash: row.hash,
  };
}

/**
 * The Jejak Audit: every change appends one event whose hash covers the previous one.
 * `record` must run inside the caller's transaction so the change and its event commit together.
 */
export function createAuditService(db: Db, clock: Clock) {
  const repo = createAuditRepo(db);

  function record(entry: AuditEntry): AuditEvent {
    if (!db.inTransaction) throw new Error('audit.record must run inside the change’s transaction');
    const head = repo.head();
    const base: Omit<AuditRow, 'hash'> = {
      seq: (head?.seq ?? 0) + 1,
      at: clock().toISOString(),
      actor: entry.actor,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: String(entry.entityId),
      before_json: entry.before === undefined || entry.before === null ? null : canonicalJson(entry.before),
      after_json: entry.after === undefined || entry.after === null ? null : canonicalJson(entry.after),
      prev_hash: head?.hash ?? GENESIS_HASH,
    };
    const row: AuditRow = { ...base, hash: hashRow(base) };
    repo.insert(row);
    return toEvent(row);
  }

  /** Walks the whole chain; names the first entry whose link or content does not match. */
  function verify(): AuditVerify {
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    let checked = 0;
    for (const row of repo.iterate()) {
      const { hash, ...rest } = row;
      if (row.seq !== expectedSeq || row.prev_hash !== prev || hashRow(rest) !== hash) {
        return { ok: false, checked, headHash: null, firstBadSeq: row.seq };
      }
      prev = hash;
      expectedSeq += 1;
      checked += 1;
    }
    return { ok: true, checked, headHash: checked === 0 ? null : prev, firstBadSeq: null };
  }

  return {
    record,
    verify,
    list: (filter: { entityType?: string | undefined; entityId?: string | undefined; limit: number }) => repo.list(filter).map(toEvent),
    head: () => repo.head()?.hash ?? null,
    count: () => repo.count(),
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
