import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { isLemariError } from '../../../shared/api/errors';
import { lemariError } from '../../../shared/api/raise';
import {
  BACKUP_NAME_PATTERN,
  backupAgeDays,
  backupFileName,
  byNewestBackup,
  type BackupFile,
  type BackupResult,
  type BackupStatus,
  type RestoreReport,
} from '../../../shared/domain/backup';
import type { SettingsService } from '../settings/settings.service';
import type { ServiceDeps } from '../support/deps';
import { ANCHOR_FILE, advanceAnchorFile } from '../audit/anchorFile';
import { backupFolderAnchors } from './anchor';
import { BACKUP_LAST_KEY, BACKUP_RECIPIENT_KEY, createBackupRepo } from './backup.repo';
import { backupWriteError } from './errors';
import { isEncryptedFile, peekBackup } from './readBackup';
import { restoreBackup } from './restore';
import { newRecoveryKey, type DecryptKey, type EncryptKey } from './ageStream';
import { writeBackup, type BackupFaults } from './writeBackup';

/**
 * How a backup is locked. A person at the screen or the CLI gives a passphrase, or asks for a new recovery
 * key (its identity is shown once, on the Lembar Kunci Pemulihan, and never stored). Backups made with no
 * one present — on quit, on the schedule — use the stored recipient: the archive keeps only that PUBLIC key,
 * so a stolen laptop or stick yields no key that opens a backup. Plain only when asked for by name.
 */
export type BackupKeyChoice = { passphrase: string } | { newRecoveryKey: true } | { unencrypted: true };

export type BackupReason = 'manual' | 'quit' | 'schedule';

export interface BackupServiceDeps extends ServiceDeps {
  settings: SettingsService;
  appVersion: string;
  faults?: BackupFaults;
}

/** The folder backups go to: the one chosen in Pengaturan, else `<archive>/backups`. */
export function backupFolderFor(archiveDir: string, chosen: string | null): string {
  return chosen ?? join(archiveDir, 'backups');
}

function timeFromName(name: string): string | null {
  const match = /^lemari-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(name);
  return match ? `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}T${match[4] ?? ''}:${match[5] ?? ''}:${match[6] ?? ''}.000Z` : null;
}

/** Every .lemari-backup Lemari named in a folder, newest first, with what its bag-info says. */
export async function listBackups(folder: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => BACKUP_NAME_PATTERN.test(name));
  } catch {
    return [];
  }
  names.sort(byNewestBackup);
  const files: BackupFile[] = [];
  for (const name of names) {
    const file = join(folder, name);
    const info = await peekBackup(file);
    files.push({
      file,
      name,
      bytes: statSync(file, { throwIfNoEntry: false })?.size ?? 0,
      // An encrypted backup's bag-info needs its key; the name Lemari gave it carries the time (UTC).
      createdAt: info?.createdAt ?? timeFromName(name),
      auditHead: info?.auditHead ?? null,
      schemaVersion: info?.schemaVersion ?? null,
      encrypted: await isEncryptedFile(file),
    });
  }
  return files;
}

/**
 * Backups on demand, on quit and on a schedule, to the folder in settings, keeping the last N;
 * test restores (uji pulih) and restores into a new folder. One backup runs at a time.
 */
export function createBackupService(deps: BackupServiceDeps) {
  const { db, audit, events, clock, archiveDir, settings } = deps;
  const repo = createBackupRepo(db);
  let running: Promise<BackupResult> | null = null;
  let jobs = 0;
  let timer: ReturnType<typeof setInterval> | null = null;

  const folder = () => backupFolderFor(archiveDir, settings.get().backupDir);
  audit.setAnchorSources(() => backupFolderAnchors(folder()));

  /**
   * Leftovers of a backup cut short by a crash: the database snapshot in the archive's own tmp folder
   * (it holds exempted text, and the archive lock says no one else is using it) and, in the backup folder,
   * partial files old enough that no other Lemari can still be writing them.
   */
  function sweep(dir: string | null): void {
    const tmp = join(archiveDir, 'backups', 'tmp');
    for (const name of existsSync(tmp) ? readdirSync(tmp) : [])
      if (/^snapshot-[0-9a-f]+\.sqlite/.test(name)) rmSync(join(tmp, name), { force: true });
    if (dir === null || !existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (!/^\.lemari-.*\.lemari-backup\.partial$/.test(name)) continue;
      const file = join(dir, name);
      if (clock().getTime() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > 3_600_000) rmSync(file, { force: true });
    }
  }
  try {
    sweep(null);
  } catch {
    // A read-only archive cannot be swept; nothing else depends on it.
  }

  function status(): BackupStatus {
    const current = settings.get();
    const last = repo.last();
    const now = clock().getTime();
    const lastAt = last ? Date.parse(last.createdAt) : Number.NaN;
    // A last backup "in the future" means the clock was moved back: its age is unknown, so warn and back up again.
    const clockSuspect = lastAt > now + 5 * 60_000;
    const ageDays = clockSuspect ? null : backupAgeDays(last?.createdAt ?? null, clock());
    const interval = current.backupIntervalHours;
    const due = Number.isNaN(lastAt) || clockSuspect ? now : Math.max(now, lastAt + interval * 3_600_000);
    return {
      folder: folder(),
      folderChosen: current.backupDir !== null,
      last,
      lastError: repo.lastError(),
      stale: ageDays === null || ageDays > current.backupWarnDays,
      ageDays,
      clockSuspect,
      running: running !== null,
      nextScheduledAt: interval === 0 ? null : new Date(due).toISOString(),
      recoveryRecipient: repo.recipient(),
    };
  }

  /** A free name in the folder: two backups in one second get "-2", "-3". */
  function freshName(dir: string): string {
    const base = backupFileName(clock());
    if (!existsSync(join(dir, base))) return join(dir, base);
    for (let n = 2; ; n += 1) {
      const candidate = join(dir, base.replace('.lemari-backup', `-${String(n)}.lemari-backup`));
      if (!existsSync(candidate)) return candidate;
    }
  }

  /** Removes our own oldest backups beyond `keep`; only names Lemari gives, only after a verified new one. */
  function rotate(dir: string, keep: number, justWritten: string): string[] {
    const names = readdirSync(dir)
      .filter((name) => BACKUP_NAME_PATTERN.test(name))
      .sort(byNewestBackup);
    const removed: string[] = [];
    // Names carry the clock's time. If one is "newer" than the backup just made, the clock was moved back
    // and name order no longer means age: keep everything rather than remove a good backup (RELIABILITY #15).
    if (names[0] !== undefined && resolve(join(dir, names[0])) !== resolve(justWritten)) return removed;
    for (const name of names.slice(keep)) {
      const file = join(dir, name);
      if (resolve(file) === resolve(justWritten)) continue;
      rmSync(file, { force: true });
      removed.push(file);
    }
    return removed;
  }

  /** The encryption for this backup; a new recovery key's identity is handed back once, to be printed. */
  async function keyFor(choice: BackupKeyChoice | undefined): Promise<{ key: EncryptKey | null; identity: string | null }> {
    if (choice && 'passphrase' in choice) return { key: { passphrase: choice.passphrase }, identity: null };
    if (choice && 'unencrypted' in choice) return { key: null, identity: null };
    if (choice && 'newRecoveryKey' in choice) {
      const fresh = await newRecoveryKey();
      return { key: { recipient: fresh.recipient }, identity: fresh.identity };
    }
    const recipient = repo.recipient();
    if (recipient === null) throw lemariError('invalid_input', { key: 'backup.err.noKey', field: 'passphrase' });
    return { key: { recipient }, identity: null };
  }

  async function run(reason: BackupReason, actor: string, outFile: string | null, choice?: BackupKeyChoice): Promise<BackupResult> {
    const dir = outFile === null ? folder() : resolve(outFile, '..');
    // The archive's own backups/ folder is made on demand; a chosen folder (a stick) that is missing is an error, not created.
    if (outFile === null && settings.get().backupDir === null) mkdirSync(dir, { recursive: true });
    const target = outFile ?? freshName(dir);
    if (outFile === null) sweep(dir);
    const jobId = `backup-${String((jobs += 1))}`;
    try {
      const { key, identity } = await keyFor(choice);
      const written = await writeBackup({
        encrypt: key,
        db,
        archiveDir,
        outFile: target,
        appVersion: deps.appVersion,
        clock,
        onProgress: (done, total) => events.emit('job.progressed', { jobId, label: 'backup', done, total }),
        ...(deps.faults ? { faults: deps.faults } : {}),
      });
      const removed = outFile === null ? rotate(dir, settings.get().backupKeep, target) : [];
      const last = {
        file: written.file,
        bytes: written.bytes,
        sha256: written.sha256,
        createdAt: written.createdAt,
        auditHead: written.auditHead,
      };
      db.transaction(() => {
        repo.setLast(last);
        const newRecipient = key !== null && 'recipient' in key && identity !== null;
        if (newRecipient) repo.setRecipient(key.recipient);
        audit.record({
          // The settings rows this writes carry their hashes: a recipient swapped with raw SQLite (every
          // unattended backup then encrypted to someone else's key) or a faked "last backup" is named by verify.
          rows: [{ table: 'settings', id: BACKUP_LAST_KEY }, ...(newRecipient ? [{ table: 'settings', id: BACKUP_RECIPIENT_KEY }] : [])],
          actor,
          action: 'backup.create',
          entityType: 'backup',
          entityId: basename(written.file),
          before: null,
          after: { ...last, reason, vaultObjects: written.vaultObjects, encrypted: written.encrypted, newRecoveryKey: identity !== null },
        });
      }).immediate();
      try {
        // The head this backup holds, readable beside it without the key: verify checks the chain against it.
        advanceAnchorFile(
          join(dir, ANCHOR_FILE),
          written.auditHead === null ? null : { seq: written.auditCount, hash: written.auditHead },
          audit.hashAt,
        );
      } catch {
        // A stick that refuses the small file still holds a good backup; the archive's own anchor remains.
      }
      events.emit('backup.changed', { ok: true });
      return {
        ...last,
        auditCount: written.auditCount,
        schemaVersion: written.schemaVersion,
        vaultObjects: written.vaultObjects,
        removed,
        retries: written.retries,
        encrypted: written.encrypted,
        recoveryKey: identity,
      };
    } catch (error) {
      const failure = isLemariError(error) ? error : backupWriteError(error, dir);
      try {
        // Operational state, not a record: a failed backup changes nothing the audit trail guards.
        repo.setLastError({ at: clock().toISOString(), message: failure.message, messageEn: failure.messageEn });
      } catch {
        // The archive itself may be read-only or full; the error below still reaches the officer.
      }
      events.emit('backup.changed', { ok: false });
      throw failure;
    }
  }

  /** Starts a backup, or joins the one already running (a quit during a scheduled backup waits for it). */
  function create(reason: BackupReason, actor: string, outFile: string | null = null, choice?: BackupKeyChoice): Promise<BackupResult> {
    if (running) {
      if (outFile !== null) throw lemariError('conflict', { key: 'backup.err.busy' });
      return running;
    }
    running = run(reason, actor, outFile, choice).finally(() => {
      running = null;
    });
    return running;
  }

  async function newest(): Promise<string> {
    const files = await listBackups(folder());
    const first = files.find((f) => f.createdAt !== null);
    if (!first) throw lemariError('not_found', { key: 'backup.err.noBackups', params: { folder: folder() } });
    return first.file;
  }

  return {
    status,
    create,
    /**
     * Sets the recipient (public key) that unattended backups encrypt to, e.g. from a recovery key made
     * earlier. No handler calls it (the test suites store their fixed key with it); it records no event,
     * so after a backup that hashed a recipient, a change here reads as changed in Jejak Audit.
     */
    useRecoveryRecipient(recipient: string): void {
      if (!/^age1[0-9a-z]{58}$/.test(recipient)) throw lemariError('invalid_input', { key: 'backup.err.noKey', field: 'recipient' });
      repo.setRecipient(recipient);
    },
    list: () => listBackups(folder()),
    /** Uji pulih: restores into a temp folder, checks everything, compares with this archive, keeps nothing. */
    async testRestore(file: string | null, key: DecryptKey | null = null): Promise<RestoreReport> {
      return restoreBackup(file ?? (await newest()), null, { leaving: { archiveDir, db }, testOnly: true, key });
    },
    /** Restores into a new folder; this archive stays as it is (the officer switches by opening the new one). */
    async restore(file: string, targetDir: string, key: DecryptKey | null = null): Promise<RestoreReport> {
      const report = await restoreBackup(file, targetDir, { leaving: { archiveDir, db }, key });
      events.emit('backup.changed', { ok: true });
      return report;
    },
    /** The backup Electron's before-quit and serve's SIGINT/SIGTERM run; null when turned off in settings. */
    async onQuit(actor: string): Promise<BackupResult | null> {
      if (!settings.get().backupOnQuit) return null;
      return create('quit', actor);
    },
    /** Checks every minute whether a scheduled backup is due; returns the stop function. */
    startSchedule(actor: string, everyMs = 60_000): () => void {
      if (timer) clearInterval(timer);
      timer = setInterval(() => {
        const current = status();
        if (current.running || settings.get().backupIntervalHours === 0 || current.nextScheduledAt === null) return;
        if (Date.parse(current.nextScheduledAt) <= clock().getTime()) {
          // A failure is recorded in lastError and shown on screen; the schedule tries again next tick.
          create('schedule', actor).catch(() => undefined);
        }
      }, everyMs);
      timer.unref();
      return () => {
        if (timer) clearInterval(timer);
        timer = null;
      };
    },
    stopSchedule(): void {
      if (timer) clearInterval(timer);
      timer = null;
    },
    /** Resolves once no backup is running: close() waits for this so a quit never cuts a backup in half. */
    async idle(): Promise<void> {
      if (running) await running.catch(() => undefined);
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
