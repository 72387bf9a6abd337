import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { exemptedSalary, walkIn, requestDesk } from '../../../test/support/requestFixtures';

async function refusedRequest(core: ReturnType<typeof requestDesk>) {
  const salary = await exemptedSalary(core.call);
  const r = await core.call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
  const refused = await core.call('request.decide', {
    id: r.id,
    expectedVersion: r.version,
    decision: { status: 'ditolak', exemptEntryIds: [salary.entryId], note: '' },
  });
  return { salary, refused };
}

describe('keberatan and sengketa', () => {
  it('files an objection within 30 working days of the answer; the Atasan PPID answers within 30', async () => {
    const core = requestDesk('2026-12-01T05:00:00Z');
    const { refused } = await refusedRequest(core);
    await core.setClock('2027-01-20T05:00:00Z');
    // Answered 1 December 2026: the 30th working day after it is 18 January 2027 (cuti bersama, Natal, New Year, Isra Mikraj skipped).
    const late = await core.refuse('request.object', {
      id: refused.id,
      fields: { filedOn: '2027-01-19', reasons: ['a'], description: '' },
    });
    expect(late).toMatchObject({ code: 'conflict', field: 'fields.filedOn' });
    expect(late.messageEn).toContain('18 January 2027');
    expect(late.message).toContain('18 Januari 2027');
    const filed = await core.call('request.object', {
      id: refused.id,
      fields: { filedOn: '2026-12-10', reasons: ['a', 'f'], description: 'Bukan rahasia' },
    });
    const [objection] = filed.objections;
    expect(objection).toMatchObject({
      number: 'KEB-001/PPID/2026',
      reasons: ['a', 'f'],
      filingDeadline: '2027-01-18',
      responseDueOn: '2027-01-27',
      response: null,
    });
    if (!objection) throw new Error('no objection');
    const answered = await core.call('request.answerObjection', {
      objectionId: objection.id,
      expectedVersion: objection.version,
      response: { number: '045/ATASAN-PPID/I/2027', date: '2027-01-15', outcome: 'ditolak', text: 'Penolakan PPID dikuatkan.' },
    });
    expect(answered.objections[0]?.response).toMatchObject({ outcome: 'ditolak' });
    const twice = await core.refuse('request.answerObjection', {
      objectionId: objection.id,
      expectedVersion: answered.objections[0]?.version ?? 0,
      response: { number: 'x', date: '2027-01-16', outcome: 'diterima', text: 'y' },
    });
    expect(twice.code).toBe('conflict');
    const audit = await core.call('audit.list', { entityType: 'request' });
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['request.object', 'request.answerObjection']));
  });

  it('refuses an objection on an open request still within its deadline', async () => {
    const core = requestDesk('2026-12-03T05:00:00Z');
    const r = await core.call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    const early = await core.refuse('request.object', { id: r.id, fields: { filedOn: '2026-12-03', reasons: ['c'], description: '' } });
    expect(early.code).toBe('conflict');
    await core.setClock('2026-12-16T05:00:00Z');
    const unanswered = await core.call('request.object', { id: r.id, fields: { filedOn: '2026-12-16', reasons: ['c'], description: '' } });
    expect(unanswered.objections).toHaveLength(1);
  });

  it('records a dispute after the objection, with a Komisi order to open a DIK entry linked to it', async () => {
    const core = requestDesk('2026-12-01T05:00:00Z');
    const { refused, salary } = await refusedRequest(core);
    const noObjection = await core.refuse('request.registerDispute', {
      id: refused.id,
      objectionId: null,
      fields: {
        registrationNumber: '012/REG-PSI/I/2027',
        registeredOn: '2026-12-01',
        stage: 'mediasi',
        hearings: [],
        putusanNumber: '',
        putusanDate: null,
        outcome: null,
        orderedOpenEntryIds: [],
      },
    });
    expect(noObjection.code).toBe('conflict');
    const filed = await core.call('request.object', { id: refused.id, fields: { filedOn: '2026-12-01', reasons: ['a'], description: '' } });
    const objectionId = filed.objections[0]?.id ?? 0;
    const dip = await core.call('entry.create', { fields: { ...emptyEntryFields('setiap_saat'), judul: 'Rekapitulasi' } });
    const fields = {
      registrationNumber: '012/REG-PSI/I/2027',
      registeredOn: '2026-12-01',
      stage: 'ajudikasi' as const,
      hearings: [{ date: '2026-12-01', note: 'Sidang pemeriksaan awal' }],
      putusanNumber: '012/PTS/KI-NTT/2027',
      putusanDate: '2026-12-01',
      outcome: 'dikabulkan' as const,
      orderedOpenEntryIds: [dip.id],
    };
    const publicOrder = await core.refuse('request.registerDispute', { id: refused.id, objectionId, fields });
    expect(publicOrder.field).toBe('fields.orderedOpenEntryIds.0');
    const d = await core.call('request.registerDispute', {
      id: refused.id,
      objectionId,
      fields: { ...fields, orderedOpenEntryIds: [salary.entryId] },
    });
    expect(d.disputes[0]).toMatchObject({ stage: 'ajudikasi', outcome: 'dikabulkan', orderedOpenEntryIds: [salary.entryId], objectionId });
  });
});
