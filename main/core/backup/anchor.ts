import type { AuditAnchor } from '../audit/verifyChain';
import { listBackups } from './backup.service';
import { peekBackup } from './readBackup';

/** The audit anchor (entry number and head hash) a backup file recorded; null when it has none or is unreadable. */
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
