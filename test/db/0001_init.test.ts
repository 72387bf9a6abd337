import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { m0001Init } from '../../main/core/db/migrations/0001_init';
import { tempDir } from '../support/tempArchive';

function migratedTo1() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'lemari.sqlite'));
  migrate(db, { migrations: [m0001Init], backupPath: () => join(dir, 'b') });
  return db;
}

describe('migration 1 (init)', () => {
  it('creates the foundation tables and seeds one empty agency profile', () => {
    const db = migratedTo1();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['agency_profile', 'audit_events', 'settings', 'units']));
    expect(db.prepare('SELECT id, body_name, version FROM agency_profile').all()).toEqual([{ id: 1, body_name: '', version: 0 }]);
    db.close();
  });

  it('makes the audit table append-only', () => {
    const db = migratedTo1();
    db.prepare("INSERT INTO audit_events VALUES (1, 't', 'a', 'x', 'e', '1', NULL, NULL, 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_events SET actor = 'mallory'").run()).toThrow('append-only');
    expect(() => db.prepare('DELETE FROM audit_events').run()).toThrow('append-only');
    db.close();
  });

  it('allows a single agency profile row and known unit kinds only', () => {
    const db = migratedTo1();
    expect(() => db.prepare('INSERT INTO agency_profile (id) VALUES (2)').run()).toThrow();
    expect(() => db.prepare("INSERT INTO units (name, kind, created_at, updated_at) VALUES ('X', 'kantin', 't', 't')").run()).toThrow();
    db.close();
  });
});
