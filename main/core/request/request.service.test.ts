import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { exemptedSalary, walkIn, requestDesk } from '../../../test/support/requestFixtures';

describe('request register', () => {
  it('numbers a request, counts 10 working days in WIB and records who received it', async () => {
    const { call } = requestDesk('2026-12-01T05:00:00Z');
    const made = await call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    expect(made.number).toBe('001/PPID/XII/2026');
    expect(made.status).toBe('diterima');
    expect(made.deadline.receivedOn).toBe('2026-12-01');
    expect(made.dueOn).toBe('2026-12-15');
    expect(made.history).toEqual([expect.objectContaining({ status: 'diterima', actor: 'Rina Marlina' })]);
    const second = await call('request.create', { fields: walkIn('2026-12-01T03:00:00Z') });
    expect(second.number).toBe('002/PPID/XII/2026');
    const audit = await call('audit.list', { entityType: 'request' });
    expect(audit.map((e) => e.action)).toEqual(['request.create', 'request.create']);
    expect(audit[0]?.actor).toBe('Rina Marlina');
  });

  it('refuses a receipt time in the future and a request without a way to reach the requester', async () => {
    const { refuse } = requestDesk('2026-12-01T05:00:00Z');
    const future = await refuse('request.create', { fields: walkIn('2026-12-01T05:01:00Z') });
    expect(future).toMatchObject({ code: 'invalid_input', field: 'fields.receivedAt' });
    const base = walkIn('2026-12-01T01:00:00Z');
    const noContact = await refuse('request.create', { fields: { ...base, requester: { ...base.requester, phone: '' } } });
    expect(noContact.code).toBe('invalid_input');
  });

  it('counts in the body’s own zone: a request at 00:30 WITA belongs to the next day', async () => {
    const { call } = requestDesk('2026-12-02T05:00:00Z');
    const agency = await call('agency.get', {});
    await call('agency.update', {
      fields: { ...agency, bodyName: 'Dinas Kominfo', city: 'Kota Kupang', address: 'Jl. El Tari, Nusa Tenggara Timur' },
      expectedVersion: agency.version,
    });
    const made = await call('request.create', { fields: walkIn('2026-12-01T16:30:00Z') });
    expect(made.timeZone).toBe('WITA');
    expect(made.deadline.receivedOn).toBe('2026-12-02');
    expect(made.dueOn).toBe('2026-12-16');
  });

  it('extends once, before the 10 days run out, by 7 working days past the first deadline', async () => {
    const { call, refuse, setClock } = requestDesk('2026-03-17T03:00:00Z');
    let r = await call('request.create', { fields: walkIn('2026-03-17T02:00:00Z') });
    expect(r.dueOn).toBe('2026-04-08');
    await setClock('2026-04-08T03:00:00Z');
    r = await call('request.extend', { id: r.id, expectedVersion: r.version, reason: 'Informasi tersebar di tiga bidang' });
    expect(r.status).toBe('diperpanjang');
    expect(r.deadline.extension).toMatchObject({ from: '2026-04-08', due: '2026-04-17' });
    expect(r.dueOn).toBe('2026-04-17');
    const again = await refuse('request.extend', { id: r.id, expectedVersion: r.version, reason: 'lagi' });
    expect(again.code).toBe('conflict');
  });

  it('does not extend after the first deadline has passed', async () => {
    const { call, refuse, setClock } = requestDesk('2026-03-17T03:00:00Z');
    const r = await call('request.create', { fields: walkIn('2026-03-17T02:00:00Z') });
    await setClock('2026-04-09T03:00:00Z');
    const late = await refuse('request.extend', { id: r.id, expectedVersion: r.version, reason: 'terlambat' });
    expect(late.messageEn).toContain('8 April 2026');
    expect(late.message).toContain('8 April 2026');
  });

  it('a holiday added mid-request moves the open deadline and says which holiday moved it', async () => {
    const { call } = requestDesk('2026-12-01T05:00:00Z');
    const r = await call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    expect(r.dueOn).toBe('2026-12-15');
    expect(r.deadline.moved).toBeNull();
    await call('holiday.save', { holiday: { date: '2026-12-07', name: 'Cuti bersama tambahan', kind: 'cuti_bersama' } });
    const after = await call('request.get', { id: r.id });
    expect(after.dueOn).toBe('2026-12-16');
    expect(after.deadline.moved).toEqual({
      from: '2026-12-15',
      to: '2026-12-16',
      added: [{ date: '2026-12-07', name: 'Cuti bersama tambahan' }],
      removed: [],
    });
    expect(after.deadline.answer.skipped).toContainEqual({ date: '2026-12-07', reason: 'cuti_bersama', name: 'Cuti bersama tambahan' });
  });

  it('a clock jump never changes a status by itself: overdue is a flag, the status stays', async () => {
    const { call, setClock } = requestDesk('2026-12-01T05:00:00Z');
    const r = await call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    await setClock('2027-12-01T05:00:00Z');
    const [late] = await call('request.list', {});
    expect(late).toMatchObject({ status: 'diterima', overdue: true, version: r.version });
    expect(late?.workingDaysLeft).toBeLessThan(0);
    await setClock('2026-01-01T05:00:00Z');
    const [back] = await call('request.list', {});
    expect(back).toMatchObject({ status: 'diterima', overdue: false, version: r.version, dueOn: '2026-12-15' });
    const detail = await call('request.get', { id: r.id });
    expect(detail.history).toHaveLength(1);
  });

  it('lists requests due within N working days, overdue ones included', async () => {
    const { call, setClock } = requestDesk('2026-12-01T05:00:00Z');
    await call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    // Due 15 December: on the 9th four working days are left (10, 11, 14, 15), on the 10th three.
    await setClock('2026-12-09T05:00:00Z');
    expect(await call('request.list', { dueWithin: 3 })).toHaveLength(0);
    await setClock('2026-12-10T05:00:00Z');
    expect(await call('request.list', { dueWithin: 3 })).toEqual([expect.objectContaining({ workingDaysLeft: 3, overdue: false })]);
    await setClock('2026-12-20T05:00:00Z');
    const [over] = await call('request.list', { dueWithin: 3 });
    expect(over?.overdue).toBe(true);
  });
});

describe('a refusal rests on the DIK', () => {
  it('refuses citing an exempted entry, carrying its Pasal 17 ground', async () => {
    const { call } = requestDesk('2026-12-01T05:00:00Z');
    const salary = await exemptedSalary(call);
    const r = await call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    const refused = await call('request.decide', {
      id: r.id,
      expectedVersion: r.version,
      decision: { status: 'ditolak', exemptEntryIds: [salary.entryId], note: '' },
    });
    expect(refused.status).toBe('ditolak');
    expect(refused.answeredOn).toBe('2026-12-01');
    expect(refused.refusalGrounds).toEqual([expect.objectContaining({ entryId: salary.entryId, grounds: ['17h3'] })]);
    expect(refused.refusalGrounds[0]?.legalBasis).toContain('17');
  });

  it('blocks a refusal without entries and one citing a public entry, saying a consequence test comes first', async () => {
    const { call, refuse } = requestDesk('2026-12-01T05:00:00Z');
    const r = await call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    const none = await refuse('request.decide', {
      id: r.id,
      expectedVersion: r.version,
      decision: { status: 'ditolak', exemptEntryIds: [], note: '' },
    });
    expect(none.code).toBe('invalid_input');
    const dip = await call('entry.create', { fields: { ...emptyEntryFields('setiap_saat'), judul: 'Rekapitulasi belanja pegawai' } });
    const cited = await refuse('request.decide', {
      id: r.id,
      expectedVersion: r.version,
      decision: { status: 'ditolak', exemptEntryIds: [dip.id], note: '' },
    });
    expect(cited).toMatchObject({ code: 'conflict', field: 'decision.exemptEntryIds.0' });
    expect(cited.message).toContain('Uji Konsekuensi');
    expect(cited.messageEn).toContain('consequence test');
    const still = await call('request.get', { id: r.id });
    expect(still).toMatchObject({ status: 'diterima', version: r.version, refusalGrounds: [] });
  });

  it('will not give exempted information as public, and hands a partly exempted document over as its public copy', async () => {
    const { call, refuse, stage } = requestDesk('2026-12-01T05:00:00Z');
    const salary = await exemptedSalary(call);
    const r = await call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    const givenExempt = await refuse('request.decide', {
      id: r.id,
      expectedVersion: r.version,
      decision: { status: 'dikabulkan_seluruhnya', entryIds: [salary.entryId], documentIds: [], note: '' },
    });
    expect(givenExempt.code).toBe('conflict');

    const doc = await call('document.create', {
      fields: {
        title: 'Daftar gaji Januari 2025',
        number: '',
        date: '',
        classificationCode: '',
        stage: 'asli',
        description: '',
        sheetCount: 3,
      },
    });
    await call('document.linkEntry', { id: doc.id, entryId: salary.entryId, year: 2025 });
    const dip = await call('entry.create', { fields: { ...emptyEntryFields('setiap_saat'), judul: 'Rekapitulasi belanja pegawai' } });
    const partial = {
      status: 'dikabulkan_sebagian' as const,
      entryIds: [dip.id],
      documentIds: [doc.id],
      exemptEntryIds: [salary.entryId],
      note: '',
    };
    const noCopy = await refuse('request.decide', { id: r.id, expectedVersion: r.version, decision: partial });
    expect(noCopy.messageEn).toContain('public copy');

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await call('document.addFile', { id: doc.id, role: 'public', upload: await stage(pdf, 'salinan-publik.pdf') });
    const given = await call('request.decide', { id: r.id, expectedVersion: r.version, decision: partial });
    expect(given.documents).toEqual([{ id: doc.id, code: doc.code, title: doc.title, copy: 'salinan_publik' }]);
    expect(given.givenEntries.map((e) => e.id)).toEqual([dip.id]);
    expect(given.refusalGrounds.map((g) => g.entryId)).toEqual([salary.entryId]);
  });

  it('an answer is final: no second decision, no edit', async () => {
    const { call, refuse } = requestDesk('2026-12-01T05:00:00Z');
    const r = await call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    const done = await call('request.decide', {
      id: r.id,
      expectedVersion: r.version,
      decision: { status: 'tidak_dikuasai', note: 'Dikuasai Dinas PUPR' },
    });
    const again = await refuse('request.decide', {
      id: r.id,
      expectedVersion: done.version,
      decision: { status: 'dialihkan', transferredTo: 'Dinas PUPR', note: '' },
    });
    expect(again.code).toBe('conflict');
    const edit = await refuse('request.update', { id: r.id, expectedVersion: done.version, fields: walkIn('2026-12-01T02:00:00Z') });
    expect(edit.code).toBe('conflict');
  });
});
