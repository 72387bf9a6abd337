import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../main/core/audit/verifyChain';
import { addUnits, cleanupTemp, openCore, safetyTemp } from './support/archive';
import { recordSafety } from './support/tally';

// RELIABILITY #15 (the parts this issue owns): clock jumps back a year and forward past any limit —
// the audit order is kept by sequence, the backup warning and schedule stay honest, no backup is lost.
const tally = { runs: 0, jumps: 0, backups: 0 };
const DAY = 86_400_000;

describe('safety #15: clock jumps', () => {
  afterAll(() => {
    recordSafety('15 clock jumps', tally);
    cleanupTemp();
  });

  it('keeps audit order, warns about backups honestly and never rotates away the newest backup', async () => {
    let now = Date.parse('2026-11-21T08:00:00Z');
    const clock = () => new Date(now);
    const folder = safetyTemp();
    const core = openCore(join(safetyTemp(), 'arsip'), { clock });
    await core.handlers['settings.update'](
      { patch: { backupDir: folder, backupKeep: 2, backupWarnDays: 7, backupIntervalHours: 24 } },
      { actor: 'uji' },
    );

    await addUnits(core, 2);
    const first = await core.backup.create('manual', 'uji');
    expect(core.backup.status()).toMatchObject({ stale: false, clockSuspect: false });

    // Back a year: new entries carry earlier times, but the chain and its order hold.
    now -= 365 * DAY;
    tally.jumps += 1;
    await addUnits(core, 2, 'Mundur');
    let status = core.backup.status();
    expect(status.clockSuspect).toBe(true);
    expect(status.stale).toBe(true);
    expect(Date.parse(status.nextScheduledAt ?? '')).toBe(now);
    const backInTime = await core.backup.create('schedule', 'uji');
    const second = await core.backup.create('schedule', 'uji');
    // Named a year "earlier", yet the backups just made are kept; only the count limit is relaxed.
    expect(readdirSync(folder)).toEqual(expect.arrayContaining([backInTime.file, second.file].map((f) => f.slice(folder.length + 1))));
    tally.backups += 3;

    // Forward three years: the last backup is far too old, and a backup is due at once.
    now += 3 * 365 * DAY;
    tally.jumps += 1;
    status = core.backup.status();
    expect(status.clockSuspect).toBe(false);
    expect(status.stale).toBe(true);
    expect(status.ageDays).toBeGreaterThan(700);
    expect(Date.parse(status.nextScheduledAt ?? '')).toBe(now);
    await addUnits(core, 1, 'Maju');

    const chain = verifyAuditChain(core.db);
    expect(chain.ok).toBe(true);
    const seqs = (await core.handlers['audit.list']({ limit: 1000 }, { actor: 'uji' })).map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(first.auditHead).not.toBeNull();
    core.close();
    tally.runs += 1;
  });
});
