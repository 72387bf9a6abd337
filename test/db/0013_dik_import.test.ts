import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { tempDir } from '../support/tempArchive';

describe('migration 13 (imported DIK review)', () => {
  it('marks no existing exemption as imported and accepts only JSON review points', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'lemari.sqlite'));
    migrate(db, { to: 10, backupPath: () => join(dir, 'b10') });
    db.prepare("INSERT INTO entries (category, judul, created_at, updated_at) VALUES ('dikecualikan', 'Data gaji', 't', 't')").run();
    db.prepare(
      "INSERT INTO exemptions (entry_id, anchor, period_kind, status, updated_at) VALUES (1, 'sk', 'lasting', 'approved', 't')",
    ).run();
    const report = migrate(db, { to: 13, backupPath: () => join(dir, 'b13') });
    expect(report).toMatchObject({ from: 10, to: 13 });
    expect(db.prepare('SELECT import_review_json FROM exemptions WHERE entry_id = 1').pluck().get()).toBeNull();
    db.prepare("INSERT INTO entries (category, judul, created_at, updated_at) VALUES ('dikecualikan', 'Rekam medis', 't', 't')").run();
    const insert = db.prepare(
      "INSERT INTO exemptions (entry_id, anchor, period_kind, status, import_review_json, updated_at) VALUES (2, 'sk', 'lasting', 'approved', ?, 't')",
    );
    expect(() => insert.run('not json')).toThrow(/CHECK/);
    insert.run('[{"key":"citation.groundIncomplete","params":{"text":"Pasal 17"}}]');
    db.close();
  });
});
