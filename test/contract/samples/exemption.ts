import { expect } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { approvedExemption, completeTest, decidedExemption, draftWithTest, pdfBytes, salary, staff, submittedExemption } from './fixtures';
import { openedDipFields } from '../../support/openedDipFields';
import type { SampleContext, SomeSamples } from './sample';

/** A draft by Budi (active afterwards). */
async function draft(ctx: SampleContext) {
  const people = await staff(ctx);
  await people.as('budi');
  return { ...people, draft: await ctx.call('exemption.create', { fields: salary }) };
}

/** Exempted information (DIK): the workflow from draft to declassification. */
export const exemptionSamples = {
  'exemption.list': {
    input: async (ctx) => {
      await draft(ctx);
      return { status: 'draft' };
    },
    check: (list) => expect(list.map((x) => x.judul)).toEqual([salary.judul]),
  },
  'exemption.get': {
    input: async (ctx) => ({ entryId: (await draft(ctx)).draft.entryId }),
    check: (x) => expect(x.missing).toEqual(['test']),
  },
  'exemption.create': {
    input: async (ctx) => {
      await (await staff(ctx)).as('budi');
      return { fields: salary };
    },
    check: (x) => expect(x.status).toBe('draft'),
  },
  'exemption.update': {
    input: async (ctx) => {
      const made = (await draft(ctx)).draft;
      return { entryId: made.entryId, fields: { ...salary, dokumen: 'Daftar gaji pegawai 2025' }, expectedVersion: made.version };
    },
    check: (x) => expect(x.dokumen).toBe('Daftar gaji pegawai 2025'),
  },
  'exemption.submit': {
    input: async (ctx) => {
      const made = await draftWithTest(ctx);
      await made.as('rina');
      await ctx.call('consequence.conclude', { id: made.test.id, expectedVersion: made.test.version });
      await made.as('budi');
      const ready = await ctx.call('exemption.get', { entryId: made.draft.entryId });
      return { entryId: ready.entryId, expectedVersion: ready.version, note: 'Mohon persetujuan' };
    },
    check: (x) => expect(x.status).toBe('submitted'),
  },
  'exemption.approve': {
    input: async (ctx) => {
      const made = await submittedExemption(ctx);
      return { entryId: made.draft.entryId, expectedVersion: made.submitted.version, note: 'Setuju' };
    },
    check: (x) => expect(x.status).toBe('approved'),
  },
  'exemption.return': {
    input: async (ctx) => {
      const made = await submittedExemption(ctx);
      return { entryId: made.draft.entryId, expectedVersion: made.submitted.version, note: 'Lengkapi dokumen' };
    },
    check: (x) => expect(x).toMatchObject({ status: 'returned', returnNote: 'Lengkapi dokumen' }),
  },
  // The desk (Budi) records Sri's approval from the signed sheet, with its scan.
  'exemption.recordApproval': {
    input: async (ctx) => {
      const made = await submittedExemption(ctx);
      await made.as('budi');
      return {
        entryId: made.draft.entryId,
        expectedVersion: made.submitted.version,
        approver: { userId: made.sri.id, name: '', role: 'atasan_ppid' },
        signedOn: '2025-04-12',
        note: 'Setuju, ditandatangani di kertas',
        scan: await ctx.stage(await pdfBytes(1, 'lembar-persetujuan'), 'persetujuan-atasan.pdf'),
      };
    },
    check: (x) => {
      expect(x.status).toBe('approved');
      expect(x.approval?.approvals[0]).toMatchObject({ via: 'paper', approverName: 'Sri Wahyuni', recordedByName: 'Budi Santoso' });
    },
  },
  'exemption.approvalChain': {
    input: () => ({}),
    check: (chain) => expect(chain).toMatchObject({ roles: ['atasan_ppid', 'pembina_ppid'], mode: 'any', ordered: false }),
  },
  'exemption.setApprovalChain': {
    input: async (ctx) => {
      await staff(ctx);
      return { chain: { roles: ['pembina_ppid', 'tim_pertimbangan', 'atasan_ppid'], mode: 'all', ordered: true }, expectedVersion: 0 };
    },
    check: (chain) =>
      expect(chain).toMatchObject({ roles: ['pembina_ppid', 'tim_pertimbangan', 'atasan_ppid'], mode: 'all', ordered: true, version: 1 }),
  },
  'exemption.review': {
    input: async (ctx) => {
      const made = await approvedExemption(ctx, { periodText: 'Sampai proses hukum selesai', anchor: 'sk' });
      return { entryId: made.draft.entryId, expectedVersion: made.approved.version, note: 'Proses hukum masih berjalan' };
    },
    check: (x) => expect(x.lastReviewedAt).not.toBeNull(),
  },
  'exemption.classify': {
    input: async (ctx) => {
      await decidedExemption(ctx);
      return {};
    },
    // 20 years from the SK of 2025-04-14: it ends on 2045-04-13, so it is grouped under 2045.
    check: (classes) => expect(classes.byEndYear.find((g) => g.key === '2045')?.entries.map((x) => x.judul)).toEqual([salary.judul]),
  },
  'exemption.due': {
    input: async (ctx) => {
      await decidedExemption(ctx);
      return { asOf: '2045-03-20', withinWorkingDays: 30 };
    },
    check: (due) => expect(due.ending.map((x) => x.judul)).toEqual([salary.judul]),
  },
  'exemption.declassify': {
    input: async (ctx) => {
      const made = await decidedExemption(ctx);
      await made.as('rina');
      const current = await ctx.call('exemption.get', { entryId: made.draft.entryId });
      return {
        entryId: current.entryId,
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
    },
    check: (result) => expect(result.dipEntryId).not.toBe(result.dikEntryId),
  },
  'exemption.reclassify': {
    input: async (ctx) => {
      const people = await staff(ctx);
      await people.as('budi');
      const open = await ctx.call('entry.create', { fields: { ...emptyEntryFields('setiap_saat', 2025), judul: 'Daftar hadir rapat' } });
      const test = await ctx.call('consequence.create', { fields: { ...completeTest([open.id]), periodText: '5 tahun' } });
      await people.as('rina');
      await ctx.call('consequence.conclude', { id: test.id, expectedVersion: test.version });
      return { entryId: open.id, testId: test.id };
    },
    check: (x) => expect(x).toMatchObject({ status: 'draft', periodText: '5 tahun' }),
  },
  'exemption.lineage': { input: async (ctx) => ({ entryId: (await draft(ctx)).draft.entryId }) },
} satisfies SomeSamples;
