import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../shared/domain/entry';
import { ANCHOR_FILE, readAnchorFile } from '../../main/core/audit/anchorFile';
import { main } from '../../main/cli';
import { createCore, DB_FILE } from '../../main/core/createCore';
import { tempDir } from '../support/tempArchive';
import './support/backupKeys';

// RELIABILITY #21 (issue 13 #4): the chain is checked against anchors kept outside the database, and every
// audited row against the hash its last event recorded. Each case fails on the code before: audit.verify
// answered ok after a trigger was dropped and events deleted, and a raw edit of an entry was never seen.
const ctx = { actor: 'uji' };

async function archiveWithEntries(count: number) {
  const dir = tempDir();
  const core = createCore({ archiveDir: dir, background: false });
  const ids: number[] = [];
  for (let i = 1; i <= count; i += 1) {
    const created = await core.handlers['entry.create'](
      { fields: { ...emptyEntryFields('berkala', 2025), judul: `Laporan Keuangan ${String(i)}` } },
      ctx,
    );
    ids.push(created.id);
  }
  core.close();
  return { dir, ids };
}

async function cli(dir: string): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
  const code = await main(['verify', '--archive', dir], io);
  return { code, text: lines.join('\n') };
}

async function verify(dir: string) {
  const core = createCore({ archiveDir: dir, background: false });
  try {
    return await core.handlers['audit.verify']({}, ctx);
  } finally {
    core.close();
  }
}

describe('safety #21: audit anchors outside the database and row hashes', () => {
  it('a clean archive verifies, with its anchor file beside the database', async () => {
    const { dir } = await archiveWithEntries(3);
    // Three entries after the archive's seed record (#1).
    expect(readAnchorFile(join(dir, ANCHOR_FILE))).toMatchObject({ seq: 4 });
    expect(await verify(dir)).toMatchObject({ ok: true, checked: 4, changedRows: [], firstBadSeq: null });
    expect((await cli(dir)).code).toBe(0);
  });

  it('an entry edited through a raw connection is named by audit.verify and lemari verify', async () => {
    const { dir, ids } = await archiveWithEntries(4);
    const raw = new Database(join(dir, DB_FILE));
    raw.prepare("UPDATE entries SET ringkasan = 'diubah diam-diam' WHERE id = ?").run(ids[2]);
    raw.close();
    const report = await verify(dir);
    expect(report.ok).toBe(false);
    // The chain itself is whole: only the row hash can see this.
    expect(report.firstBadSeq).toBeNull();
    expect(report.changedRows).toEqual([{ table: 'entries', id: String(ids[2]), seq: 4, label: 'Laporan Keuangan 3', state: 'changed' }]);
    const out = await cli(dir);
    expect(out.code).toBe(1);
    expect(out.text).toContain(`changed: entries #${String(ids[2])} “Laporan Keuangan 3”`);
  });

  it('a row deleted, or one added back after its delete, through a raw connection is named', async () => {
    const { dir, ids } = await archiveWithEntries(2);
    const raw = new Database(join(dir, DB_FILE));
    raw.pragma('foreign_keys = OFF');
    raw.prepare('DELETE FROM entries WHERE id = ?').run(ids[0]);
    raw.close();
    expect((await verify(dir)).changedRows).toMatchObject([{ table: 'entries', id: String(ids[0]), state: 'missing' }]);
  });

  it('dropping the delete trigger and removing the last 19 events fails against the anchor file', async () => {
    const { dir } = await archiveWithEntries(25);
    const raw = new Database(join(dir, DB_FILE));
    raw.exec('DROP TRIGGER audit_events_no_delete; DROP TRIGGER audit_rows_no_delete');
    // Event #1 is the seed record, so entry n was written by event n + 1.
    raw.prepare('DELETE FROM audit_rows WHERE event_seq > 7').run();
    raw.prepare('DELETE FROM audit_events WHERE seq > 7').run();
    raw.prepare('DELETE FROM entries WHERE id > 6').run();
    raw.close();
    const report = await verify(dir);
    expect(report).toMatchObject({ ok: false, problem: 'truncated', firstBadSeq: 8, failedAnchor: join(dir, ANCHOR_FILE) });
    // A later change through Lemari does not paper over it: the anchor that caught the cut stays.
    const core = createCore({ archiveDir: dir, background: false });
    await core.handlers['entry.create']({ fields: { ...emptyEntryFields('berkala', 2025), judul: 'Sesudah' } }, ctx);
    core.close();
    expect(readAnchorFile(join(dir, ANCHOR_FILE))).toMatchObject({ seq: 26 });
    const out = await cli(dir);
    expect(out.code).toBe(1);
    // Two events were added since (the create, and the vault check lemari verify records): the anchor's #26 is still missing.
    expect(out.text).toMatch(/first bad entry: #\d+ \(truncated\)/);
    expect(out.text).toMatch(/anchor #26 /);
  });

  it('a rewritten tail (events re-hashed behind the app) fails against the anchor a backup left beside it', async () => {
    const { dir } = await archiveWithEntries(5);
    const core = createCore({ archiveDir: dir, background: false });
    await core.backup.create('manual', 'uji', null, { passphrase: 'kata sandi panjang' });
    core.close();
    expect(existsSync(join(dir, 'backups', ANCHOR_FILE))).toBe(true);
    // Remove the archive's own anchor: the backup folder's copy must still catch the cut.
    const raw = new Database(join(dir, DB_FILE));
    raw.exec('DROP TRIGGER audit_events_no_delete; DROP TRIGGER audit_rows_no_delete');
    raw.prepare('DELETE FROM audit_rows WHERE event_seq > 3').run();
    raw.prepare('DELETE FROM audit_events WHERE seq > 3').run();
    raw.close();
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, ANCHOR_FILE));
    const report = await verify(dir);
    expect(report).toMatchObject({ ok: false, problem: 'truncated', firstBadSeq: 4 });
    expect(report.failedAnchor).toContain('backups');
  });

  it('editing a row hash in audit_rows breaks the chain at that event', async () => {
    const { dir } = await archiveWithEntries(3);
    const raw = new Database(join(dir, DB_FILE));
    raw.exec('DROP TRIGGER audit_rows_no_update');
    raw.prepare("UPDATE audit_rows SET row_hash = '00' WHERE event_seq = 2").run();
    raw.close();
    expect(await verify(dir)).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'content' });
  });
});
