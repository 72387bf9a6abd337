import { z } from 'zod';
import { backupFileSchema, backupResultSchema, backupStatusSchema, recoveryStatusSchema, restoreReportSchema } from '../../domain/backup';
import type { MethodSpec } from '../methodSpec';

const noInput = z.object({}).strict();
const pathSchema = z.string().min(1).max(4096);
/** The key of an encrypted backup: its passphrase, or the recovery key printed on the Lembar Kunci Pemulihan. */
const keyFields = {
  passphrase: z.string().min(1).max(1024).optional(),
  identity: z
    .string()
    .regex(/^AGE-SECRET-KEY-1[0-9A-Z]+$/)
    .optional(),
};

/** Backup, restore and the recovery screen: methods of the backup domain. */
export const backupContract = {
  'backup.status': { input: noInput, output: backupStatusSchema },
  /** Writes a backup into the folder chosen in settings now; the renderer never names the file. */
  'backup.create': {
    input: z
      .object({
        /** At least 10 characters: age's scrypt slows guessing, a short passphrase still falls. */
        passphrase: z.string().min(10).max(1024).optional(),
        newRecoveryKey: z.boolean().optional(),
        /** Only by explicit choice: the stick then holds the whole DIK in plain files. */
        unencrypted: z.boolean().optional(),
      })
      .strict(),
    output: backupResultSchema,
  },
  'backup.list': { input: noInput, output: z.array(backupFileSchema) },
  /** Uji pulih: restore into a temp folder, check, compare, keep nothing. Without `file`, the newest backup. */
  'backup.testRestore': { input: z.object({ file: pathSchema.optional(), ...keyFields }).strict(), output: restoreReportSchema },
  /** Restore into a new, empty folder; the open archive is left untouched. */
  'backup.restore': { input: z.object({ file: pathSchema, targetDir: pathSchema, ...keyFields }).strict(), output: restoreReportSchema },
  /** Whether the archive opened normally or in recovery (read-only after a failed start check). */
  'recovery.status': { input: noInput, output: recoveryStatusSchema },
  /** In recovery: restore the newest verified backup (or `file`) into a new folder beside the archive and switch to it. */
  'recovery.restore': { input: z.object({ file: pathSchema.optional(), ...keyFields }).strict(), output: restoreReportSchema },
} as const satisfies Record<string, MethodSpec>;
