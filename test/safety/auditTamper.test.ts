import { randomInt } from 'node:crypto';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashRow } from '../../main/core/audit/audit.service';
import { createAuditRowsReader, type AuditRow } from '../../main/core/audit/audit.repo';
import { verifyAuditChain, type AuditAnchor } from '../../main/core/audit/verifyChain';
import { verifyBackupFile } from '../../main/core/backup/readBackup';
import type { Db } from '../../main/core/db/connection';
import { addUnits, cleanupTemp, openCore, rawOpen, safetyTemp } from './support/archive';
import { recordSafety, soak } from './support/tally';
import { TEST_KEY } from './support/backupKeys';

// RELIABILITY #14: audit tampering through a raw connection (edit, delete, reorder, truncate):
// verify names the first bad entry; truncation is caught against the anchor kept in a backup.
const tally: Record<string, number> = { runs: 0, edit: 0, delete: 0, reorder: 0, truncate: 0, rewrite: 0 };
let template = '';
let anchor: AuditAnchor;
let total = 0;

/** An attacker with the file: the triggers that guard the table are dropped first. */
function tamperable(): { db: Db; close: () => void } {
  const dir = join(safetyTemp(), 'arsip');
  cpSync(template, dir, { recursive: true });
  const db = rawOpen(join(dir, 'lemari.sqlite'), false);
  db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
  return { db, close: () => db.close() };
}

describe('safety #14: audit tampering', () => {
  beforeAll(async () => {
    template = join(safetyTemp(), 'template');
    const core = openCore(template);
    await addUnits(core, 30);
    const backup = await core.backup.create('manual', 'uji', join(safetyTemp(), 'anker.lemari-backup'));
    // The backup is encrypted: its bag-info is read with the key.
    const { info } = await verifyBackupFile(backup.file, { key: TEST_KEY });
    if (!info.auditHead) throw new Error('backup has no audit head');
    anchor = { seq: info.auditCount, hash: info.auditHead };
    total = core.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_events').get()?.n ?? 0;
    core.close();
  });
  afterAll(() => {
    recordSafety('14 audit tampering', tally);
    cleanupTemp();
  });

  it('a clean chain verifies, with and without its anchor', () => {
    const { db, close } = tamperable();
    expect(verifyAuditChain(db, anchor)).toMatchObject({ ok: true, headSeq: total });
    close();
  });

  it('edits, deletions and reorders name the first bad entry', () => {
    for (let i = 0; i < soak(10, 200); i += 1) {
      for (const kind of ['edit', 'delete', 'reorder'] as const) {
        const { db, close } = tamperable();
        const seq = randomInt(1, total - 1);
        if (kind === 'edit') db.prepare("UPDATE audit_events SET actor = 'penyusup' WHERE seq = ?").run(seq);
        if (kind === 'delete') db.prepare('DELETE FROM audit_events WHERE seq = ?').run(seq);
        if (kind === 'reorder') {
          db.prepare('UPDATE audit_events SET seq = -1 WHERE seq = ?').run(seq);
          db.prepare('UPDATE audit_events SET seq = ? WHERE seq = ?').run(seq, seq + 1);
          db.prepare('UPDATE audit_events SET seq = ? WHERE seq = -1').run(seq + 1);
        }
        const report = verifyAuditChain(db, anchor);
        expect(report.ok, `${kind} at ${String(seq)}`).toBe(false);
        expect(report.firstBadSeq, `${kind} at ${String(seq)}`).toBe(seq);
        close();
        tally[kind] = (tally[kind] ?? 0) + 1;
        tally.runs = (tally.runs ?? 0) + 1;
      }
    }
  });

  it('a cut-off tail passes the chain alone but is caught against the backup’s anchor', () => {
    for (let i = 0; i < soak(5, 100); i += 1) {
      const { db, close } = tamperable();
      const keep = randomInt(1, anchor.seq);
      db.prepare('DELETE FROM audit_events WHERE seq > ?').run(keep);
      expect(verifyAuditChain(db).ok).toBe(true);
      expect(verifyAuditChain(db, anchor)).toMatchObject({ ok: false, problem: 'truncated', firstBadSeq: keep + 1 });
      close();
      tally.truncate = (tally.truncate ?? 0) + 1;
      tally.runs = (tally.runs ?? 0) + 1;
    }
  });

  it('a chain rewritten with fresh hashes from some entry on is caught against the anchor', () => {
    for (let i = 0; i < soak(5, 100); i += 1) {
      const { db, close } = tamperable();
      const from = randomInt(1, anchor.seq + 1);
      // The careful attacker: edit an entry, then recompute every hash after it so the chain links again.
      const rows = db.prepare<[number], AuditRow>('SELECT * FROM audit_events WHERE seq >= ? ORDER BY seq').all(from);
      let prev =
        from === 1
          ? GENESIS_HASH
          : (db.prepare<[number], { hash: string }>('SELECT hash FROM audit_events WHERE seq = ?').get(from - 1)?.hash ?? GENESIS_HASH);
      const update = db.prepare<[string, string, string, number]>(
        'UPDATE audit_events SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?',
      );
      for (const row of rows) {
        const actor = row.seq === from ? 'penyusup' : row.actor;
        const { hash: _old, ...rest } = { ...row, actor, prev_hash: prev };
        const hash = hashRow(rest, createAuditRowsReader(db).ofEvent(row.seq));
        update.run(actor, prev, hash, row.seq);
        prev = hash;
      }
      expect(verifyAuditChain(db).ok).toBe(true);
      expect(verifyAuditChain(db, anchor)).toMatchObject({ ok: false, problem: 'anchor_mismatch', firstBadSeq: anchor.seq });
      close();
      tally.rewrite = (tally.rewrite ?? 0) + 1;
      tally.runs = (tally.runs ?? 0) + 1;
    }
  });
});
