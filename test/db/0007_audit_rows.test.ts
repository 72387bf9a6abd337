import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/createCore';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { migrations } from '../../main/core/db/migrations';
import { createAuditService, GENESIS_HASH, hashRow } from '../../main/core/audit/audit.service';
import { verifyAuditChain } from '../../main/core/audit/verifyChain';
import { tempDir } from '../support/tempArchive';

describe('migration 7 (audit row hashes)', () => {
  it('adds an append-only audit_rows table; events written before it keep verifying', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'lemari.sqlite'));
    migrate(db, { migrations: migrations.filter((m) => m.version < 7), backupPath: () => join(dir, 'b6') });
    // An event as version 6 wrote it (no row lines in its hash).
    const base = {
      seq: 1,
      at: '2026-12-01T00:00:00.000Z',
      actor: 'uji',
      action: 'unit.create',
      entity_type: 'unit',
      entity_id: '1',
      before_json: null,
      after_json: '{"name":"Bidang Umum"}',
      prev_hash: GENESIS_HASH,
    };
    db.prepare(
      'INSERT INTO audit_events (seq, at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash) VALUES (@seq, @at, @actor, @action, @entity_type, @entity_id, @before_json, @after_json, @prev_hash, @hash)',
    ).run({ ...base, hash: hashRow(base) });
    expect(migrate(db, { migrations, to: 7, backupPath: () => join(dir, 'b7') })).toMatchObject({ from: 6, to: 7 });
    expect(createAuditService(db, () => new Date()).count()).toBe(1);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, checked: 1 });
    expect(() => db.prepare("INSERT INTO audit_rows VALUES (1, 'units', '1', 'x')").run()).not.toThrow();
    expect(() => db.prepare("UPDATE audit_rows SET row_hash = 'y'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_rows').run()).toThrow(/append-only/);
    db.close();
    const core = createCore({ archiveDir: dir, background: false });
    // The row line added by hand above is not covered by event 1's hash: the chain names it.
    expect(await core.handlers['audit.verify']({}, { actor: 'uji' })).toMatchObject({ ok: false, firstBadSeq: 1, problem: 'content' });
    core.close();
  });
});
