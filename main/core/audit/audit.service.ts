import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { AuditEvent, AuditVerify } from '../../../shared/domain/audit';
import type { Db } from '../db/connection';
import type { Clock } from '../support/clock';
import { ANCHOR_FILE, advanceAnchorFile, readAnchorFile } from './anchorFile';
import { canonicalJson } from './canonical';
import { createAuditRepo, createAuditRowsReader, type AuditRow, type AuditRowHash } from './audit.repo';
import { changedAuditedRows } from './rowCheck';
import { hashWrittenRows } from './rowHashes';
import { verifyAuditChain, type AuditAnchor } from './verifyChain';

export const GENESIS_HASH = '0'.repeat(64);

/** A row an audited change wrote: its hash as written is kept with the event (issue 13 #4). */
export interface AuditedRowRef {
  table: string;
  id: string | number;
}

export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
  /** Optional: the rows this change wrote, hashed inside the same transaction after the write. */
  rows?: readonly AuditedRowRef[];
}

/** Where anchors kept outside the database come from (the archive's own file, the backup folder). */
export interface AnchorSource {
  label: string;
  anchor: AuditAnchor;
}

/**
 * The event hash. Row hashes join the hashed body only when the event has some, so every event written
 * before migration 7 keeps the hash it was given.
 */
export function hashRow(row: Omit<AuditRow, 'hash'>, rows: readonly AuditRowHash[] = []): string {
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
    ...(rows.length > 0 ? { rows: rows.map((r) => [r.tbl, r.row_id, r.row_hash]) } : {}),
  });
  return createHash('sha256').update(body).digest('hex');
}

export { hashTableRow } from './rowHashes';

/** The rows first..last of a table (an import's contiguous new entries) as audit row references. */
export function idRange(table: string, first: number, last: number): AuditedRowRef[] {
  return first <= 0 || last < first ? [] : Array.from({ length: last - first + 1 }, (_, i) => ({ table, id: first + i }));
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

export interface AuditServiceOptions {
  /** The archive folder: its audit-anchor.json is moved forward after each audited commit and on close. */
  archiveDir?: string;
}

/**
 * The Jejak Audit: every change appends one event whose hash covers the previous one.
 * `record` must run inside the caller's transaction so the change and its event commit together.
 */
export function createAuditService(db: Db, clock: Clock, options: AuditServiceOptions = {}) {
  const repo = createAuditRepo(db);
  const rowsReader = createAuditRowsReader(db);
  const anchorFile = options.archiveDir === undefined ? null : join(options.archiveDir, ANCHOR_FILE);
  let anchorSources: () => Promise<AnchorSource[]> = () => Promise.resolve([]);
  let anchorPending = false;

  /**
   * Moves the archive's anchor file to the current head. Called on the next turn after record() — by then
   * the caller's synchronous transaction has committed or rolled back, and the head read here is the
   * committed one — and on close. A failure (read-only or full disk) leaves the older anchor, which is
   * still a valid claim.
   */
  function writeAnchor(): void {
    anchorPending = false;
    if (anchorFile === null || !db.open || db.inTransaction) return;
    try {
      advanceAnchorFile(anchorFile, repo.head(), (seq) => repo.at(seq)?.hash ?? null);
    } catch {
      // See above: the previous anchor stays; verify still checks against it.
    }
  }

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
    // Sorted as the verifier reads them back (ORDER BY tbl, row_id), so both hash the same list.
    const sorted = hashWrittenRows(rowsReader, entry.rows ?? []);
    const row: AuditRow = { ...base, hash: hashRow(base, sorted) };
    repo.insert(row);
    repo.insertRowHashes(row.seq, sorted);
    if (anchorFile !== null && !anchorPending) {
      anchorPending = true;
      setImmediate(writeAnchor).unref();
    }
    return toEvent(row);
  }

  /** The anchors kept outside the database: the archive's file and whatever the backup side supplies. */
  async function anchors(): Promise<AnchorSource[]> {
    const own = anchorFile === null ? null : readAnchorFile(anchorFile);
    return [...(own ? [{ label: anchorFile ?? '', anchor: own }] : []), ...(await anchorSources())];
  }

  /**
   * Walks the whole chain against every anchor kept outside the database, then compares every audited
   * row with the hash its newest event recorded. Names the first bad entry and each row changed outside Lemari.
   */
  async function verify(): Promise<AuditVerify> {
    const sources = await anchors();
    const chain = verifyAuditChain(
      db,
      sources.map((s) => s.anchor),
    );
    const failedAnchor =
      chain.problem === 'truncated' || chain.problem === 'anchor_mismatch'
        ? (sources.find((s) => s.anchor.seq >= (chain.firstBadSeq ?? 0)) ?? sources[0] ?? null)
        : null;
    const changedRows = changedAuditedRows(db);
    return {
      ok: chain.ok && changedRows.length === 0,
      checked: chain.checked,
      headHash: chain.ok ? chain.headHash : null,
      firstBadSeq: chain.firstBadSeq,
      problem: chain.problem,
      anchors: sources.map((s) => ({ source: s.label, seq: s.anchor.seq, hash: s.anchor.hash })),
      failedAnchor: failedAnchor === null ? null : failedAnchor.label,
      changedRows,
    };
  }

  return {
    record,
    verify,
    writeAnchor,
    /** Backups add their anchors (the backup folder's anchor file, plain backups' bag-info) here. */
    setAnchorSources(source: () => Promise<AnchorSource[]>): void {
      anchorSources = source;
    },
    list: (filter: { entityType?: string | undefined; entityId?: string | undefined; limit: number }) => repo.list(filter).map(toEvent),
    head: () => repo.head()?.hash ?? null,
    headAnchor: (): AuditAnchor | null => repo.head(),
    hashAt: (seq: number): string | null => repo.at(seq)?.hash ?? null,
    count: () => repo.count(),
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
