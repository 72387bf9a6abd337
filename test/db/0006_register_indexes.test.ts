import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { migrations } from '../../main/core/db/migrations';
import { tempDir } from '../support/tempArchive';

const before6 = migrations.filter((m) => m.version < 6);

function archiveAt5() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'lemari.sqlite'));
  migrate(db, { migrations: before6, backupPath: () => join(dir, 'b5') });
  db.prepare("INSERT INTO units (name, kind, created_at, updated_at) VALUES ('Bidang Umum', 'bidang', 't', 't')").run();
  const insert = db.prepare(
    "INSERT INTO entries (category, judul, unit_id, year, bentuk, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 't', 't')",
  );
  insert.run('berkala', 'Laporan Keuangan Kafé', 1, 2024, 'softcopy', null);
  insert.run('dikecualikan', 'Laporan Penyidikan', null, null, null, 't');
  return { db, dir };
}

const find = (db: ReturnType<typeof openDatabase>, q: string) =>
  db.prepare('SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid').pluck().all(q);

describe('migration 6 (register indexes)', () => {
  it('rebuilds the search index of an archive of version 5 with every entry, its words and its filter tokens', () => {
    const { db, dir } = archiveAt5();
    const report = migrate(db, { migrations: migrations.filter((m) => m.version <= 6), backupPath: () => join(dir, 'b6') });
    expect(report).toMatchObject({ from: 5, to: 6 });
    expect(find(db, 'laporan')).toEqual([1, 2]);
    expect(find(db, 'kafe')).toEqual([1]);
    expect(find(db, 'umum')).toEqual([1]);
    expect(find(db, 'facet : (c1 d0 u1 y2024 bsoftcopy)')).toEqual([1]);
    expect(find(db, 'facet : (c4 d1 u0 y0 bnone)')).toEqual([2]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'entries_category_filters'").pluck().get()).toBe(
      'entries_category_filters',
    );
    db.close();
  });

  it('keeps the filter tokens in step with soft delete, restore, recategorising and unit renames', () => {
    const { db, dir } = archiveAt5();
    migrate(db, { migrations, backupPath: () => join(dir, 'b6') });
    db.prepare("UPDATE entries SET deleted_at = 't2' WHERE id = 1").run();
    expect(find(db, 'laporan AND facet : d0')).toEqual([]);
    expect(find(db, 'laporan AND facet : d1')).toEqual([1, 2]);
    db.prepare("UPDATE entries SET deleted_at = NULL, category = 'setiap_saat' WHERE id = 1").run();
    expect(find(db, 'laporan AND facet : (c3 d0)')).toEqual([1]);
    db.prepare("UPDATE units SET name = 'Sekretariat' WHERE id = 1").run();
    expect(find(db, 'sekretariat AND facet : c3')).toEqual([1]);
    db.prepare('INSERT INTO entries (category, judul, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      'serta_merta',
      'Peringatan Banjir',
      't',
      't',
    );
    expect(find(db, 'banjir AND facet : c2')).toEqual([3]);
    db.close();
  });

  it('finds what was typed from its first letters through the prefix index', () => {
    const { db, dir } = archiveAt5();
    migrate(db, { migrations, backupPath: () => join(dir, 'b6') });
    expect(find(db, 'l*')).toEqual([1, 2]);
    expect(find(db, 'pe*')).toEqual([2]);
    expect(find(db, 'pen*')).toEqual([2]);
    db.close();
  });
});
