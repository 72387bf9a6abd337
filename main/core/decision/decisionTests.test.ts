import { describe, expect, it } from 'vitest';
import { emptyExemptionFields, type TestFields } from '../../../shared/domain/exemption';
import { statusLabel } from '../../../shared/domain/approval';
import { dispatchCore } from '../../../test/support/dispatchCore';

const setup = () => dispatchCore('2025-04-10T03:00:00Z');

function test(entryIds: number[], place: string): TestFields {
  return {
    heldOn: '2025-04-10',
    place,
    trigger: 'sebelum_permohonan',
    requestRef: '',
    documentExamined: 'Daftar pemilih tetap',
    entryIds,
    participants: [
      { name: 'Rina Marlina', role: 'PPID', unit: '' },
      { name: 'Budi Santoso', role: 'Unit yang menguasai informasi', unit: 'Subbagian Teknis' },
    ],
    harm: 'Data pribadi pemilih dapat disalahgunakan.',
    publicInterest: 'Rekapitulasi agregat sudah terbuka.',
    balance: 'Kerugian lebih besar daripada manfaat membuka.',
    conclusion: 'dikecualikan',
    periodText: '5 Tahun',
  };
}

/** Two exempted entries, each with its own concluded test, both approved: one SK fixes them on both tests. */
async function twoApproved(s: ReturnType<typeof setup>) {
  const { call } = s;
  const rina = await s.firstPpid({ name: 'Rina Marlina' });
  const budi = await call('user.create', { fields: { name: 'Budi Santoso', nip: '', jabatan: 'Staf', roles: ['petugas'], active: true } });
  const sri = await call('user.create', {
    fields: { name: 'Sri Wahyuni', nip: '', jabatan: 'Sekda', roles: ['atasan_ppid'], active: true },
  });
  const made = [];
  for (const judul of ['NIK pemilih', 'Alamat lengkap pemilih']) {
    await s.signInAs(budi);
    const x = await call('exemption.create', {
      fields: {
        ...emptyExemptionFields,
        judul,
        informasi: judul,
        grounds: ['17h3'],
        konsekuensiDibuka: 'Disalahgunakan.',
        konsekuensiDitutup: 'Terlindungi.',
        periodText: '5 Tahun',
      },
    });
    const t = await call('consequence.create', { fields: test([x.entryId], `Ruang ${judul}`) });
    await s.signInAs(rina);
    await call('consequence.conclude', { id: t.id, expectedVersion: t.version });
    await s.signInAs(budi);
    const current = await call('exemption.get', { entryId: x.entryId });
    const submitted = await call('exemption.submit', { entryId: x.entryId, expectedVersion: current.version, note: '' });
    await s.signInAs(sri);
    await call('exemption.approve', { entryId: x.entryId, expectedVersion: submitted.version, note: '' });
    made.push({ entryId: x.entryId, testId: t.id });
  }
  await s.signInAs(budi);
  return made;
}

const sk = {
  number: '300.2.11 / 1864 / IV / 2025',
  date: '2025-04-14',
  signerName: 'Sri Wahyuni',
  signerPosition: 'Sekda',
  scanSha256: null,
};

describe('an SK rests on several Uji Konsekuensi', () => {
  it('records every test the SK names, and lists them back', async () => {
    const s = setup();
    const [a, b] = await twoApproved(s);
    if (!a || !b) throw new Error('two entries expected');
    const decision = await s.call('decision.create', {
      fields: { ...sk, entryIds: [a.entryId, b.entryId], testIds: [b.testId, a.testId] },
    });
    expect(decision.testIds).toEqual([a.testId, b.testId].sort((x, y) => x - y));
    expect((await s.call('decision.list', {}))[0]?.testIds).toEqual(decision.testIds);
  });

  it('refuses an SK naming a test that is not concluded', async () => {
    const s = setup();
    const [a] = await twoApproved(s);
    if (!a) throw new Error('entry expected');
    const draft = await s.call('consequence.create', { fields: { ...test([a.entryId], 'x'), conclusion: null } });
    const error = await s.refuse('decision.create', { fields: { ...sk, entryIds: [a.entryId], testIds: [a.testId, draft.id] } });
    expect(error.code).toBe('invalid_input');
    expect(await s.call('decision.list', {})).toEqual([]);
  });

  it('reads "Ditetapkan" once the SK is recorded, "Disetujui" before', async () => {
    const s = setup();
    const [a] = await twoApproved(s);
    if (!a) throw new Error('entry expected');
    expect(statusLabel(await s.call('exemption.get', { entryId: a.entryId }))).toBe('approved');
    await s.call('decision.create', { fields: { ...sk, entryIds: [a.entryId], testIds: [a.testId] } });
    expect(statusLabel(await s.call('exemption.get', { entryId: a.entryId }))).toBe('decided');
  });
});
