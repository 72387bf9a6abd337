import { z } from 'zod';
import { backupFileSchema, backupResultSchema, backupStatusSchema, recoveryStatusSchema, restoreReportSchema } from '../../domain/backup';
import type { MethodSpec } from '../methodSpec';

const noInput = z.object({}).strict();
const pathSchema = z.string().min(1).max(4096);

/** Backup, restore and the recovery screen: methods of the backup domain. */
export const backupContract = {
  'backup.status': { input: noInput, output: backupStatusSchema },
  /** Writes a backup into the folder chosen in settings now; the renderer never names the file. */
  'backup.create': { input: noInput, output: backupResultSchema },
  'backup.list': { input: noInput, output: z.array(backupFileSchema) },
  /** Uji pulih: restore into a temp folder, check, compare, keep nothing. Without `file`, the newest backup. */
  'backup.testRestore': { input: z.object({ file: pathSchema.optional() }).strict(), output: restoreReportSchema },
  /** Restore into a new, empty folder; the open archive is left untouched. */
  'backup.restore': { input: z.object({ file: pathSchema, targetDir: pathSchema }).strict(), output: restoreReportSchema },
  /** Whether the archive opened normally or in recovery (read-only after a failed start check). */
  'recovery.status': { input: noInput, output: recoveryStatusSchema },
  /** In recovery: restore the newest verified backup (or `file`) into a new folder beside the archive and switch to it. */
  'recovery.restore': { input: z.object({ file: pathSchema.optional() }).strict(), output: restoreReportSchema },
} as const satisfies Record<string, MethodSpec>;
