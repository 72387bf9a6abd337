import type { BackupResult } from '../../../shared/domain/backup';
import type { LemariError } from '../../../shared/api/errors';
import { isLemariError } from '../../../shared/api/errors';
import type { Core } from '../createCore';

export type QuitBackupOutcome =
  { ok: true; backup: BackupResult | null } | { ok: false; error: Pick<LemariError, 'code' | 'message' | 'messageEn'> };

/**
 * The quit path, for Electron's before-quit (the lead calls this with event.preventDefault(), then
 * app.quit() when it resolves) and for `lemari serve` on SIGINT/SIGTERM: makes the backup set in
 * Pengaturan (or waits for one already running), then closes the archive. A failed backup never blocks
 * the quit; it is recorded and shown on the next start.
 */
export async function backupOnQuit(core: Core, actor: string): Promise<QuitBackupOutcome> {
  let outcome: QuitBackupOutcome;
  try {
    outcome = { ok: true, backup: await core.backup.onQuit(actor) };
  } catch (error) {
    outcome = isLemariError(error)
      ? { ok: false, error: { code: error.code, message: error.message, messageEn: error.messageEn } }
      : { ok: false, error: { code: 'internal', message: String(error), messageEn: String(error) } };
  }
  await core.backup.idle();
  core.close();
  return outcome;
}
