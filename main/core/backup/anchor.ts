import { join } from 'node:path';
import { ANCHOR_FILE, readAnchorFile } from '../audit/anchorFile';
import type { AnchorSource } from '../audit/audit.service';
import type { AuditAnchor } from '../audit/verifyChain';
import { listBackups } from './backup.service';
import { peekBackup } from './readBackup';

/** The audit anchor (entry number and head hash) a plain backup file recorded; null when it has none, is encrypted or unreadable. */
export async function anchorFromBackup(file: string): Promise<AuditAnchor | null> {
  const info = await peekBackup(file);
  return info?.auditHead ? { seq: info.auditCount, hash: info.auditHead } : null;
}

/**
 * The newest anchor in a backup folder, for `lemari verify` and the audit screen: the live chain must
 * still contain it, which is how a cut-off or rewritten tail is caught (RELIABILITY #14).
 */
export async function newestAnchor(folder: string): Promise<{ file: string; anchor: AuditAnchor } | null> {
  for (const backup of await listBackups(folder)) {
    const anchor = await anchorFromBackup(backup.file);
    if (anchor) return { file: backup.file, anchor };
  }
  return null;
}

/**
 * Every anchor the backup folder holds: its audit-anchor.json (written after each backup, readable
 * without the key, because an encrypted backup's own bag-info is not) and the newest plain backup's head.
 */
export async function backupFolderAnchors(folder: string): Promise<AnchorSource[]> {
  const sources: AnchorSource[] = [];
  const file = join(folder, ANCHOR_FILE);
  const own = readAnchorFile(file);
  if (own) sources.push({ label: file, anchor: own });
  const newest = await newestAnchor(folder);
  if (newest) sources.push({ label: newest.file, anchor: newest.anchor });
  return sources;
}
