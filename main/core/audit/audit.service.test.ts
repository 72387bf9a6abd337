import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/tempArchive';
import { createCore, DB_FILE } from '../createCore';

const ctx = { actor: 'uji' };

async function archiveWithChanges(count: number) {
  const dir = tempDir();
  const core = createCore({ archiveDir: dir });
  for (let i = 1; i <= count; i += 1) {
    await core.handlers['unit.create']({ fields: { name: `Unit ${String(i)}`, kind: 'bidang', head: '', active: true } }, ctx);
  }
  return { dir, core };
}

describe('the audit chain', () => {
  it('records each change with who, what, before and after, chained by hash', async () => {
    const { core } = await archiveWithChanges(2);
    const [unit] = await core.handlers['unit.list']({ includeInactive: false }, ctx);
    if (!unit) throw new Error('no unit');
    await core.handlers['unit.update'](
      { id: unit.id, fields: { name: unit.name, kind: 'bagian', head: 'Bu Ani', active: true }, expectedVersion: unit.version },
      ctx,
    );
    const events = await core.handlers['audit.list']({ limit: 10 }, ctx);
    // The first event is the new archive's own: the rows its migrations seeded, hashed (seedBaseline.ts).
    expect(events.map((e) => e.action)).toEqual(['unit.update', 'unit.create', 'unit.create', 'archive.seed']);
    expect(events[0]).toMatchObject({
      actor: 'uji',
      entityType: 'unit',
      entityId: String(unit.id),
      before: { kind: 'bidang' },
      after: { kind: 'bagian', head: 'Bu Ani' },
    });
    expect(await core.handlers['audit.verify']({}, ctx)).toMatchObject({
      ok: true,
      checked: 4,
      headHash: events[0]?.hash,
      firstBadSeq: null,
      changedRows: [],
    });
    core.close();
  });

  it('writes nothing when the change fails (same transaction)', async () => {
    const { core } = await archiveWithChanges(1);
    await expect(async () =>
      core.handlers['unit.create']({ fields: { name: 'unit 1', kind: 'bidang', head: '', active: true } }, ctx),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await core.handlers['audit.verify']({}, ctx)).checked).toBe(2);
    core.close();
  });

  it('names the first tampered entry when a row is edited behind the app’s back', async () => {
    const { dir, core } = await archiveWithChanges(4);
    core.close();
    const raw = new Database(join(dir, DB_FILE));
    raw.exec('DROP TRIGGER audit_events_no_update');
    raw.prepare("UPDATE audit_events SET actor = 'penyusup' WHERE seq = 3").run();
    raw.close();
    const reopened = createCore({ archiveDir: dir });
    expect(await reopened.handlers['audit.verify']({}, ctx)).toMatchObject({ ok: false, firstBadSeq: 3, checked: 2 });
    reopened.close();
  });

  it('names a seeded row edited behind the app’s back: a holiday moved, a Pasal 17 label, a role rule', async () => {
    const { dir, core } = await archiveWithChanges(0);
    expect(await core.handlers['audit.verify']({}, ctx)).toMatchObject({ ok: true, changedRows: [] });
    const holiday = core.db.prepare<[], string>('SELECT date FROM holidays ORDER BY date LIMIT 1').pluck().get();
    core.close();
    const raw = new Database(join(dir, DB_FILE));
    raw.prepare("UPDATE holidays SET name = 'Hari kerja' WHERE date = ?").run(holiday);
    raw.prepare("UPDATE pasal17_grounds SET label_id = 'boleh dibuka' WHERE code = '17a'").run();
    raw.prepare("UPDATE role_rules SET roles_json = '[\"staf\"]' WHERE act = 'approve'").run();
    raw.prepare("INSERT INTO holidays (date, name, kind) VALUES ('2031-01-02', 'Libur palsu', 'libur_nasional')").run();
    raw.close();
    const reopened = createCore({ archiveDir: dir });
    const verify = await reopened.handlers['audit.verify']({}, ctx);
    expect(verify.ok).toBe(false);
    expect(verify.changedRows.map((row) => `${row.table}:${row.id}:${row.state}`)).toEqual(
      expect.arrayContaining([
        `holidays:${String(holiday)}:changed`,
        'pasal17_grounds:17a:changed',
        'role_rules:approve:changed',
        'holidays:2031-01-02:unrecorded',
      ]),
    );
    reopened.close();
  });

  it('names the gap when an entry is deleted', async () => {
    const { dir, core } = await archiveWithChanges(4);
    core.close();
    const raw = new Database(join(dir, DB_FILE));
    raw.exec('DROP TRIGGER audit_events_no_delete');
    raw.prepare('DELETE FROM audit_events WHERE seq = 2').run();
    raw.close();
    const reopened = createCore({ archiveDir: dir });
    // The missing number itself is the first bad entry (the chain check shared with restore and lemari verify).
    expect(await reopened.handlers['audit.verify']({}, ctx)).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'sequence' });
    reopened.close();
  });
});
