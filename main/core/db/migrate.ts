import { existsSync } from 'node:fs';
import { lemariError } from '../../../shared/api/raise';
import { createAuditService } from '../audit/audit.service';
import type { Db } from './connection';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';

export interface MigrateOptions {
  /** Where to copy the database before changing its schema; null skips the copy (a new, empty archive). */
  backupPath: (fromVersion: number) => string;
  migrations?: readonly Migration[];
  /** Stop at this version (a migration test pins the schema it was written against); default: the latest. */
  to?: number;
}

export interface MigrateReport {
  from: number;
  to: number;
  backup: string | null;
}

export function latestVersion(list: readonly Migration[] = allMigrations): number {
  return list.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * Brings the schema up to date, one transaction per migration so a failure leaves the
 * last good version. A database from a newer Lemari is refused rather than guessed at,
 * and an existing archive is copied aside (VACUUM INTO: a consistent copy even in WAL) first.
 */
export function migrate(db: Db, options: MigrateOptions): MigrateReport {
  const known = options.migrations ?? allMigrations;
  const target = options.to;
  if (target !== undefined && !known.some((m) => m.version === target)) throw new Error(`no migration of version ${String(target)}`);
  const list = target === undefined ? known : known.filter((m) => m.version <= target);
  const latest = latestVersion(list);
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) {
    throw lemariError('archive_too_new', { params: { found: from, supported: latest } });
  }
  if (from === latest) return { from, to: from, backup: null };

  let backup: string | null = null;
  if (from > 0) {
    backup = options.backupPath(from);
    if (!existsSync(backup)) db.prepare('VACUUM INTO ?').run(backup);
  }
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db, { audit: (event) => createAuditService(db, () => new Date()).record(event) });
      db.pragma(`user_version = ${String(migration.version)}`);
    }).immediate();
  }
  return { from, to: latest, backup };
}
