import { describe, expect, it } from 'vitest';
import { emptyExemptionFields, type ExemptionFields, type TestFields } from '../../../shared/domain/exemption';
import { dispatchCore } from '../../../test/support/dispatchCore';
import { openedDipFields } from '../../../test/support/openedDipFields';

const setup = () => dispatchCore('2025-04-10T03:00:00Z');

const salary: ExemptionFields = {
  ...emptyExemptionFields,
  judul: 'Data gaji dan rekening pegawai',
  informasi: 'Nomor rekening bank dan rincian penghasilan pegawai',
  dokumen: 'Daftar gaji pegawai 2024',
  jenisDokumen: 'Data kepegawaian',
  grounds: ['17h3', '17h4'],
  otherBases: ['UU 27/2022 tentang Pelindungan Data Pribadi'],
  konsekuensiDibuka: 'Membuka kondisi keuangan pribadi pegawai.',
  konsekuensiDitutup: 'Data pribadi pegawai terlindungi.',
  periodText: '20 Tahun',
  anchor: 'sk',
};

function completeTest(entryIds: number[]): TestFields {
  return {
    heldOn: '2025-04-10',
    place: 'Ruang rapat PPID',
    trigger: 'sebelum_permohonan',
    requestRef: '',
    documentExamined: 'Daftar gaji pegawai 2024',
    entryIds,
    participants: [
      { name: 'Rina Marlina', role: 'PPID', unit: '' },
      { name: 'Budi Santoso', role: 'Unit yang menguasai informasi', unit: 'Subbagian Kepegawaian' },
    ],
    harm: 'Dapat disalahgunakan untuk penipuan terhadap pegawai.',
    publicInterest: 'Kepentingan publik terpenuhi oleh informasi anggaran belanja pegawai secara agregat.',
    balance: 'Kerugian lebih besar daripada manfaat membuka.',
    conclusion: 'dikecualikan',
    periodText: '20 Tahun',
  };
}

/** Three profiles: Rina (PPID), Budi (petugas), Sri (Atasan PPID); Rina is active. */
async function staff(s: ReturnType<typeof setup>) {
  const { call } = s;
  const rina = await s.firstPpid({ name: 'Rina Marlina', jabatan: 'PPID' });
  const budi = await call('user.create', {
    fields: { name: 'Budi Santoso', nip: '', jabatan: 'Pengelola Informasi', roles: ['petugas'], active: true },
  });
  const sri = await call('user.create', {
    fields: { name: 'Sri Wahyuni', nip: '', jabatan: 'Sekretaris Daerah', roles: ['atasan_ppid'], active: true },
  });
  return { rina, budi, sri };
}

describe('exemption workflow rules, enforced in main', () => {
  it('refuses workflow calls until someone is signed in', async () => {
    const s = setup();
    const { refuse } = s;
    const error = await refuse('exemption.create', { fields: salary });
    expect(error.code).toBe('signed_out');
    expect(error.message).toContain('belum masuk');
  });

  it('lets the first run create the PPID, then only a manager adds people', async () => {
    const s = setup();
    const { refuse } = s;
    const { budi } = await staff(s);
    await s.signInAs(budi);
    const error = await refuse('user.create', { fields: { name: 'Tamu', nip: '', jabatan: '', roles: ['atasan_ppid'], active: true } });
    expect(error.code).toBe('forbidden');
  });

  it('walks draft → test → submit → approve under the right roles and refuses the wrong ones', async () => {
    const s = setup();
    const { call, refuse } = s;
    const { rina, budi, sri } = await staff(s);
    await s.signInAs(budi);
    const draft = await call('exemption.create', { fields: salary });
    expect(draft.status).toBe('draft');
    expect(draft.legalBasis).toBe(
      'Pasal 17 huruf h angka 3 UU 14/2008; Pasal 17 huruf h angka 4 UU 14/2008; UU 27/2022 tentang Pelindungan Data Pribadi',
    );
    expect(draft.missing).toEqual(['test']);
    expect((await refuse('exemption.submit', { entryId: draft.entryId, expectedVersion: draft.version, note: '' })).message).toContain(
      'Belum lengkap',
    );

    // An incomplete test cannot be concluded, whoever tries.
    const test = await call('consequence.create', { fields: { ...completeTest([draft.entryId]), harm: '', participants: [] } });
    expect(test.missing).toEqual(['participants', 'harm']);
    await s.signInAs(rina);
    expect((await refuse('consequence.conclude', { id: test.id, expectedVersion: test.version })).message).toContain('belum lengkap');
    await s.signInAs(budi);
    const filled = await call('consequence.update', { id: test.id, fields: completeTest([draft.entryId]), expectedVersion: test.version });
    expect(filled.missing).toEqual([]);
    // A petugas may draft the test but not conclude it.
    expect((await refuse('consequence.conclude', { id: test.id, expectedVersion: filled.version })).code).toBe('forbidden');
    await s.signInAs(rina);
    const concluded = await call('consequence.conclude', { id: test.id, expectedVersion: filled.version });
    expect(concluded.concludedBy).toBe('Rina Marlina');
    expect(
      (await refuse('consequence.update', { id: test.id, fields: completeTest([draft.entryId]), expectedVersion: concluded.version })).code,
    ).toBe('conflict');

    await s.signInAs(budi);
    const ready = await call('exemption.get', { entryId: draft.entryId });
    expect(ready.missing).toEqual([]);
    const submitted = await call('exemption.submit', { entryId: draft.entryId, expectedVersion: ready.version, note: 'Mohon persetujuan' });
    // Neither the clerk nor the PPID approves by default; the Atasan PPID does.
    expect((await refuse('exemption.approve', { entryId: draft.entryId, expectedVersion: submitted.version, note: '' })).code).toBe(
      'forbidden',
    );
    await s.signInAs(rina);
    expect((await refuse('exemption.approve', { entryId: draft.entryId, expectedVersion: submitted.version, note: '' })).code).toBe(
      'forbidden',
    );
    await s.signInAs(sri);
    const returned = await call('exemption.return', {
      entryId: draft.entryId,
      expectedVersion: submitted.version,
      note: 'Lengkapi dokumen',
    });
    expect(returned.status).toBe('returned');
    expect(returned.returnNote).toBe('Lengkapi dokumen');

    await s.signInAs(budi);
    const again = await call('exemption.submit', { entryId: draft.entryId, expectedVersion: returned.version, note: '' });
    await s.signInAs(sri);
    const approved = await call('exemption.approve', { entryId: draft.entryId, expectedVersion: again.version, note: 'Setuju' });
    expect(approved.status).toBe('approved');
    expect(approved.steps.map((s) => [s.action, s.userName, s.role])).toEqual([
      ['create', 'Budi Santoso', 'petugas'],
      ['submit', 'Budi Santoso', 'petugas'],
      ['return', 'Sri Wahyuni', 'atasan_ppid'],
      ['submit', 'Budi Santoso', 'petugas'],
      ['approve', 'Sri Wahyuni', 'atasan_ppid'],
    ]);
    // An approved exemption is not edited silently: a change needs a new test and SK.
    await s.signInAs(budi);
    expect((await refuse('exemption.update', { entryId: draft.entryId, fields: salary, expectedVersion: approved.version })).code).toBe(
      'conflict',
    );
  });

  it('never lets the submitter approve their own submission', async () => {
    const s = setup();
    const { call, refuse } = s;
    await staff(s);
    const both = await call('user.create', {
      fields: { name: 'Kepala Bagian', nip: '', jabatan: '', roles: ['petugas', 'atasan_ppid'], active: true },
    });
    await s.signInAs(both);
    const x = await call('exemption.create', { fields: { ...salary, upstreamDecision: 'Keputusan KPU RI Nomor 1/2024' } });
    const submitted = await call('exemption.submit', { entryId: x.entryId, expectedVersion: x.version, note: '' });
    const error = await refuse('exemption.approve', { entryId: x.entryId, expectedVersion: submitted.version, note: '' });
    expect(error.message).toContain('tidak boleh disetujui oleh orang yang mengajukannya');
  });
});

describe('decision, expiry and declassification', () => {
  async function approvedExemption(s: ReturnType<typeof setup>) {
    const { call } = s;
    const people = await staff(s);
    await s.signInAs(people.budi);
    const x = await call('exemption.create', { fields: salary });
    const test = await call('consequence.create', { fields: completeTest([x.entryId]) });
    await s.signInAs(people.rina);
    await call('consequence.conclude', { id: test.id, expectedVersion: test.version });
    await s.signInAs(people.budi);
    const submitted = await call('exemption.submit', {
      entryId: x.entryId,
      expectedVersion: (await call('exemption.get', { entryId: x.entryId })).version,
      note: '',
    });
    await s.signInAs(people.sri);
    await call('exemption.approve', { entryId: x.entryId, expectedVersion: submitted.version, note: '' });
    await s.signInAs(people.budi);
    const sk = await call('decision.create', {
      fields: {
        number: '300.2.11 / 1864 / IV / 2025',
        date: '2025-04-14',
        signerName: 'Sri Wahyuni',
        signerPosition: 'Sekretaris Daerah',
        entryIds: [x.entryId],
        testIds: [test.id],
        scanSha256: null,
      },
    });
    return { ...people, entryId: x.entryId, sk };
  }

  it('computes the end date from the SK date and groups the entry under its end year', async () => {
    const s = setup();
    const { entryId, sk } = await approvedExemption(s);
    expect(sk.numberLooksRight).toBe(true);
    const x = await s.call('exemption.get', { entryId });
    expect(x.anchorDate).toBe('2025-04-14');
    expect(x.endDate).toBe('2045-04-13');
    expect(x.decisionNumber).toBe('300.2.11 / 1864 / IV / 2025');
    const classes = await s.call('exemption.classify', {});
    expect(classes.byEndYear.find((g) => g.key === '2045')?.entries.map((e) => e.entryId)).toEqual([entryId]);
  });

  it('publishes nothing when the clock jumps past the end, and keeps audit order when it jumps back', async () => {
    const s = setup();
    const { entryId, rina } = await approvedExemption(s);
    const auditBefore = await s.call('audit.verify', {});
    // Signing in again after the clock jump (idle timeout) is audited; nothing else may be.
    const notSignIns = async () => (await s.call('audit.list', { limit: 1000 })).filter((e) => !e.action.startsWith('auth.')).length;
    const changesBefore = await notSignIns();
    const entriesBefore = await s.call('entry.list', {});

    await s.setClock('2045-03-20T03:00:00Z');
    const ending = await s.call('exemption.due', {});
    expect(ending.asOf).toBe('2045-03-20');
    expect(ending.ending.map((e) => e.entryId)).toEqual([entryId]);

    await s.setClock('2046-01-05T03:00:00Z');
    const due = await s.call('exemption.due', {});
    expect(due.ended.map((e) => e.entryId)).toEqual([entryId]);
    // Seen as ended, still exempted: no status change, no DIP entry, not one audit event.
    expect((await s.call('exemption.get', { entryId })).status).toBe('approved');
    expect((await s.call('entry.get', { id: entryId })).category).toBe('dikecualikan');
    expect((await s.call('entry.list', {})).total).toBe(entriesBefore.total);
    expect(await notSignIns()).toBe(changesBefore);
    expect((await s.call('audit.verify', {})).ok).toBe(auditBefore.ok);

    // Back a year: a write dated before earlier events still chains after them.
    await s.setClock('2024-01-01T03:00:00Z');
    await s.signInAs(rina);
    await s.call('holiday.save', { holiday: { date: '2046-01-02', name: 'Cuti bersama tahun baru', kind: 'cuti_bersama' } });
    const verify = await s.call('audit.verify', {});
    expect(verify.ok).toBe(true);
    expect(await notSignIns()).toBe(changesBefore + 1);
  });

  it('declassifies in one action: DIP entry linked both ways, history kept, role checked', async () => {
    const s = setup();
    const { entryId, budi, rina } = await approvedExemption(s);
    const current = await s.call('exemption.get', { entryId });
    const input = {
      entryId,
      expectedVersion: current.version,
      decision: {
        number: '300.2.11 / 2001 / I / 2046',
        date: '2046-01-06',
        signerName: 'Rina Marlina',
        signerPosition: 'PPID',
        scanSha256: null,
      },
      reason: 'Jangka waktu pengecualian telah berakhir.',
      dip: openedDipFields,
    };
    await s.signInAs(budi);
    expect((await s.refuse('exemption.declassify', input)).code).toBe('forbidden');
    await s.signInAs(rina);
    const result = await s.call('exemption.declassify', input);
    expect(result.paperNotes.map((n) => n.key)).toContain('checkPaper');

    const dip = await s.call('entry.get', { id: result.dipEntryId });
    expect(dip.category).toBe('setiap_saat');
    expect(dip.judul).toBe(salary.judul);
    expect(dip.dikInformasi).toBe('');
    expect(dip.notes).toContain(`#${String(entryId)}`);
    const back = await s.call('exemption.lineage', { entryId: result.dipEntryId });
    expect(back.formerDik?.entryId).toBe(entryId);
    expect(back.history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['entry.declassified', 'exemption.declassify', 'exemption.approve']),
    );
    const forward = await s.call('exemption.lineage', { entryId });
    expect(forward.openedTo?.entryId).toBe(result.dipEntryId);
    expect((await s.call('exemption.get', { entryId })).status).toBe('opened');
    expect((await s.refuse('exemption.declassify', input)).code).toBe('conflict');

    const dik = s.core.db.prepare('SELECT id FROM dik_current').pluck().all();
    expect(dik).not.toContain(entryId);
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });

  it('exempts public information again only on a new concluded test', async () => {
    const s = setup();
    const { rina, budi } = await staff(s);
    await s.signInAs(budi);
    const pub = await s.call('entry.create', {
      fields: { ...(await import('../../../shared/domain/entry')).emptyEntryFields('setiap_saat', 2025), judul: 'Daftar hadir rapat' },
    });
    const test = await s.call('consequence.create', {
      fields: { ...completeTest([pub.id]), conclusion: 'dikecualikan', periodText: '5 tahun' },
    });
    expect((await s.refuse('exemption.reclassify', { entryId: pub.id, testId: test.id })).message).toContain('Uji Konsekuensi baru');
    await s.signInAs(rina);
    await s.call('consequence.conclude', { id: test.id, expectedVersion: test.version });
    const x = await s.call('exemption.reclassify', { entryId: pub.id, testId: test.id });
    expect(x.status).toBe('draft');
    expect(x.periodText).toBe('5 tahun');
    expect((await s.call('entry.get', { id: pub.id })).category).toBe('dikecualikan');
  });

  it('warns when a legal basis does not fit, e.g. h5 cited for a financial report', async () => {
    const s = setup();
    const { budi } = await staff(s);
    await s.signInAs(budi);
    const x = await s.call('exemption.create', {
      fields: {
        ...salary,
        judul: 'Laporan Keuangan 2024',
        informasi: 'Laporan keuangan dan realisasi anggaran',
        grounds: ['17h5'],
        otherBases: [],
      },
    });
    expect(x.warnings).toEqual([{ key: 'personalOnFinancial', params: { ground: 'Pasal 17 huruf h angka 5 UU 14/2008' } }]);
  });
});
