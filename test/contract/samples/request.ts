import { expect } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import type { RequestDetail } from '../../../shared/domain/request';
import { walkIn } from '../../support/requestFixtures';
import { staff } from './fixtures';
import type { SampleContext, SomeSamples } from './sample';

/** Today as the body (WIB, the default zone) counts it: the register dates a receipt in its own zone. */
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
/** Received a minute ago: the register refuses a receipt time in the future. */
const received = (ctx: SampleContext) => ctx.call('request.create', { fields: walkIn(new Date(Date.now() - 60_000).toISOString()) });

/** A request granted with a DIP entry, so it can be objected to. */
async function granted(ctx: SampleContext): Promise<RequestDetail> {
  const request = await received(ctx);
  const entry = await ctx.call('entry.create', { fields: { ...emptyEntryFields('berkala', 2026), judul: 'Laporan Keuangan 2025' } });
  return ctx.call('request.decide', {
    id: request.id,
    expectedVersion: request.version,
    decision: { status: 'dikabulkan_seluruhnya', entryIds: [entry.id], documentIds: [], note: '' },
  });
}

async function objected(ctx: SampleContext): Promise<RequestDetail> {
  const request = await granted(ctx);
  return ctx.call('request.object', {
    id: request.id,
    fields: { filedOn: today(), reasons: ['a'], description: 'Informasi tidak lengkap' },
  });
}

const dispute = {
  registrationNumber: '012/REG-PSI/I/2027',
  registeredOn: today(),
  stage: 'mediasi' as const,
  hearings: [],
  putusanNumber: '',
  putusanDate: null,
  outcome: null,
  orderedOpenEntryIds: [],
};

/** The request and objection registers (SOP Permohonan Informasi, Pengelolaan Keberatan) and the annual report. */
export const requestSamples = {
  'request.list': {
    input: async (ctx) => {
      await received(ctx);
      return {};
    },
    check: (rows) => expect(rows).toHaveLength(1),
  },
  'request.get': { input: async (ctx) => ({ id: (await received(ctx)).id }) },
  'request.create': {
    input: () => ({ fields: walkIn(new Date(Date.now() - 60_000).toISOString()) }),
    check: (detail) => expect(detail.status).toBe('diterima'),
  },
  'request.update': {
    input: async (ctx) => {
      const request = await received(ctx);
      return { id: request.id, expectedVersion: request.version, fields: walkIn(request.receivedAt, 'Daftar gaji dan tunjangan pegawai') };
    },
  },
  'request.process': {
    input: async (ctx) => {
      const request = await received(ctx);
      return { id: request.id, expectedVersion: request.version };
    },
    check: (detail) => expect(detail.status).toBe('diproses'),
  },
  'request.extend': {
    input: async (ctx) => {
      const request = await received(ctx);
      return { id: request.id, expectedVersion: request.version, reason: 'Informasi tersebar di tiga bidang' };
    },
    check: (detail) => expect(detail.status).toBe('diperpanjang'),
  },
  'request.decide': {
    input: async (ctx) => {
      const request = await received(ctx);
      const entry = await ctx.call('entry.create', { fields: { ...emptyEntryFields('berkala', 2026), judul: 'Laporan Keuangan 2025' } });
      return {
        id: request.id,
        expectedVersion: request.version,
        decision: { status: 'dikabulkan_seluruhnya', entryIds: [entry.id], documentIds: [], note: '' },
      };
    },
    check: (detail) => expect(detail.status).toBe('dikabulkan_seluruhnya'),
  },
  'request.setFee': {
    input: async (ctx) => {
      const request = await received(ctx);
      return { id: request.id, expectedVersion: request.version, fee: { amount: 5000, method: 'tunai', chargedOn: today() } };
    },
  },
  'request.object': {
    input: async (ctx) => ({
      id: (await granted(ctx)).id,
      fields: { filedOn: today(), reasons: ['a'], description: 'Informasi tidak lengkap' },
    }),
    check: (detail) => expect(detail.objections).toHaveLength(1),
  },
  'request.answerObjection': {
    input: async (ctx) => {
      const request = await objected(ctx);
      const objection = request.objections[0];
      if (!objection) throw new Error('no objection recorded');
      // The Atasan PPID answers objections.
      await (await staff(ctx)).as('sri');
      return {
        objectionId: objection.id,
        expectedVersion: objection.version,
        response: { number: '045/SETDA/XII/2026', date: today(), outcome: 'ditolak', text: 'Informasi telah diberikan seluruhnya.' },
      };
    },
  },
  'request.registerDispute': {
    input: async (ctx) => {
      const request = await objected(ctx);
      return { id: request.id, objectionId: request.objections[0]?.id ?? null, fields: dispute };
    },
    check: (detail) => expect(detail.disputes).toHaveLength(1),
  },
  'request.updateDispute': {
    input: async (ctx) => {
      const request = await objected(ctx);
      const made = await ctx.call('request.registerDispute', {
        id: request.id,
        objectionId: request.objections[0]?.id ?? null,
        fields: dispute,
      });
      const registered = made.disputes[0];
      if (!registered) throw new Error('no dispute recorded');
      return { disputeId: registered.id, expectedVersion: registered.version, fields: { ...dispute, stage: 'ajudikasi' as const } };
    },
  },
  'request.letter': {
    input: async (ctx) => ({ id: (await received(ctx)).id, kind: 'tanda_bukti', number: '001/TB/2026', date: today() }),
    check: (file) => expect(file.contentType).toBe('application/pdf'),
  },
  'request.report': { input: () => ({ year: new Date().getFullYear() }) },
  'request.saveReport': {
    input: () => ({
      year: new Date().getFullYear(),
      expectedVersion: 0,
      narrative: { kebijakan: 'SK PPID', kendala: 'Jaringan', rekomendasi: 'Pelatihan' },
    }),
  },
  'request.registerFile': {
    input: async (ctx) => {
      await received(ctx);
      return { year: new Date().getFullYear(), book: 'permohonan' as const, format: 'xlsx' as const };
    },
    check: (file) => expect(file.name).toMatch(/^buku-register-permohonan-\d{4}\.xlsx$/),
  },
  'request.reportFile': {
    input: () => ({ year: new Date().getFullYear(), format: 'xlsx' }),
    check: (file) => expect(file.name).toMatch(/\.xlsx$/),
  },
} satisfies SomeSamples;
