import { existsSync } from 'node:fs';
import { lemariError } from '../../../shared/api/raise';
import { createAuditService } from '../audit/audit.service';
import { recordSeededRows } from '../audit/seedBaseline';
import type { Db } from './connection';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';

export interface MigrateOptions {
  /** Where to copy the database before changing its schema; null skips the copy (a new, empty archive). */
  backupPath: (fromVersion: number) => string;
  migrations?: readonly Migration[];
  /** Stop at this version (a migration test pins the schema it was written against); default: the latest. */
  to?: number;
  /** The time the steps' audit events carry (the core's clock); default: the machine's. */
  clock?: () => Date;
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
  // Made when first used: the audit tables do not exist before the first steps ran.
  const audit = () => createAuditService(db, options.clock ?? (() => new Date()));
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db, { audit: (event) => audit().record(event) });
      db.pragma(`user_version = ${String(migration.version)}`);
    }).immediate();
  }
  // What the steps seeded gets its row hashes now, so audit.verify sees a raw edit of it (seedBaseline.ts).
  // A pinned run stands for the older release that stopped there, which had no such baseline.
  if (target === undefined) db.transaction(() => recordSeededRows(db, audit, latest)).immediate();
  return { from, to: latest, backup };
}
