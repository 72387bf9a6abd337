import type { Db } from '../db/connection';
import { createAuditRowsReader, type AuditRow } from './audit.repo';
import { GENESIS_HASH, hashRow } from './audit.service';

/** A head hash kept outside the archive (in a backup's bag-info, on a published list) that the chain must still contain. */
export interface AuditAnchor {
  seq: number;
  hash: string;
}

export type AuditProblem = 'sequence' | 'link' | 'content' | 'truncated' | 'anchor_mismatch';

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  headSeq: number;
  headHash: string | null;
  /** The first entry that is missing, out of place or altered; null when the chain is whole. */
  firstBadSeq: number | null;
  problem: AuditProblem | null;
}

/**
 * Walks the audit chain on any connection (the live archive, a restored copy, a raw file) and names
 * the first bad entry. The chain alone cannot see its own tail cut off, so a truncation is caught
 * against an anchor: the head recorded in a backup or printed on a list must still be in the chain.
 */
export function verifyAuditChain(db: Db, anchorOrAnchors: AuditAnchor | readonly AuditAnchor[] | null = null): AuditChainReport {
  const anchors: readonly AuditAnchor[] = anchorOrAnchors === null ? [] : 'seq' in anchorOrAnchors ? [anchorOrAnchors] : anchorOrAnchors;
  const rowsOf = createAuditRowsReader(db);
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const seen = new Set<number>();
  const rows = db.prepare<[], AuditRow>('SELECT * FROM audit_events ORDER BY seq').iterate();
  const bad = (seq: number, problem: AuditProblem): AuditChainReport => ({
    ok: false,
    checked,
    headSeq: expectedSeq - 1,
    headHash: checked === 0 ? null : prev,
    firstBadSeq: seq,
    problem,
  });
  for (const row of rows) {
    // A deleted row shows as a gap: the missing number is the first bad entry.
    if (row.seq !== expectedSeq) return bad(Math.min(row.seq, expectedSeq), 'sequence');
    if (row.prev_hash !== prev) return bad(row.seq, 'link');
    const { hash, ...rest } = row;
    if (hashRow(rest, rowsOf.ofEvent(row.seq)) !== hash) return bad(row.seq, 'content');
    for (const anchor of anchors) {
      if (row.seq !== anchor.seq) continue;
      if (hash !== anchor.hash) return bad(row.seq, 'anchor_mismatch');
      seen.add(anchor.seq);
    }
    prev = hash;
    expectedSeq += 1;
    checked += 1;
  }
  if (anchors.some((a) => a.seq > 0 && !seen.has(a.seq))) return bad(expectedSeq, 'truncated');
  return { ok: true, checked, headSeq: checked, headHash: checked === 0 ? null : prev, firstBadSeq: null, problem: null };
}
