import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AuditAnchor } from './verifyChain';

/** The file beside the archive's database (and beside the backups on a stick) holding the newest audit head. */
export const ANCHOR_FILE = 'audit-anchor.json';

/** The anchor a file holds; null when there is none or it does not parse (then nothing is claimed). */
export function readAnchorFile(file: string): AuditAnchor | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { seq?: unknown; hash?: unknown };
    if (typeof parsed.seq !== 'number' || !Number.isSafeInteger(parsed.seq) || parsed.seq < 1) return null;
    if (typeof parsed.hash !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.hash)) return null;
    return { seq: parsed.seq, hash: parsed.hash };
  } catch {
    return null;
  }
}

/**
 * Moves an anchor file forward to `head`, but only while the chain still holds the anchor it replaces:
 * once the anchored entry is gone or different, the old anchor is the evidence and stays (a verify names
 * it), so a tail cut off behind Lemari's back cannot be papered over by the next change.
 * Written to a temp name and renamed, so a crash leaves the old anchor or the new one, never half of one.
 */
export function advanceAnchorFile(file: string, head: AuditAnchor | null, hashAt: (seq: number) => string | null): boolean {
  if (head === null) return false;
  const old = readAnchorFile(file);
  if (old !== null) {
    if (old.seq >= head.seq) return false;
    if (hashAt(old.seq) !== old.hash) return false;
  }
  const tmp = join(dirname(file), `.${basename(file)}.tmp`);
  writeFileSync(
    tmp,
    `${JSON.stringify({ seq: head.seq, hash: head.hash, note: 'Lemari audit anchor: the chain must still hold this entry' })}\n`,
  );
  renameSync(tmp, file);
  return true;
}
