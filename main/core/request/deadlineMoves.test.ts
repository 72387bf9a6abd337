import { describe, expect, it } from 'vitest';
import { requestDesk, walkIn } from '../../../test/support/requestFixtures';

/** Issue 14 item 2: a holiday added, changed or removed later moves the open deadlines, and says so in each request's history. */
describe('a holiday edit records every open deadline it moves', () => {
  async function twoRequests() {
    const desk = requestDesk('2026-12-01T05:00:00Z');
    // Received Tuesday 1 December 2026 (WIB): 10 working days → Tuesday 15 December.
    const open = await desk.call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    const other = await desk.call('request.create', { fields: walkIn('2026-12-01T03:00:00Z', 'Laporan keuangan 2025') });
    const answered = await desk.call('request.decide', {
      id: other.id,
      expectedVersion: other.version,
      decision: { status: 'tidak_dikuasai', note: 'Dikuasai Dinas Keuangan' },
    });
    return { desk, open, answered };
  }

  it('added → moved a working day later; renamed → nothing moves; removed → moved back; each with who, the dates and the holiday', async () => {
    const { desk, open, answered } = await twoRequests();
    expect(open.dueOn).toBe('2026-12-15');
    expect(open.deadlineMoves).toEqual([]);

    await desk.call('holiday.save', { holiday: { date: '2026-12-07', name: 'Hari Jadi Kota Kupang', kind: 'libur_nasional' } });
    const moved = await desk.call('request.get', { id: open.id });
    expect(moved.dueOn).toBe('2026-12-16');
    expect(moved.deadlineMoves).toEqual([
      {
        at: expect.any(String) as string,
        actor: 'Rina Marlina',
        from: '2026-12-15',
        to: '2026-12-16',
        holiday: { kind: 'added', date: '2026-12-07', name: 'Hari Jadi Kota Kupang' },
      },
    ]);

    // A new name for the same day moves nothing, so records nothing.
    await desk.call('holiday.save', { holiday: { date: '2026-12-07', name: 'HUT Kota Kupang', kind: 'libur_nasional' } });
    expect((await desk.call('request.get', { id: open.id })).deadlineMoves).toHaveLength(1);

    await desk.call('holiday.remove', { date: '2026-12-07' });
    const back = await desk.call('request.get', { id: open.id });
    expect(back.dueOn).toBe('2026-12-15');
    expect(back.deadlineMoves.map((m) => [m.from, m.to, m.holiday.kind, m.holiday.name])).toEqual([
      ['2026-12-15', '2026-12-16', 'added', 'Hari Jadi Kota Kupang'],
      ['2026-12-16', '2026-12-15', 'removed', 'HUT Kota Kupang'],
    ]);

    // The answered request keeps the deadline it was answered against and records no move.
    expect((await desk.call('request.get', { id: answered.id })).deadlineMoves).toEqual([]);
    const events = await desk.call('audit.list', { limit: 1000 });
    const moves = events.filter((e) => e.action === 'request.deadlineMoved');
    expect(moves.map((e) => e.entityId)).toEqual([String(open.id), String(open.id)]);
  });

  it('a holiday outside the open window moves nothing', async () => {
    const { desk, open } = await twoRequests();
    await desk.call('holiday.save', { holiday: { date: '2027-03-01', name: 'Libur uji', kind: 'cuti_bersama' } });
    expect((await desk.call('request.get', { id: open.id })).deadlineMoves).toEqual([]);
  });

  it('a holiday edit refused by role records no move (same transaction)', async () => {
    const { desk, open } = await twoRequests();
    const petugas = await desk.call('user.create', {
      fields: { name: 'Desi', nip: '', jabatan: 'Petugas', roles: ['petugas'], active: true },
    });
    await desk.signInAs(petugas);
    const error = await desk.refuse('holiday.save', { holiday: { date: '2026-12-07', name: 'Libur', kind: 'libur_nasional' } });
    expect(error.code).toBe('forbidden');
    expect((await desk.call('request.get', { id: open.id })).deadlineMoves).toEqual([]);
  });
});
