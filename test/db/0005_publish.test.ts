import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { tempDir } from '../support/tempArchive';

describe('migration 0005 (publish)', () => {
  it('creates editions, which refuse every UPDATE and DELETE', () => {
    const db = openDatabase(join(tempDir(), 'lemari.sqlite'));
    migrate(db, { to: 5, backupPath: () => join(tempDir(), 'pre.sqlite') });
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    db.prepare(
      `INSERT INTO editions (list, year, decision_number, decision_date, place, signer_position, signer_name, signer_nip,
         row_count, snapshot_json, snapshot_sha256, published_at, published_by)
       VALUES ('dip', 2026, '1/2026', '2026-01-12', 'Sukamaju', 'PPID', 'Siti', '', 0, '{}', 'x', '2026-01-12T00:00:00Z', 'petugas')`,
    ).run();
    expect(() => db.prepare("UPDATE editions SET decision_number = '2/2026'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM editions').run()).toThrow(/immutable/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO editions (list, year, decision_number, decision_date, place, signer_position, signer_name, signer_nip, row_count, snapshot_json, snapshot_sha256, published_at, published_by) VALUES ('daftar', 2026, '', '', '', '', '', '', 0, '{}', 'x', '', '')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
