import Database from 'better-sqlite3';
import { join } from 'node:path';
import { contract, type Method } from '../../../shared/api/contract';
import { isLemariError, type LemariError } from '../../../shared/api/errors';
import type { CallContext, Handlers } from '../../../shared/api/handlers';
import { lemariError } from '../../../shared/api/raise';
import { backupFileName, type RecoveryStatus, type RestoreReport } from '../../../shared/domain/backup';
import { defaultSettings, settingsSchema, type Settings } from '../../../shared/domain/settings';
import { backupFolderFor, listBackups } from '../backup/backup.service';
import { backupOnQuit, type QuitBackupOutcome } from '../backup/onQuit';
import type { DecryptKey } from '../backup/ageStream';
import { decryptKey } from '../backup/backup.handlers';
import { restoreBackup } from '../backup/restore';
import { createCore, DB_FILE, type Core, type CoreOptions } from '../createCore';
import { toArchiveError } from '../db/connection';
import type { EventBus, EventListener } from '../support/events';
import type { AccessGate } from '../../transport/dispatch';

export interface SessionOptions extends CoreOptions {
  /** Where to look for backups in recovery when the damaged archive's settings cannot be read. */
  backupDir?: string;
}

/**
 * One open archive as the transports see it: normally a Core; after a failed start check
 * (quick_check, a damaged file) a read-only recovery mode whose only work is restoring the newest
 * verified backup into a new folder and switching to it. Never a silent repair.
 */
export interface ArchiveSession {
  mode(): 'normal' | 'recovery';
  archiveDir(): string;
  core(): Core | null;
  /** Stable objects the transports hold on to; they follow the switch from recovery to the restored archive. */
  handlers: Handlers;
  /** Who is signed in, from the current core; in recovery nobody is (its accounts may be unreadable). */
  gate: AccessGate;
  events: EventBus;
  onSwitch(listener: (core: Core) => void): void;
  /** Backup on quit (when normal and set in Pengaturan), then close. */
  close(actor: string): Promise<QuitBackupOutcome | null>;
}

function isCorruption(error: unknown): error is LemariError | Error {
  if (isLemariError(error)) return error.code === 'archive_corrupt';
  const mapped = toArchiveError(error);
  if (mapped) return mapped.code === 'archive_corrupt';
  // Any other SQLite failure while opening means the file is not the archive this Lemari wrote: a flipped
  // bit in the stored schema passes quick_check and integrity_check, then fails as "no such column" when
  // the services prepare their statements. Busy, read-only and full are mapped above and are not damage.
  return typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('SQLITE_');
}

/** Reads what it can of the damaged archive's settings, read-only; defaults where it cannot. */
function readSettingsReadOnly(archiveDir: string): Settings {
  const settings: Record<string, unknown> = { ...defaultSettings };
  try {
    const db = new Database(join(archiveDir, DB_FILE), { readonly: true, fileMustExist: true, timeout: 200 });
    try {
      const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
      for (const row of rows) {
        const schema = settingsSchema.shape[row.key as keyof Settings] as (typeof settingsSchema.shape)[keyof Settings] | undefined;
        const parsed = schema?.safeParse(JSON.parse(row.value));
        if (parsed?.success) settings[row.key] = parsed.data;
      }
    } finally {
      db.close();
    }
  } catch {
    // The settings page may be what is damaged; the defaults still find <archive>/backups.
  }
  return settings as Settings;
}

/** Opens the archive, or — when the start check finds damage — the recovery mode that offers a restore. */
export function openArchiveSession(options: SessionOptions): ArchiveSession {
  let core: Core | null = null;
  let reason: LemariError | null = null;
  try {
    core = createCore(options);
  } catch (error) {
    if (!isCorruption(error)) throw error;
    reason = isLemariError(error) ? error : lemariError('archive_corrupt');
  }
  const originalDir = options.archiveDir;
  const switchListeners: Array<(core: Core) => void> = [];
  const listeners = new Set<EventListener>();
  let unhook: () => void = () => undefined;
  const hook = (next: Core) => {
    unhook();
    unhook = next.events.subscribe((event, payload) => {
      for (const listener of listeners) listener(event, payload);
    });
  };
  if (core) hook(core);

  const recoverySettings = core ? null : readSettingsReadOnly(originalDir);
  const backupFolder = () => options.backupDir ?? backupFolderFor(originalDir, recoverySettings?.backupDir ?? null);

  async function recoveryStatus(): Promise<RecoveryStatus> {
    return {
      mode: 'recovery',
      archiveDir: originalDir,
      reason: reason ? { message: reason.message, messageEn: reason.messageEn } : null,
      backups: await listBackups(backupFolder()),
      restored: null,
    };
  }

  /** Tries the backups newest first; the first that passes every check goes into a new folder beside the damaged one. */
  async function recoveryRestore(file: string | undefined, key: DecryptKey | null): Promise<RestoreReport> {
    const candidates = file ? [file] : (await listBackups(backupFolder())).map((b) => b.file);
    if (candidates.length === 0) throw lemariError('not_found', { key: 'backup.err.noBackups', params: { folder: backupFolder() } });
    let lastError: unknown = null;
    for (const candidate of candidates) {
      const target = `${originalDir}-pulih-${backupFileName(new Date()).slice('lemari-'.length, -'.lemari-backup'.length)}`;
      try {
        const report = await restoreBackup(candidate, target, { leaving: { archiveDir: originalDir }, key });
        const next = createCore({ ...options, archiveDir: target });
        core = next;
        hook(next);
        for (const listener of switchListeners) listener(next);
        return report;
      } catch (error) {
        // A backup that fails its check is skipped for the next older one; anything else stops here.
        if (!(isLemariError(error) && error.code === 'archive_corrupt')) throw error;
        lastError = error;
      }
    }
    throw lastError instanceof Error
      ? lastError
      : lemariError('not_found', { key: 'backup.err.noBackups', params: { folder: backupFolder() } });
  }

  const refuse = () => {
    throw lemariError('archive_read_only', { key: 'backup.err.recoveryOnly' });
  };
  const recoveryHandlers: Partial<Record<Method, (input: unknown, context: CallContext) => unknown>> = {
    'recovery.status': () => recoveryStatus(),
    'recovery.restore': (input) => {
      const given = input as { file?: string; passphrase?: string; identity?: string };
      return recoveryRestore(given.file, decryptKey(given));
    },
    'settings.get': () => recoverySettings ?? defaultSettings,
    'backup.list': () => listBackups(backupFolder()),
  };

  // One stable function per method that calls whichever side is current; built from the contract so none is missed.
  const handlers = Object.fromEntries(
    (Object.keys(contract) as Method[]).map((method) => [
      method,
      (input: unknown, context: CallContext) => {
        if (core) return (core.handlers[method] as (input: unknown, context: CallContext) => unknown)(input, context);
        return (recoveryHandlers[method] ?? refuse)(input, context);
      },
    ]),
  ) as unknown as Handlers; // Object.fromEntries loses the per-method types; every key of the contract is present.

  const events: EventBus = {
    emit(event, payload) {
      core?.events.emit(event, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return {
    mode: () => (core ? 'normal' : 'recovery'),
    archiveDir: () => core?.archiveDir ?? originalDir,
    core: () => core,
    handlers,
    gate: {
      resolve: (context, touch) => core?.gate.resolve(context, touch) ?? null,
      mayAct: (user, act) => core?.gate.mayAct(user, act) ?? false,
      allowedRoles: (act) => core?.gate.allowedRoles(act) ?? [],
    },
    events,
    onSwitch: (listener) => switchListeners.push(listener),
    async close(actor) {
      unhook();
      if (!core) return null;
      return backupOnQuit(core, actor);
    },
  };
}
