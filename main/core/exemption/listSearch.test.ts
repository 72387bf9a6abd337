import { describe, expect, it } from 'vitest';
import { emptyExemptionFields, type ExemptionFields, type TestFields } from '../../../shared/domain/exemption';
import { dispatchCore } from '../../../test/support/dispatchCore';

/** Issue 12 item 9: the DIK, test and SK lists are searched and filtered by main, through dispatch. */
const dik = (judul: string, year: number, more: Partial<ExemptionFields> = {}): ExemptionFields => ({
  ...emptyExemptionFields,
  judul,
  informasi: `${judul}: rincian`,
  dokumen: judul,
  year,
  grounds: ['17h3'],
  konsekuensiDibuka: 'Merugikan pribadi pegawai.',
  konsekuensiDitutup: 'Data pribadi terlindungi.',
  periodText: '5 Tahun',
  anchor: 'sk',
  ...more,
});

const test = (entryIds: number[], heldOn: string, documentExamined: string): TestFields => ({
  heldOn,
  place: 'Ruang rapat PPID',
  trigger: 'sebelum_permohonan',
  requestRef: '',
  documentExamined,
  entryIds,
  participants: [
    { name: 'Rina Marlina', role: 'PPID', unit: '' },
    { name: 'Budi Santoso', role: 'Unit', unit: 'Kepegawaian' },
  ],
  harm: 'Dapat disalahgunakan.',
  publicInterest: 'Terpenuhi oleh data agregat.',
  balance: 'Kerugian lebih besar.',
  conclusion: 'dikecualikan',
  periodText: '5 Tahun',
});

async function office() {
  const s = dispatchCore('2026-03-02T02:00:00Z');
  const rina = await s.firstPpid({ name: 'Rina Marlina' });
  const sri = await s.call('user.create', {
    fields: { name: 'Sri Wahyuni', nip: '', jabatan: 'Sekda', roles: ['atasan_ppid'], active: true },
  });
  const salary = await s.call('exemption.create', {
    fields: dik('Data gaji dan rekening pegawai', 2025, { jenisDokumen: 'Data kepegawaian' }),
  });
  const voters = await s.call('exemption.create', {
    fields: dik('Data pemilih dengan NIK lengkap', 2024, { jenisDokumen: 'Data pemilih' }),
  });
  const t1 = await s.call('consequence.create', { fields: test([salary.entryId], '2025-04-10', 'Daftar gaji pegawai 2024') });
  const t2 = await s.call('consequence.create', { fields: test([voters.entryId], '2024-11-02', 'DPT Kabupaten Pinrang') });
  await s.call('consequence.conclude', { id: t1.id, expectedVersion: t1.version });
  const submitted = await s.call('exemption.submit', {
    entryId: salary.entryId,
    expectedVersion: (await s.call('exemption.get', { entryId: salary.entryId })).version,
    note: '',
  });
  await s.signInAs(sri);
  await s.call('exemption.approve', { entryId: salary.entryId, expectedVersion: submitted.version, note: '' });
  await s.signInAs(rina);
  await s.call('decision.create', {
    fields: {
      number: '555/112/Diskominfo-SP/IV/2025',
      date: '2025-04-14',
      signerName: 'Sri Wahyuni',
      signerPosition: 'Sekretaris Daerah',
      entryIds: [salary.entryId],
      testIds: [t1.id],
      scanSha256: null,
    },
  });
  return { s, t1, t2 };
}

describe('searching and filtering the DIK, test and SK lists in main', () => {
  it('the DIK list: words of the judul, informasi or jenis dokumen, and the year', async () => {
    const { s } = await office();
    const titles = async (input: object) => (await s.call('exemption.list', input)).map((x) => x.judul);
    expect(await titles({})).toHaveLength(2);
    expect(await titles({ search: 'rekening  GAJI' })).toEqual(['Data gaji dan rekening pegawai']);
    expect(await titles({ search: 'data pemilih' })).toEqual(['Data pemilih dengan NIK lengkap']);
    expect(await titles({ year: 2024 })).toEqual(['Data pemilih dengan NIK lengkap']);
    expect(await titles({ search: 'gaji', year: 2024 })).toEqual([]);
    expect(await titles({ search: 'gaji', status: 'approved' })).toEqual(['Data gaji dan rekening pegawai']);
    expect(await titles({ search: 'tidak ada sama sekali' })).toEqual([]);
  });

  it('the test list: by code, words, year held and status', async () => {
    const { s, t1, t2 } = await office();
    const ids = async (input: object) => (await s.call('consequence.list', input)).map((x) => x.id);
    expect((await ids({})).sort()).toEqual([t1.id, t2.id].sort());
    expect(await ids({ search: 'DPT pinrang' })).toEqual([t2.id]);
    expect(await ids({ search: `UK-${String(t1.id).padStart(4, '0')}` })).toEqual([t1.id]);
    expect(await ids({ year: 2025 })).toEqual([t1.id]);
    expect(await ids({ status: 'draft' })).toEqual([t2.id]);
    expect(await ids({ status: 'concluded', year: 2024 })).toEqual([]);
  });

  it('the SK list: by number parts, signer, year and scan', async () => {
    const { s } = await office();
    const numbers = async (input: object) => (await s.call('decision.list', input)).map((x) => x.number);
    expect(await numbers({ search: '112/diskominfo' })).toEqual(['555/112/Diskominfo-SP/IV/2025']);
    expect(await numbers({ search: 'wahyuni' })).toHaveLength(1);
    expect(await numbers({ year: 2024 })).toEqual([]);
    expect(await numbers({ scan: 'without' })).toHaveLength(1);
    expect(await numbers({ scan: 'with' })).toEqual([]);
  });

  it('refuses an over-long search and an impossible year as invalid input, naming the field', async () => {
    const { s } = await office();
    expect(await s.refuse('exemption.list', { search: 'x'.repeat(201) })).toMatchObject({ code: 'invalid_input', field: 'search' });
    expect(await s.refuse('decision.list', { year: 12 })).toMatchObject({ code: 'invalid_input', field: 'year' });
  });
});
