import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLemariError } from '../../shared/api/errors';
import { createCore, DB_FILE } from '../../main/core/createCore';
import { openDatabase } from '../../main/core/db/connection';
import { latestVersion, migrate } from '../../main/core/db/migrate';
import type { Migration } from '../../main/core/db/migration';
import { migrations } from '../../main/core/db/migrations';
import { tempDir } from '../support/tempArchive';

describe('migrations', () => {
  it('are numbered 1..n without gaps or repeats', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('bring a new archive to the latest version', () => {
    const core = createCore({ archiveDir: tempDir() });
    expect(core.db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(core.migration).toMatchObject({ from: 0, to: latestVersion(), backup: null });
    core.close();
  });

  it('refuse a database from a newer Lemari with a clear message, leaving it untouched', () => {
    const dir = tempDir();
    const raw = new Database(join(dir, DB_FILE));
    raw.pragma('user_version = 999');
    raw.close();
    let caught: unknown;
    try {
      createCore({ archiveDir: dir });
    } catch (error) {
      caught = error;
    }
    expect(isLemariError(caught) && caught.code).toBe('archive_too_new');
    expect(isLemariError(caught) && caught.message).toContain('versi Lemari yang lebih baru');
    const after = new Database(join(dir, DB_FILE));
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    after.close();
  });

  it('copy an existing archive aside before changing it, and the copy holds the old rows', () => {
    const dir = tempDir();
    const file = join(dir, DB_FILE);
    const first = migrations.slice(0, 1);
    const db = openDatabase(file);
    migrate(db, { migrations: first, backupPath: () => join(dir, 'unused') });
    db.prepare("INSERT INTO units (name, kind, created_at, updated_at) VALUES ('Sekretariat', 'bagian', 'x', 'x')").run();
    const next: Migration = { version: 2, name: 'probe', up: (d) => d.exec('CREATE TABLE probe (id INTEGER PRIMARY KEY)') };
    const report = migrate(db, { migrations: [...first, next], backupPath: (from) => join(dir, `pre-v${String(from)}.sqlite`) });
    db.close();
    expect(report).toMatchObject({ from: 1, to: 2 });
    expect(report.backup && existsSync(report.backup)).toBe(true);
    const copy = new Database(report.backup ?? '');
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT name FROM units').all()).toEqual([{ name: 'Sekretariat' }]);
    copy.close();
  });

  it('stop at the last good version when a migration fails, with nothing of the failed one left', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, DB_FILE));
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (id INTEGER)');
        throw new Error('disk said no');
      },
    };
    expect(() => migrate(db, { migrations: [...migrations.slice(0, 1), broken], backupPath: () => join(dir, 'b') })).toThrow(
      'disk said no',
    );
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('writes the pre-migration copy under backups/pre-migrate in the archive', () => {
    const dir = tempDir();
    const raw = openDatabase(join(dir, DB_FILE));
    migrate(raw, { migrations: migrations.slice(0, 1), backupPath: () => join(dir, 'unused') });
    raw.close();
    const core = createCore({ archiveDir: dir });
    core.close();
    if (latestVersion() > 1) {
      expect(readdirSync(join(dir, 'backups', 'pre-migrate'))).toHaveLength(1);
    } else {
      expect(existsSync(join(dir, 'backups', 'pre-migrate'))).toBe(false);
    }
  });

  it('stop at the version a test pins, and then go on from there', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, DB_FILE));
    expect(migrate(db, { to: 3, backupPath: () => join(dir, 'b3') })).toMatchObject({ from: 0, to: 3 });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'pasal17_grounds'").pluck().get()).toBe(0);
    expect(() => migrate(db, { to: 99, backupPath: () => join(dir, 'b99') })).toThrow(/no migration of version 99/);
    expect(migrate(db, { backupPath: () => join(dir, 'b') })).toMatchObject({ from: 3, to: latestVersion() });
    db.close();
  });
});
