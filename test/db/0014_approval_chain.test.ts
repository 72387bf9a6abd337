import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { tempDir } from '../support/tempArchive';

describe('migration 14 (approval chain)', () => {
  it('starts an archive in use on the old behaviour (any one approver) and guards the approval rows', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'lemari.sqlite'));
    migrate(db, { to: 10, backupPath: () => join(dir, 'b10') });
    db.prepare("INSERT INTO entries (category, judul, created_at, updated_at) VALUES ('dikecualikan', 'Data pemilih', 't', 't')").run();
    db.prepare(
      "INSERT INTO exemptions (entry_id, anchor, period_kind, status, updated_at) VALUES (1, 'sk', 'lasting', 'submitted', 't')",
    ).run();
    db.prepare(
      "INSERT INTO user_profiles (name, roles_json, created_at, updated_at) VALUES ('Andi', '[\"pembina_ppid\"]', 't', 't')",
    ).run();
    const report = migrate(db, { to: 14, backupPath: () => join(dir, 'b14') });
    expect(report).toMatchObject({ from: 10, to: 14 });
    expect(db.prepare('SELECT mode, ordered, version FROM approval_chain').all()).toEqual([{ mode: 'any', ordered: 0, version: 0 }]);
    expect(() => db.prepare("INSERT INTO approval_chain (id, mode, ordered, updated_at) VALUES (2, 'all', 1, 't')").run()).toThrow(/CHECK/);

    const round = db.prepare("INSERT INTO exemption_rounds (entry_id, chain_json, opened_at) VALUES (1, '{}', 't')");
    round.run();
    expect(() => round.run()).toThrow(/UNIQUE/);
    const approval = db.prepare(
      `INSERT INTO exemption_approvals (round_id, role, approver_user_id, approver_name, via, recorded_by_user_id, recorded_by_name, scan_sha256, at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, 't')`,
    );
    approval.run('pembina_ppid', 1, 'Andi', 'signed_in', null, null, null);
    // Not twice by one person, not twice for one role.
    expect(() => approval.run('atasan_ppid', 1, 'Andi', 'signed_in', null, null, null)).toThrow(/UNIQUE/);
    expect(() => approval.run('pembina_ppid', null, 'Lain', 'paper', 1, 'Budi', 'a'.repeat(64))).toThrow(/UNIQUE|FOREIGN/);
    // A paper approval always names its recorder and its scan; a signed-in one always its profile.
    expect(() => approval.run('atasan_ppid', null, 'H. Syamsuddin', 'paper', 1, 'Budi', null)).toThrow(/CHECK/);
    expect(() => approval.run('atasan_ppid', null, 'H. Syamsuddin', 'signed_in', null, null, null)).toThrow(/CHECK/);
    expect(() => approval.run('kepala', 1, 'Andi', 'signed_in', null, null, null)).toThrow(/CHECK/);
    db.close();
  });
});
