import { z } from 'zod';

/** `.lemari-backup`: one BagIt-style tar holding the database, every vault object and a SHA-256 manifest. */
export const BACKUP_EXTENSION = '.lemari-backup';
export const BACKUP_FORMAT_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** What `backup.create` wrote. */
export const backupResultSchema = z.object({
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  /** SHA-256 of the whole .lemari-backup file, to check a copy on another stick. */
  sha256,
  createdAt: z.string(),
  auditHead: z.string().nullable(),
  auditCount: z.number().int().nonnegative(),
  schemaVersion: z.number().int(),
  vaultObjects: z.number().int().nonnegative(),
  /** Old backups removed to keep the last N. */
  removed: z.array(z.string()),
  /** Write attempts that failed and were resumed from the last complete entry. */
  retries: z.number().int().nonnegative(),
  /** False only for a backup made unencrypted by explicit choice: it holds the whole DIK in plain files. */
  encrypted: z.boolean(),
  /** A new recovery key (AGE-SECRET-KEY-1…), returned this once to be printed; never stored. */
  recoveryKey: z.string().nullable(),
});
export type BackupResult = z.infer<typeof backupResultSchema>;

/** One backup file found in the backup folder. */
export const backupFileSchema = z.object({
  file: z.string(),
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  createdAt: z.string().nullable(),
  auditHead: z.string().nullable(),
  schemaVersion: z.number().int().nullable(),
  /** An encrypted backup's details (date, head) stay unknown without its key; the name carries the time. */
  encrypted: z.boolean(),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export const backupStatusSchema = z.object({
  /** Where backups go: the folder chosen in Pengaturan, else the archive's own backups/ folder. */
  folder: z.string(),
  folderChosen: z.boolean(),
  last: backupResultSchema.pick({ file: true, bytes: true, sha256: true, createdAt: true, auditHead: true }).nullable(),
  lastError: z.object({ at: z.string(), message: z.string(), messageEn: z.string() }).nullable(),
  /** True when there is no good backup, or the last one is older than the warning age. */
  stale: z.boolean(),
  ageDays: z.number().nullable(),
  /** The last backup is dated in the future: the computer's clock was moved back. */
  clockSuspect: z.boolean(),
  running: z.boolean(),
  nextScheduledAt: z.string().nullable(),
  /** The recovery key's public half used for backups on quit and on schedule; null until one is made. */
  recoveryRecipient: z.string().nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

/** What a restored (or test-restored) backup lacks compared with the archive being left. */
export const backupGapSchema = z.object({
  /** False when the archive being left could not be read (a corrupt database): the gap is then unknown. */
  leavingReadable: z.boolean(),
  /** Audit entries recorded after the backup was taken: each is a change the backup does not have. */
  missingChanges: z.number().int().nonnegative(),
  missingByAction: z.record(z.string(), z.number().int().nonnegative()),
  firstMissingAt: z.string().nullable(),
  lastMissingAt: z.string().nullable(),
  /** Scan files in the archive being left that are not in the backup. */
  missingObjects: z.number().int().nonnegative(),
  missingObjectBytes: z.number().int().nonnegative(),
  /** Tables whose row count differs: [table, rows in backup, rows in the archive being left]. */
  tableDifferences: z.array(z.tuple([z.string(), z.number().int(), z.number().int()])),
  /** True when the backup's audit head is not an entry of the archive being left (a different or rewritten history). */
  diverged: z.boolean(),
});
export type BackupGap = z.infer<typeof backupGapSchema>;

export const restoreReportSchema = z.object({
  file: z.string(),
  /** The new archive folder; null for a test restore (uji pulih), which keeps nothing. */
  archiveDir: z.string().nullable(),
  createdAt: z.string().nullable(),
  appVersion: z.string().nullable(),
  schemaVersion: z.number().int(),
  filesVerified: z.number().int().nonnegative(),
  bytesVerified: z.number().int().nonnegative(),
  vaultObjects: z.number().int().nonnegative(),
  auditCount: z.number().int().nonnegative(),
  auditHead: z.string().nullable(),
  integrity: z.literal('ok'),
  /** Scan files whose bytes did not match their hash name already when the backup was taken. */
  rottenObjects: z.array(z.string()),
  gap: backupGapSchema.nullable(),
});
export type RestoreReport = z.infer<typeof restoreReportSchema>;

/** Browser mode after a failed start check: what the recovery screen shows. */
export const recoveryStatusSchema = z.object({
  mode: z.enum(['normal', 'recovery']),
  archiveDir: z.string(),
  /** Why the archive is in recovery: the error's words in both languages. */
  reason: z.object({ message: z.string(), messageEn: z.string() }).nullable(),
  backups: z.array(backupFileSchema),
  /** Set once a restore into a new folder succeeded and the app switched to it. */
  restored: restoreReportSchema.nullable(),
});
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;

/** Days between two ISO timestamps, for the "last backup is too old" warning; clock jumps back give 0, not negative. */
export function backupAgeDays(lastAt: string | null, now: Date): number | null {
  if (lastAt === null) return null;
  const then = Date.parse(lastAt);
  if (Number.isNaN(then)) return null;
  return Math.max(0, (now.getTime() - then) / 86_400_000);
}

/** "lemari-20261121-054900.lemari-backup": sortable by time, valid on FAT and Windows. */
export function backupFileName(at: Date): string {
  const iso = at.toISOString();
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}`;
  return `lemari-${stamp}${BACKUP_EXTENSION}`;
}

export const BACKUP_NAME_PATTERN = /^lemari-\d{8}-\d{6}(?:-\d+)?\.lemari-backup$/;

/** Orders Lemari's backup names by time, then by the "-2", "-3" suffix of backups made in the same second. */
export function backupSortKey(name: string): string {
  const match = /^lemari-(\d{8}-\d{6})(?:-(\d+))?\.lemari-backup$/.exec(name);
  return match ? `${match[1] ?? ''}-${(match[2] ?? '1').padStart(6, '0')}` : name;
}

/** Newest first. */
export function byNewestBackup(a: string, b: string): number {
  const ka = backupSortKey(a);
  const kb = backupSortKey(b);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
}
