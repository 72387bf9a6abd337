import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { m0001Init } from '../../main/core/db/migrations/0001_init';
import { m0002Register } from '../../main/core/db/migrations/0002_register';
import { tempDir } from '../support/tempArchive';

function archiveAt1() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'lemari.sqlite'));
  migrate(db, { migrations: [m0001Init], backupPath: () => join(dir, 'b1') });
  db.prepare("INSERT INTO units (name, kind, created_at, updated_at) VALUES ('Bidang Umum', 'bidang', 't', 't')").run();
  return { db, dir };
}

const insertEntry = "INSERT INTO entries (category, judul, unit_id, notes, created_at, updated_at) VALUES (?, ?, ?, ?, 't', 't')";

describe('migration 2 (register)', () => {
  it('adds the register tables to an archive of version 1 and keeps its units', () => {
    const { db, dir } = archiveAt1();
    const report = migrate(db, { migrations: [m0001Init, m0002Register], backupPath: () => join(dir, 'b2') });
    expect(report).toMatchObject({ from: 1, to: 2 });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['entries', 'entries_fts', 'imports', 'import_mappings', 'units']));
    expect(db.prepare('SELECT name FROM units').pluck().all()).toEqual(['Bidang Umum']);
    db.close();
  });

  it('keeps the search index in step with inserts, edits and unit renames, accents folded', () => {
    const { db, dir } = archiveAt1();
    migrate(db, { migrations: [m0001Init, m0002Register], backupPath: () => join(dir, 'b2') });
    db.prepare(insertEntry).run('setiap_saat', 'Daftar Kafé Binaan', 1, 'catatan rapat');
    const find = (q: string) => db.prepare('SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?').pluck().all(q);
    expect(find('kafe')).toEqual([1]);
    expect(find('umum')).toEqual([1]);
    db.prepare("UPDATE entries SET judul = 'Daftar Warung' WHERE id = 1").run();
    expect(find('kafe')).toEqual([]);
    expect(find('warung')).toEqual([1]);
    db.prepare("UPDATE units SET name = 'Sekretariat' WHERE id = 1").run();
    expect(find('sekretariat')).toEqual([1]);
    expect(find('umum')).toEqual([]);
    db.close();
  });

  it('refuses unknown categories, forms and dispositions, and units that do not exist', () => {
    const { db, dir } = archiveAt1();
    migrate(db, { migrations: [m0001Init, m0002Register], backupPath: () => join(dir, 'b2') });
    expect(() => db.prepare(insertEntry).run('rahasia', 'X', null, '')).toThrow();
    expect(() => db.prepare(insertEntry).run('berkala', 'X', 99, '')).toThrow();
    expect(() =>
      db
        .prepare("INSERT INTO entries (category, judul, bentuk, created_at, updated_at) VALUES ('berkala', 'X', 'papyrus', 't', 't')")
        .run(),
    ).toThrow();
    expect(() =>
      db
        .prepare("INSERT INTO entries (category, judul, disposisi, created_at, updated_at) VALUES ('berkala', 'X', 'bakar', 't', 't')")
        .run(),
    ).toThrow();
    db.prepare(insertEntry).run('dikecualikan', 'Y', null, '');
    expect(db.prepare('SELECT category_rank FROM entries').pluck().get()).toBe(4);
    db.close();
  });
});
