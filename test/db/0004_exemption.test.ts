import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { seedGrounds } from '../../shared/domain/pasal17';
import { tempDir } from '../support/tempArchive';

function migrated() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'lemari.sqlite'));
  migrate(db, { backupPath: () => join(dir, 'b') });
  return db;
}

describe('migration 4 (exemption)', () => {
  it('seeds the Pasal 17 grounds, statutes, 2025–2027 holidays and role rules as editable rows', () => {
    const db = migrated();
    expect(db.prepare('SELECT count(*) FROM pasal17_grounds').pluck().get()).toBe(seedGrounds.length);
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
