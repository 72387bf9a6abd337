import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/domain/user';
import { emptyExemptionFields, type ExemptionFields, type TestFields } from '../../../shared/domain/exemption';
import { dispatchCore } from '../../../test/support/dispatchCore';

type Desk = ReturnType<typeof dispatchCore>;

const salary: ExemptionFields = {
  ...emptyExemptionFields,
  judul: 'Data gaji dan rekening pegawai',
  informasi: 'Nomor rekening bank dan rincian penghasilan pegawai',
  grounds: ['17h3'],
  periodText: '20 Tahun',
};

/** The desk's draft: what is tested, who met, but not yet what the meeting weighed and decided. */
const draftOf = (entryIds: number[]): TestFields => ({
  heldOn: '2025-04-10',
  place: 'Ruang rapat PPID',
  trigger: 'sebelum_permohonan',
  requestRef: '',
  documentExamined: 'Daftar gaji pegawai 2024',
  entryIds,
  participants: [
    { name: 'Rina Marlina', role: 'PPID', unit: '' },
    { name: 'Andi Baso', role: 'Tim Pertimbangan', unit: 'Inspektorat' },
  ],
  harm: '',
  publicInterest: '',
  balance: '',
  conclusion: null,
  periodText: '',
});

const meeting = {
  heldOn: '2025-04-10',
  place: 'Ruang rapat PPID',
  participants: draftOf([]).participants,
  harm: 'Dapat disalahgunakan untuk penipuan terhadap pegawai.',
  publicInterest: 'Terpenuhi oleh anggaran belanja pegawai secara agregat.',
  balance: 'Kerugian lebih besar daripada manfaat membuka.',
  conclusion: 'dikecualikan' as const,
  periodText: '',
};

/** Who is at the laptop: the first person is the first run's PPID; each later one is added and signs in. */
async function actAs(s: Desk, name: string, roles: Role[]): Promise<number> {
  if (s.context().sessionId === undefined) return (await s.firstPpid({ name, roles })).id;
  const user = await s.call('user.create', { fields: { name, nip: '', jabatan: '', roles, active: true } });
  await s.signInAs(user);
  return user.id;
}

async function draftedTest() {
  const s = dispatchCore('2025-04-10T03:00:00Z');
  const ppid = await actAs(s, 'Rina Marlina', ['ppid']);
  const entry = await s.call('exemption.create', { fields: salary });
  const test = await s.call('consequence.create', { fields: draftOf([entry.entryId]) });
  return { ...s, ppid, entry, test };
}

describe('the Tim Pertimbangan concludes the consequence test', () => {
  it('concludes with only the conclude right, writing the meeting fields in the same call', async () => {
    const desk = await draftedTest();
    const { call, refuse, test } = desk;
    await actAs(desk, 'Andi Baso', ['tim_pertimbangan']);
    // The tim may not edit the draft (that is the desk's right)…
    expect((await refuse('consequence.update', { id: test.id, fields: draftOf(test.entryIds), expectedVersion: test.version })).code).toBe(
      'forbidden',
    );
    // …but concludes it, recording what the meeting weighed.
    const concluded = await call('consequence.conclude', { id: test.id, expectedVersion: test.version, fields: meeting });
    expect(concluded.concludedBy).toBe('Andi Baso');
    expect(concluded.harm).toBe(meeting.harm);
    expect(concluded.conclusion).toBe('dikecualikan');
    // The period is the item's Jangka Waktu, not retyped.
    expect(concluded.periodText).toBe('20 Tahun');
    expect(concluded.missing).toEqual([]);
    const trail = await call('audit.list', { entityType: 'consequence_test', entityId: String(test.id) });
    expect(trail.map((r) => r.action)).toContain('consequence.conclude');
  });

  it('refuses a petugas-only profile, and changes nothing', async () => {
    const desk = await draftedTest();
    const { call, refuse, test } = desk;
    await actAs(desk, 'Budi Santoso', ['petugas']);
    const error = await refuse('consequence.conclude', { id: test.id, expectedVersion: test.version, fields: meeting });
    expect(error.code).toBe('forbidden');
    const after = await call('consequence.get', { id: test.id });
    expect(after.concludedAt).toBeNull();
    expect(after.harm).toBe('');
  });

  it('still refuses an incomplete test, and the draft stays as it was', async () => {
    const desk = await draftedTest();
    const { call, refuse, test } = desk;
    await actAs(desk, 'Andi Baso', ['tim_pertimbangan']);
    const error = await refuse('consequence.conclude', { id: test.id, expectedVersion: test.version, fields: { ...meeting, balance: '' } });
    expect(error.code).toBe('invalid_input');
    expect((await call('consequence.get', { id: test.id })).version).toBe(test.version);
  });
});
