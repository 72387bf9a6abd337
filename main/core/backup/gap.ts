import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupGap } from '../../../shared/domain/backup';
import type { Db } from '../db/connection';
import { listVaultObjects } from './vaultFiles';

export interface Leaving {
  archiveDir: string;
  /** The live connection when the archive is open (uji pulih); otherwise the file is opened read-only. */
  db?: Db;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Ordinary tables (no FTS shadow or virtual tables), whose row counts say what differs. */
function userTables(db: Db): string[] {
  const rows = db
    .prepare<[], { name: string; sql: string | null }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  const virtual = rows.filter((r) => /^CREATE VIRTUAL/i.test(r.sql ?? '')).map((r) => r.name);
  return rows
    .filter((r) => !/^CREATE VIRTUAL/i.test(r.sql ?? '') && !virtual.some((v) => r.name.startsWith(`${v}_`)))
    .map((r) => r.name)
    .filter((name) => IDENTIFIER.test(name));
}

function countRows(db: Db, table: string): number {
  // A backup's own bookkeeping (its audit entry, the "last backup" setting) is not content the backup lacks.
  if (table === 'settings')
    return db.prepare<[], { n: number }>("SELECT count(*) AS n FROM settings WHERE key NOT LIKE 'backup.%'").get()?.n ?? 0;
  // Identifiers cannot be bound; the name comes from sqlite_master and matched IDENTIFIER above.
  return db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${table}"`).get()?.n ?? 0;
}

function openLeaving(leaving: Leaving): { db: Db; close: () => void } | null {
  if (leaving.db) return { db: leaving.db, close: () => undefined };
  const file = join(leaving.archiveDir, 'lemari.sqlite');
  if (!existsSync(file)) return null;
  try {
    // Read-only: the archive being left is evidence and is never repaired or checkpointed behind the officer's back.
    const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 500 });
    return { db, close: () => db.close() };
  } catch {
    return null;
  }
}

/**
 * What a backup does not have compared with the archive being left: the audit entries recorded after
 * it (every change writes one), scan files it lacks, and tables whose row counts differ. A corrupt
 * archive is read as far as it goes; when nothing can be read the gap is reported as unknown.
 */
export function compareWithLeaving(
  restored: Db,
  restoredObjects: ReadonlySet<string>,
  backupAuditCount: number,
  backupAuditHead: string | null,
  leaving: Leaving,
): BackupGap {
  const gap: BackupGap = {
    leavingReadable: true,
    missingChanges: 0,
    missingByAction: {},
    firstMissingAt: null,
    lastMissingAt: null,
    missingObjects: 0,
    missingObjectBytes: 0,
    tableDifferences: [],
    diverged: false,
  };
  try {
    for (const object of listVaultObjects(leaving.archiveDir).objects) {
      if (!restoredObjects.has(object.hash)) {
        gap.missingObjects += 1;
        gap.missingObjectBytes += object.size;
      }
    }
  } catch {
    gap.leavingReadable = false;
  }
  const opened = openLeaving(leaving);
  if (!opened) return { ...gap, leavingReadable: false };
  try {
    const at = opened.db.prepare<[number], { hash: string }>('SELECT hash FROM audit_events WHERE seq = ?').get(backupAuditCount);
    gap.diverged = backupAuditCount > 0 && at?.hash !== backupAuditHead;
    const rows = opened.db
      .prepare<[number], { at: string; action: string }>('SELECT at, action FROM audit_events WHERE seq > ? ORDER BY seq')
      .iterate(backupAuditCount);
    for (const row of rows) {
      if (row.action.startsWith('backup.')) continue;
      gap.missingChanges += 1;
      gap.missingByAction[row.action] = (gap.missingByAction[row.action] ?? 0) + 1;
      gap.firstMissingAt ??= row.at;
      gap.lastMissingAt = row.at;
    }
    const leavingTables = new Set(userTables(opened.db));
    // audit_events is told as missingChanges above, entry by entry.
    for (const table of userTables(restored).filter((name) => name !== 'audit_events')) {
      const inBackup = countRows(restored, table);
      const inLeaving = leavingTables.has(table) ? countRows(opened.db, table) : 0;
      if (inBackup !== inLeaving) gap.tableDifferences.push([table, inBackup, inLeaving]);
    }
  } catch {
    // A corrupt page stops the reading here; what was counted so far stands, flagged as incomplete.
    gap.leavingReadable = false;
  } finally {
    opened.close();
  }
  return gap;
}
