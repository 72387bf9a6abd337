import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { lemariError } from '../../../shared/api/raise';
import type { RestoreReport } from '../../../shared/domain/backup';
import { changedAuditedRows } from '../audit/rowCheck';
import { verifyAuditChain } from '../audit/verifyChain';
import { latestVersion } from '../db/migrate';
import { backupInvalid, backupWriteError } from './errors';
import { fsyncDir, removeQuietly } from './fsutil';
import { compareWithLeaving, type Leaving } from './gap';
import type { DecryptKey } from './ageStream';
import { verifyBackupFile } from './readBackup';
import { schemaDifferences } from './schemaCheck';
import { listVaultObjects } from './vaultFiles';

export interface RestoreOptions {
  /** The archive the officer is leaving, to report what the backup lacks; null skips the comparison. */
  leaving: Leaving | null;
  /** Uji pulih: restore into a temp folder, check and compare, then remove it; nothing else changes. */
  testOnly?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** The passphrase or recovery key of an encrypted backup. */
  key?: DecryptKey | null;
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

/** A restore never goes over an archive: the target must be new (or an empty folder) and apart from the one being left. */
function checkTarget(target: string, leaving: Leaving | null): void {
  if (leaving && (isInside(leaving.archiveDir, target) || isInside(target, leaving.archiveDir))) {
    throw lemariError('conflict', { key: 'backup.err.targetIsLive', params: { folder: target } });
  }
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw lemariError('conflict', { key: 'backup.err.targetNotEmpty', params: { folder: target } });
  }
}

/**
 * Restores a .lemari-backup into a NEW archive folder: every file is extracted into a staging folder
 * beside the target while its hash is checked, then the database gets integrity_check and the audit
 * chain is verified against the head recorded in the backup. Only when all of that holds is the staging
 * folder renamed to the target. Then it says what the backup lacks compared with the archive being left.
 */
export async function restoreBackup(file: string, targetDir: string | null, options: RestoreOptions): Promise<RestoreReport> {
  // null: a test restore (uji pulih) into a temp folder that is removed afterwards.
  const target = options.testOnly === true || targetDir === null ? null : resolve(targetDir);
  let staging: string;
  if (target === null) {
    staging = mkdtempSync(join(tmpdir(), 'lemari-uji-pulih-'));
  } else {
    checkTarget(target, options.leaving);
    try {
      mkdirSync(dirname(target), { recursive: true });
    } catch (error) {
      throw backupWriteError(error, dirname(target));
    }
    // Beside the target, so the final step is one atomic rename on the same disk.
    staging = join(dirname(target), `.${basename(target)}.pulih-${randomBytes(4).toString('hex')}`);
    mkdirSync(staging);
  }
  try {
    const verified = await verifyBackupFile(file, {
      extractTo: staging,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      key: options.key ?? null,
    }).catch((error: unknown) => {
      throw backupWriteError(error, staging);
    });
    const restoredObjects = new Set(listVaultObjects(staging).objects.map((o) => o.hash));
    const db = new Database(join(staging, 'lemari.sqlite'), { fileMustExist: true });
    let report: RestoreReport;
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw backupInvalid(`integrity_check: ${String(integrity)}`);
      const schemaVersion = db.pragma('user_version', { simple: true }) as number;
      if (schemaVersion !== verified.info.schemaVersion) throw backupInvalid('schema version differs from bag-info.txt');
      if (schemaVersion > latestVersion()) {
        throw lemariError('archive_too_new', { params: { found: schemaVersion, supported: latestVersion() } });
      }
      // A re-signed backup can carry a dropped audit trigger or an added view: the schema must be exactly its version's.
      const differences = schemaDifferences(db, schemaVersion);
      if (differences.length > 0)
        throw lemariError('archive_corrupt', { key: 'backup.err.schema', params: { detail: differences.slice(0, 5).join('; ') } });
      // A row changed in the copy (then re-hashed into a new manifest) no longer matches its audit event.
      const changedRows = changedAuditedRows(db);
      if (changedRows.length > 0) {
        throw backupInvalid(
          `rows changed outside Lemari: ${changedRows
            .slice(0, 3)
            .map((r) => `${r.table} #${r.id}`)
            .join(', ')}`,
        );
      }
      const anchor = verified.info.auditHead === null ? null : { seq: verified.info.auditCount, hash: verified.info.auditHead };
      const chain = verifyAuditChain(db, anchor);
      if (!chain.ok || chain.headSeq !== verified.info.auditCount) {
        throw backupInvalid(`audit chain broken at #${String(chain.firstBadSeq ?? chain.headSeq + 1)}`);
      }
      report = {
        file,
        archiveDir: target,
        createdAt: verified.info.createdAt,
        appVersion: verified.info.appVersion,
        schemaVersion,
        filesVerified: verified.files,
        bytesVerified: verified.bytes,
        vaultObjects: verified.info.vaultObjects,
        auditCount: chain.checked,
        auditHead: chain.headHash,
        integrity: 'ok',
        rottenObjects: verified.rottenObjects,
        gap: options.leaving
          ? compareWithLeaving(db, restoredObjects, verified.info.auditCount, verified.info.auditHead, options.leaving)
          : null,
      };
      // Leave a whole single file behind: createCore will set WAL and the other settings when it opens it.
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    if (target === null) {
      removeQuietly(staging);
    } else {
      fsyncDir(staging);
      // Checked empty above; rmdir (not rm -r) so anything that appeared since makes this fail instead of vanish.
      if (existsSync(target)) rmdirSync(target);
      renameSync(staging, target);
      fsyncDir(dirname(target));
    }
    return report;
  } catch (error) {
    removeQuietly(staging);
    throw error;
  }
}
