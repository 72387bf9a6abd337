import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditService } from '../../main/core/audit/audit.service';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { tempDir } from '../support/tempArchive';

/** An archive at version 6 with two SKs (one on a test, one on none) and jenis dokumen spelt three ways. */
function oldArchive() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'lemari.sqlite'));
  migrate(db, { to: 6, backupPath: () => join(dir, 'b') });
  const now = '2025-04-10T00:00:00Z';
  const entry = db.prepare(`INSERT INTO entries (category, judul, created_at, updated_at) VALUES ('dikecualikan', ?, '${now}', '${now}')`);
  const exemption = db.prepare(
    `INSERT INTO exemptions (entry_id, jenis_dokumen, anchor, period_kind, status, updated_at) VALUES (?, ?, 'sk', 'duration', 'approved', '${now}')`,
  );
  const spellings = ['Data Pemilih', 'data pemilih', '  Data   Pemilih ', 'Surat', 'Laporan', 'laporan'];
  spellings.forEach((spelling, i) => {
    const id = Number(entry.run(`Informasi ${String(i + 1)}`).lastInsertRowid);
    exemption.run(id, spelling);
  });
  db.prepare(
    `INSERT INTO consequence_tests (id, trigger, created_at, updated_at) VALUES (7, 'sebelum_permohonan', '${now}', '${now}')`,
  ).run();
  const sk = db.prepare(
    `INSERT INTO decisions (id, purpose, number, date, signer_name, signer_position, test_id, created_at, created_by)
     VALUES (?, 'penetapan', ?, '2025-04-14', 'Sri', 'Sekda', ?, '${now}', 'x')`,
  );
  sk.run(1, '1/PPID/IV/2025', 7);
  sk.run(2, '2/PPID/IV/2025', null);
  return db;
}

describe('migration 11 (SK ↔ tests many-to-many, jenis dokumen as reference data)', () => {
  it('carries each single SK→test link over and drops the old column', () => {
    const db = oldArchive();
    migrate(db, { to: 11, backupPath: () => '/dev/null' });
    expect(db.prepare('SELECT decision_id, test_id FROM decision_tests ORDER BY decision_id').all()).toEqual([
      { decision_id: 1, test_id: 7 },
    ]);
    const columns = db
      .prepare<[], { name: string }>('PRAGMA table_info(decisions)')
      .all()
      .map((c) => c.name);
    expect(columns).not.toContain('test_id');
    db.close();
  });

  it('merges spellings that differ only in case and spaces, keeps the most used, audits each rewrite', async () => {
    const db = oldArchive();
    migrate(db, { to: 11, backupPath: () => '/dev/null' });
    expect(db.prepare('SELECT name FROM document_types ORDER BY name').pluck().all()).toEqual(['Data Pemilih', 'Laporan', 'Surat']);
    expect(db.prepare('SELECT DISTINCT jenis_dokumen FROM exemptions ORDER BY 1').pluck().all()).toEqual([
      'Data Pemilih',
      'Laporan',
      'Surat',
    ]);
    const audit = createAuditService(db, () => new Date());
    const rewrites = audit.list({ entityType: 'exemption', limit: 50 });
    expect(rewrites.map((e) => e.before)).toEqual(
      expect.arrayContaining([{ jenisDokumen: 'data pemilih' }, { jenisDokumen: '  Data   Pemilih ' }, { jenisDokumen: 'laporan' }]),
    );
    expect(rewrites).toHaveLength(3);
    expect((await audit.verify()).ok).toBe(true);
    // The class is one row whatever the case: a second spelling cannot be inserted.
    expect(() => db.prepare("INSERT INTO document_types (name) VALUES ('DATA PEMILIH')").run()).toThrow(/UNIQUE/);
    db.close();
  });
});
