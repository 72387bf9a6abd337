import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { tempDir } from '../support/tempArchive';

function migrated() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'lemari.sqlite'));
  migrate(db, { to: 4, backupPath: () => join(dir, 'b') });
  return db;
}

describe('migration 4 (exemption)', () => {
  it('seeds the Pasal 17 grounds, statutes, 2025–2027 holidays and role rules as editable rows', () => {
    const db = migrated();
    expect(db.prepare('SELECT count(*) FROM pasal17_grounds').pluck().get()).toBe(38);
    expect(db.prepare("SELECT huruf, angka, label_id FROM pasal17_grounds WHERE code = '17h5'").get()).toEqual({
      huruf: 'h',
      angka: 5,
      label_id: 'catatan pribadi satuan pendidikan formal/nonformal',
    });
    expect(db.prepare('SELECT DISTINCT substr(date, 1, 4) FROM holidays ORDER BY 1').pluck().all()).toEqual(['2025', '2026', '2027']);
    expect(db.prepare("SELECT roles_json FROM role_rules WHERE act = 'approve'").pluck().get()).toBe('["atasan_ppid","pembina_ppid"]');
    expect(db.prepare('SELECT count(*) FROM statutes').pluck().get()).toBeGreaterThan(3);
    db.close();
  });

  it('writes exactly the seed rows it shipped with, whatever shared/domain says today', () => {
    const db = migrated();
    const rows = ['pasal17_grounds ORDER BY code', 'statutes ORDER BY id', 'holidays ORDER BY date', 'role_rules ORDER BY act'].map(
      (from) => db.prepare(`SELECT * FROM ${from}`).all(),
    );
    db.close();
    expect(rows.map((table) => table.length)).toEqual([38, 8, 70, 7]);
    // The digest of what version 4 wrote in November 2026: a change to the frozen data shows here.
    expect(createHash('sha256').update(JSON.stringify(rows)).digest('hex')).toBe(
      'a251e1646db82b5f8bddde297f97acb36d9e9b2e9ef4724c039a7b188ee43a6d',
    );
  });

  it('keeps opened and deleted entries out of dik_current, the DIK exports read', () => {
    const db = migrated();
    const insert = db.prepare(
      "INSERT INTO entries (id, category, judul, created_at, updated_at, deleted_at) VALUES (?, ?, ?, 't', 't', ?)",
    );
    insert.run(1, 'dikecualikan', 'Masih dikecualikan', null);
    insert.run(2, 'dikecualikan', 'Sudah dibuka', null);
    insert.run(3, 'dikecualikan', 'Terhapus', 't');
    insert.run(4, 'setiap_saat', 'Publik', null);
    const x = db.prepare("INSERT INTO exemptions (entry_id, anchor, period_kind, status, updated_at) VALUES (?, 'sk', 'duration', ?, 't')");
    x.run(1, 'approved');
    x.run(2, 'opened');
    expect(db.prepare('SELECT id FROM dik_current ORDER BY id').pluck().all()).toEqual([1]);
    expect(() => db.prepare("INSERT INTO exemption_grounds (entry_id, code) VALUES (1, '17z')").run()).toThrow();
    db.close();
  });
});
