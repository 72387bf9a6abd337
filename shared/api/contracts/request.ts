import { z } from 'zod';
import {
  decisionInputSchema,
  feeFieldsSchema,
  requestDetailSchema,
  requestFieldsSchema,
  requestListFilterSchema,
  requestSummarySchema,
  letterKindSchema,
} from '../../domain/request';
import { disputeFieldsSchema, objectionFieldsSchema, objectionResponseSchema } from '../../domain/objection';
import { exportedFileSchema, paperSizeSchema } from '../../domain/export';
import { isoDateSchema } from '../../domain/workingDays';
import { annualReportSchema, registerBookSchema, reportNarrativeSchema } from '../../domain/requestReport';
import type { MethodSpec } from '../methodSpec';

const id = z.number().int().positive();
const expectedVersion = z.number().int().nonnegative();
const note = z.string().trim().max(2000, { message: 'v.tooLong' });

/** The request register (Buku Register Permohonan), its deadlines, letters, keberatan, sengketa and the annual report. */
export const requestContract = {
  'request.list': { input: requestListFilterSchema, output: z.array(requestSummarySchema) },
  'request.get': { input: z.object({ id }).strict(), output: requestDetailSchema },
  /** Receives a request (status diterima); its number is given by the register. */
  'request.create': { input: z.object({ fields: requestFieldsSchema }).strict(), output: requestDetailSchema },
  /** Corrects what was recorded at receipt, while the request is still open. */
  'request.update': { input: z.object({ id, fields: requestFieldsSchema, expectedVersion }).strict(), output: requestDetailSchema },
  'request.process': { input: z.object({ id, expectedVersion, note: note.default('') }).strict(), output: requestDetailSchema },
  /** The one extension of 7 working days, with its reason (Pasal 22 ayat 8). */
  'request.extend': {
    input: z
      .object({ id, expectedVersion, reason: z.string().trim().min(1, { message: 'v.required' }).max(2000, { message: 'v.tooLong' }) })
      .strict(),
    output: requestDetailSchema,
  },
  /** The PPID's answer; a refusal names the DIK entries it rests on. */
  'request.decide': { input: z.object({ id, expectedVersion, decision: decisionInputSchema }).strict(), output: requestDetailSchema },
  'request.setFee': { input: z.object({ id, expectedVersion, fee: feeFieldsSchema }).strict(), output: requestDetailSchema },
  /** A keberatan against the answer (or its absence), for the reasons of Pasal 35 ayat 1. */
  'request.object': { input: z.object({ id, fields: objectionFieldsSchema }).strict(), output: requestDetailSchema },
  /** The Atasan PPID's written response (Pasal 36 ayat 2). */
  'request.answerObjection': {
    input: z.object({ objectionId: id, expectedVersion, response: objectionResponseSchema }).strict(),
    output: requestDetailSchema,
  },
  'request.registerDispute': {
    input: z.object({ id, objectionId: id.nullable(), fields: disputeFieldsSchema }).strict(),
    output: requestDetailSchema,
  },
  'request.updateDispute': {
    input: z.object({ disputeId: id, expectedVersion, fields: disputeFieldsSchema }).strict(),
    output: requestDetailSchema,
  },
  /** A letter as a PDF in the export-file store: tanda bukti, pemberitahuan, perpanjangan, penolakan, tanggapan atas keberatan. */
  'request.letter': {
    input: z
      .object({
        id,
        kind: letterKindSchema,
        paper: paperSizeSchema.default('a4'),
        number: z.string().trim().min(1, { message: 'v.required' }).max(120, { message: 'v.tooLong' }),
        date: isoDateSchema,
        objectionId: id.nullable().default(null),
      })
      .strict(),
    output: exportedFileSchema,
  },
  /** Laporan Layanan Informasi Publik: the year's figures (counts only) and the officer's narrative. */
  'request.report': { input: z.object({ year: z.number().int().min(2000).max(2200) }).strict(), output: annualReportSchema },
  'request.saveReport': {
    input: z.object({ year: z.number().int().min(2000).max(2200), narrative: reportNarrativeSchema, expectedVersion }).strict(),
    output: annualReportSchema,
  },
  'request.reportFile': {
    input: z
      .object({ year: z.number().int().min(2000).max(2200), format: z.enum(['pdf', 'xlsx']), paper: paperSizeSchema.default('a4') })
      .strict(),
    output: exportedFileSchema,
  },
  /**
   * The Buku Register Permohonan or Buku Register Keberatan of a year in the Perki columns, as PDF (A4/F4
   * landscape) or XLSX: an internal book holding requesters' personal data, never a website file.
   */
  'request.registerFile': {
    input: z
      .object({
        year: z.number().int().min(2000).max(2200),
        book: registerBookSchema,
        format: z.enum(['pdf', 'xlsx']),
        paper: paperSizeSchema.default('a4'),
      })
      .strict(),
    output: exportedFileSchema,
  },
} as const satisfies Record<string, MethodSpec>;
