import { describe, expect, it } from 'vitest';
import { completeTest, decidedExemption } from '../../../test/contract/samples/fixtures';
import type { SampleContext } from '../../../test/contract/samples/sample';
import { dispatchCore } from '../../../test/support/dispatchCore';
import { openedDipFields } from '../../../test/support/openedDipFields';
import { walkIn } from '../../../test/support/requestFixtures';
import type { DisputeFields } from '../../../shared/domain/objection';
import { tempDir } from '../../../test/support/tempArchive';

/** The contract samples' fixtures (Rina PPID, Budi petugas, Sri Atasan PPID) over an in-process dispatch. */
async function desk() {
  const s = dispatchCore('2026-12-01T05:00:00Z');
  await s.firstPpid({ name: 'PPID Pertama', roles: ['ppid'] });
  const ctx = {
    harness: null as never,
    call: s.call,
    stage: s.stage,
    scratch: () => tempDir(),
    signInAs: (person: { userId: number } | null) => s.signInAs(person === null ? null : { id: person.userId }),
  } satisfies SampleContext;
  const made = await decidedExemption(ctx);
  return { s, ...made };
}

const base: DisputeFields = {
  registrationNumber: '012/REG-PSI/XII/2026',
  registeredOn: '2026-12-01',
  stage: 'ajudikasi',
  hearings: [{ date: '2026-12-01', note: 'Pemeriksaan awal' }],
  putusanNumber: '',
  putusanDate: null,
  outcome: null,
  orderedOpenEntryIds: [],
};

describe('a Komisi order to open information feeds the DIK lifecycle', () => {
  it('an order needs a granting putusan; then its test on the Commission order and its declassification show on the dispute', async () => {
    const { s, draft, as } = await desk();
    const entryId = draft.entryId;
    await as('rina');
    const r = await s.call('request.create', { fields: walkIn('2026-12-01T02:00:00Z', 'Data gaji pegawai') });
    await s.call('request.decide', {
      id: r.id,
      expectedVersion: r.version,
      decision: { status: 'ditolak', exemptEntryIds: [entryId], note: '' },
    });
    const objected = await s.call('request.object', { id: r.id, fields: { filedOn: '2026-12-01', reasons: ['a'], description: '' } });
    const objectionId = objected.objections[0]?.id ?? 0;
    const registered = await s.call('request.registerDispute', { id: r.id, objectionId, fields: base });
    const d0 = registered.disputes[0];
    if (!d0) throw new Error('no dispute');
    expect(d0.orders).toEqual([]);

    // Attacks on the order: none without the putusan's number and date, none from a putusan that rejects.
    const withoutPutusan = await s.refuse('request.updateDispute', {
      disputeId: d0.id,
      expectedVersion: d0.version,
      fields: { ...base, outcome: 'dikabulkan', orderedOpenEntryIds: [entryId] },
    });
    expect([withoutPutusan.code, withoutPutusan.field]).toEqual(['invalid_input', 'fields.putusanNumber']);
    const putusan = { putusanNumber: '012/PTS/KI-NTT/XII/2026', putusanDate: '2026-12-01' };
    const rejecting = await s.refuse('request.updateDispute', {
      disputeId: d0.id,
      expectedVersion: d0.version,
      fields: { ...base, ...putusan, outcome: 'ditolak', orderedOpenEntryIds: [entryId] },
    });
    expect([rejecting.code, rejecting.field]).toEqual(['conflict', 'fields.outcome']);
    expect((await s.call('request.get', { id: r.id })).disputes[0]?.version).toBe(d0.version);

    const ordered = await s.call('request.updateDispute', {
      disputeId: d0.id,
      expectedVersion: d0.version,
      fields: { ...base, ...putusan, outcome: 'dikabulkan', orderedOpenEntryIds: [entryId] },
    });
    expect(ordered.disputes[0]?.orders).toEqual([
      { entryId, judul: 'Data gaji dan rekening pegawai', testId: null, testConcluded: false, openedTo: null },
    ]);

    // The test the Komisi ordered (Perki 1/2021 Pasal 49 ayat 1 huruf c): trigger perintah_komisi, citing the putusan.
    await as('budi');
    const test = await s.call('consequence.create', {
      fields: { ...completeTest([entryId]), trigger: 'perintah_komisi', requestRef: putusan.putusanNumber, heldOn: '2026-12-01' },
    });
    const withTest = await s.call('request.get', { id: r.id });
    expect(withTest.disputes[0]?.orders[0]).toMatchObject({ testId: test.id, testConcluded: false, openedTo: null });
    await as('rina');
    await s.call('consequence.conclude', { id: test.id, expectedVersion: test.version });
    expect((await s.call('request.get', { id: r.id })).disputes[0]?.orders[0]).toMatchObject({ testId: test.id, testConcluded: true });

    // Executing the putusan: the exemption workflow's own declassification; the order then names the DIP entry.
    const x = await s.call('exemption.get', { entryId });
    const opened = await s.call('exemption.declassify', {
      entryId,
      expectedVersion: x.version,
      decision: {
        number: '300.2.11 / 77 / XII / 2026',
        date: '2026-12-01',
        signerName: 'Rina Marlina',
        signerPosition: 'PPID',
        scanSha256: null,
      },
      reason: `Melaksanakan Putusan Komisi Informasi Nomor ${putusan.putusanNumber}`,
      dip: openedDipFields,
    });
    const done = await s.call('request.get', { id: r.id });
    expect(done.disputes[0]?.orders[0]).toMatchObject({ entryId, testId: test.id, testConcluded: true, openedTo: opened.dipEntryId });
  });
});
