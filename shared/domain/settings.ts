import { z } from 'zod';

/** Preferences kept in the archive itself, so they follow it between Electron and browser mode. */
export const settingsSchema = z.object({
  language: z.enum(['id', 'en']),
  /** Backup folder (a USB stick is the common case); null means the archive's own backups/ folder. */
  backupDir: z.string().min(1).max(1000).nullable(),
  /** How many automatic backups to keep in that folder; older ones are removed after a verified new one. */
  backupKeep: z.number().int().min(1).max(100),
  /** Hours between scheduled backups while Lemari runs; 0 turns the schedule off. */
  backupIntervalHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30),
  backupOnQuit: z.boolean(),
  /** Days after which the home screen warns that the last good backup is too old. */
  backupWarnDays: z.number().int().min(1).max(365),
  /** Minutes without a call after which the signed-in person is signed out (issue 13). */
  sessionIdleMinutes: z.number().int().min(1).max(480),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  language: 'id',
  backupDir: null,
  backupKeep: 7,
  backupIntervalHours: 24,
  backupOnQuit: true,
  backupWarnDays: 7,
  sessionIdleMinutes: 15,
};
