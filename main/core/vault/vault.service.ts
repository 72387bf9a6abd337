import { existsSync, mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { lemariError } from '../../../shared/api/raise';
import { isSha256, VERIFY_JOB_PREFIX, type Blob, type VaultCheck, type VaultConfig, type VaultStatus } from '../../../shared/domain/vault';
import { scanPages } from './scanPages';
import type { ServiceDeps } from '../support/deps';
import { createLock } from './lock';
import { createVaultRepo } from './vault.repo';
import { createNodeVaultFs, type VaultFs } from './vaultFs';
import { createVaultStore, vaultLayout, type StoreOptions } from './vaultStore';

const DAY_MS = 24 * 60 * 60 * 1000;
const MIB = 1024 * 1024;

export interface VaultServiceOptions {
  fs?: VaultFs;
  store?: StoreOptions;
}

export interface IngestOutcome {
  blob: Blob;
  /** The bytes were in the vault already (same hash). */
  existed: boolean;
}

/**
 * The vault (berkas pindaian): content-addressed objects on disk, one `blobs` row per object,
 * Periksa Keutuhan, and the schedule that runs it. A row is only ever written after its
 * object is durable, inside the caller's transaction that links it.
 */
export function createVaultService(deps: ServiceDeps, options: VaultServiceOptions = {}) {
  const { db, audit, events, clock, archiveDir } = deps;
  const repo = createVaultRepo(db);
  const layout = vaultLayout(archiveDir);
  const fs = options.fs ?? createNodeVaultFs();
  const store = createVaultStore(fs, layout, options.store);
  // Renaming an object into place and committing its row run under this lock, and so does
  // quarantining a stray object: a verify can never move an object whose row is about to commit.
  const lock = createLock();
  let running: { jobId: string; done: Promise<VaultCheck> } | null = null;
  // Set by close(): a check still hashing when the archive closes (the app quitting) stops at its next step.
  let closing = false;
  const stopIfClosing = () => {
    if (closing) throw new VaultCheckAbandoned();
  };
  let timer: NodeJS.Timeout | null = null;

  for (const dir of [layout.root, layout.objects, layout.tmp, layout.quarantine]) mkdirSync(dir, { recursive: true });
  const ready = store.init().then(() => store.recoverTmp());
  ready.catch(() => undefined);

  function maxBytes(): number {
    return repo.config().maxFileMb * MIB;
  }

  /**
   * Stores the file at `path` and records it: `link` runs inside the same transaction as the
   * blob row and its audit event, so a scan is linked to its document or not recorded at all.
   */
  async function ingest(path: string, name: string, actor: string, link?: (blob: Blob) => void): Promise<IngestOutcome> {
    await ready;
    return lock.run(async () => {
      const put = await store.put(path, name, maxBytes());
      const blob: Blob = {
        sha256: put.sha256,
        size: put.size,
        contentType: put.contentType,
        name: name.normalize('NFC').slice(0, 255),
        createdAt: clock().toISOString(),
      };
      const outcome = db
        .transaction((): IngestOutcome => {
          const inserted = repo.insertBlob(blob);
          const stored = inserted ? blob : (repo.getBlob(blob.sha256) ?? blob);
          if (inserted)
            audit.record({ actor, action: 'vault.ingest', entityType: 'blob', entityId: blob.sha256, before: null, after: blob });
          link?.(stored);
          return { blob: stored, existed: !inserted };
        })
        .immediate();
      events.emit('vault.changed', { sha256: outcome.blob.sha256 });
      return outcome;
    });
  }

  /** The file behind a hash, for the `/vault/<sha256>` route and the `vault://` protocol; null unless tracked and present. */
  function open(sha256: string): { path: string; contentType: Blob['contentType']; size: number } | null {
    if (!isSha256(sha256)) return null;
    const blob = repo.getBlob(sha256);
    if (!blob) return null;
    const path = store.pathOf(sha256);
    if (!existsSync(path)) return null;
    return { path, contentType: blob.contentType, size: blob.size };
  }

  /**
   * Removes an object nobody uses, on the PPID's word (inbox.discard): `work` runs in one transaction
   * with the row's deletion (`deleteRow`) and must check the object is unused and record the audit event;
   * only after that commit is the file unlinked, under the ingest lock, so a scan of the same bytes
   * arriving now cannot lose its file. A crash between the two leaves an untracked object, which the next
   * Periksa Keutuhan reports and quarantines, never a row without its file.
   */
  async function discard<T>(sha256: string, work: (deleteRow: () => void) => T): Promise<T> {
    await ready;
    return lock.run(async () => {
      const result = db
        .transaction(() =>
          work(() => {
            if (!repo.deleteBlob(sha256)) throw lemariError('not_found');
          }),
        )
        .immediate();
      await fs.unlink(store.pathOf(sha256)).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
      events.emit('vault.changed', { sha256 });
      return result;
    });
  }

  async function runCheck(jobId: string, trigger: VaultCheck['trigger'], actor: string): Promise<VaultCheck> {
    await ready;
    stopIfClosing();
    const startedAt = clock().toISOString();
    const rows = repo.allBlobs();
    const files = await store.listObjects();
    stopIfClosing();
    const fileBySha = new Map(files.filter((f) => f.sha256 !== null).map((f) => [f.sha256 ?? '', f]));
    const tracked = new Set(rows.map((row) => row.sha256));
    const total = rows.reduce((sum, row) => sum + (fileBySha.get(row.sha256)?.size ?? 0), 0);
    let done = 0;
    let lastEmit = 0;
    const progress = (force: boolean) => {
      const now = Date.now();
      if (!force && now - lastEmit < 200) return;
      lastEmit = now;
      events.emit('job.progressed', { jobId, label: 'vault.verify', done, total });
    };
    progress(true);

    let ok = 0;
    const changed: string[] = [];
    const missing: string[] = [];
    for (const row of rows) {
      const file = fileBySha.get(row.sha256);
      if (!file) {
        missing.push(row.sha256);
        continue;
      }
      let actual: string | null;
      try {
        actual = await store.hashFile(store.pathOf(row.sha256), (bytes) => {
          done += bytes;
          progress(false);
        });
      } catch {
        actual = null;
      }
      stopIfClosing();
      if (actual === row.sha256) ok += 1;
      else if (actual === null && !existsSync(store.pathOf(row.sha256))) missing.push(row.sha256);
      else changed.push(row.sha256);
    }

    const stamp = startedAt.replace(/[:.]/g, '-');
    const untracked: VaultCheck['untracked'] = [];
    for (const file of files) {
      if (file.sha256 !== null && tracked.has(file.sha256)) continue;
      const entry = await lock.run(async () => {
        stopIfClosing();
        // Committed since the list was read: it belongs to the archive after all.
        if (file.sha256 !== null && repo.getBlob(file.sha256)) return null;
        try {
          return { path: file.rel, quarantinedTo: await store.quarantine(file.rel, stamp) };
        } catch {
          return { path: file.rel, quarantinedTo: null };
        }
      });
      if (entry) untracked.push(entry);
    }
    progress(true);
    stopIfClosing();

    const result = { trigger, startedAt, finishedAt: clock().toISOString(), ok, changed, missing, untracked, bytes: done };
    const check = db
      .transaction(() => {
        const id = repo.insertCheck(result);
        const saved = repo.getCheck(id);
        if (!saved) throw new Error('vault check vanished inside its own transaction');
        audit.record({
          actor,
          action: 'vault.verify',
          entityType: 'vault_check',
          entityId: id,
          before: null,
          after: { ...result, changed: changed.length, missing: missing.length, untracked: untracked.length },
        });
        return saved;
      })
      .immediate();
    events.emit('vault.verified', { checkId: check.id, clean: check.clean });
    return check;
  }

  /** Starts Periksa Keutuhan in the background (or joins the one running) and answers its job id. */
  function startVerify(trigger: VaultCheck['trigger'], actor: string): { jobId: string; done: Promise<VaultCheck> } {
    if (running) return running;
    const jobId = `${VERIFY_JOB_PREFIX}${randomUUID()}`;
    const done = runCheck(jobId, trigger, actor)
      .catch((error: unknown) => {
        // A step already under way when the archive closed fails on what closing took away (the
        // connection, a folder a test removes): that is the close, not a fault of the vault.
        throw closing ? new VaultCheckAbandoned() : error;
      })
      .finally(() => {
        running = null;
      });
    running = { jobId, done };
    return running;
  }

  /** Runs a check to the end (CLI, tests). */
  function verify(trigger: VaultCheck['trigger'], actor: string): Promise<VaultCheck> {
    return startVerify(trigger, actor).done;
  }

  function nextCheckAt(): Date | null {
    const days = repo.config().verifyEveryDays;
    if (days === 0) return null;
    const last = repo.recentChecks(1)[0];
    return last ? new Date(new Date(last.finishedAt).getTime() + days * DAY_MS) : clock();
  }

  /** One look at the schedule: starts a check when one is due. Answers whether it did. */
  function scheduleTick(): boolean {
    const due = nextCheckAt();
    if (due === null || running || due.getTime() > clock().getTime()) return false;
    startVerify('schedule', 'lemari').done.catch(logCheckFailure);
    return true;
  }

  function startSchedule(everyMs = 10 * 60 * 1000, firstAfterMs = 2 * 60 * 1000): void {
    if (timer) return;
    const first = setTimeout(() => {
      scheduleTick();
      timer = setInterval(scheduleTick, everyMs);
      timer.unref();
    }, firstAfterMs);
    first.unref();
    timer = first;
  }

  function status(): VaultStatus {
    const next = nextCheckAt();
    return {
      ...repo.totals(),
      lastCheck: repo.recentChecks(1)[0] ?? null,
      runningJobId: running?.jobId ?? null,
      nextCheckAt: next ? next.toISOString() : null,
      config: repo.config(),
    };
  }

  function configure(config: VaultConfig, actor: string): VaultConfig {
    const saved = db
      .transaction(() => {
        const before = repo.config();
        repo.setConfig(config);
        const after = repo.config();
        audit.record({ actor, action: 'vault.configure', entityType: 'settings', entityId: 'vault', before, after });
        return after;
      })
      .immediate();
    events.emit('vault.changed', { sha256: null });
    return saved;
  }

  function getCheck(id: number): VaultCheck {
    const check = repo.getCheck(id);
    if (!check) throw lemariError('not_found');
    return check;
  }

  return {
    ready,
    layout,
    ingest,
    open,
    discard,
    has: (sha256: string) => repo.getBlob(sha256) !== null,
    /** Pages of a stored scan (PDF, TIFF; 1 for an image), null when it cannot be told. */
    pages: async (sha256: string) => {
      const stored = open(sha256);
      return stored ? scanPages(stored.path, stored.contentType) : null;
    },
    blob: repo.getBlob,
    verify,
    startVerify,
    scheduleTick,
    startSchedule,
    status,
    config: repo.config,
    configure,
    checks: (limit: number) => repo.recentChecks(limit),
    getCheck,
    close(): void {
      closing = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

export type VaultService = ReturnType<typeof createVaultService>;

/** A check the archive closed under: not a failure of the vault, and nothing of it is recorded (the schedule runs it again). */
export class VaultCheckAbandoned extends Error {
  constructor() {
    super('vault check stopped: the archive was closed');
  }
}

/** Where a background check's failure goes; one the archive closed under is no failure. */
export function logCheckFailure(error: unknown): void {
  if (!(error instanceof VaultCheckAbandoned)) console.error('[lemari] vault check failed:', error);
}
