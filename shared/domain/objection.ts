import { z } from 'zod';
import { isoDateSchema } from './workingDays';

/**
 * Keberatan (UU 14/2008 Pasal 35–36) and sengketa at the Komisi Informasi (Pasal 37–39, Perki 1/2013).
 */

const text = (max: number) => z.string().trim().max(max, { message: 'v.tooLong' });
const required = (max: number) => text(max).min(1, { message: 'v.required' });
const id = z.number().int().positive();

/** Pasal 35 ayat (1) huruf a–g, in the Act's order; the words are in i18n (request.objectionReason.<code>). */
export const objectionReasons = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export const objectionReasonSchema = z.enum(objectionReasons);
export type ObjectionReason = z.infer<typeof objectionReasonSchema>;

/** The text of Pasal 35 ayat (1), quoted, for letters and the form. */
export const pasal35Text: Record<ObjectionReason, string> = {
  a: 'penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17',
  b: 'tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9',
  c: 'tidak ditanggapinya permintaan informasi',
  d: 'permintaan informasi ditanggapi tidak sebagaimana yang diminta',
  e: 'tidak dipenuhinya permintaan informasi',
  f: 'pengenaan biaya yang tidak wajar',
  g: 'penyampaian informasi yang melebihi waktu yang diatur dalam Undang-Undang ini',
};

export const objectionOutcomes = ['diterima', 'diterima_sebagian', 'ditolak'] as const;
export const objectionOutcomeSchema = z.enum(objectionOutcomes);

export const objectionFieldsSchema = z
  .object({
    filedOn: isoDateSchema,
    reasons: z.array(objectionReasonSchema).min(1, { message: 'v.required' }).max(7),
    description: text(5000),
  })
  .strict();
export type ObjectionFields = z.infer<typeof objectionFieldsSchema>;

export const objectionResponseSchema = z
  .object({
    number: required(120),
    date: isoDateSchema,
    outcome: objectionOutcomeSchema,
    text: required(10000),
  })
  .strict();
export type ObjectionResponse = z.infer<typeof objectionResponseSchema>;

export const objectionSchema = objectionFieldsSchema.extend({
  id,
  requestId: id,
  number: z.string(),
  /** 30 working days after filing (Pasal 36 ayat 2). */
  responseDueOn: isoDateSchema,
  /** The last day it could be filed: 30 working days after the answer, or after the unmet deadline. */
  filingDeadline: isoDateSchema,
  response: objectionResponseSchema.nullable(),
  version: z.number().int().nonnegative(),
});
export type Objection = z.infer<typeof objectionSchema>;

export const disputeStages = ['mediasi', 'ajudikasi'] as const;
export const disputeOutcomes = ['dikabulkan', 'dikabulkan_sebagian', 'ditolak', 'mediasi_berhasil'] as const;

export const hearingSchema = z.object({ date: isoDateSchema, note: text(500) });

export const disputeFieldsSchema = z
  .object({
    registrationNumber: required(120),
    registeredOn: isoDateSchema,
    stage: z.enum(disputeStages),
    hearings: z.array(hearingSchema).max(50),
    putusanNumber: text(120),
    putusanDate: isoDateSchema.nullable(),
    outcome: z.enum(disputeOutcomes).nullable(),
    /** DIK entries the Komisi ordered opened (putusan); recorded and linked to the entry. */
    orderedOpenEntryIds: z.array(id).max(100),
  })
  .strict();
export type DisputeFields = z.infer<typeof disputeFieldsSchema>;

/**
 * Where a Komisi order to open one DIK entry stands in the exemption lifecycle: the consequence test held
 * on the order (trigger perintah_komisi), and, once executed, the DIP entry the declassification made.
 */
export const disputeOrderSchema = z.object({
  entryId: id,
  judul: z.string(),
  /** The newest consequence test on a Commission order covering the entry, if one was started. */
  testId: id.nullable(),
  testConcluded: z.boolean(),
  /** Set once the entry was declassified: the public entry it became (the order is executed). */
  openedTo: id.nullable(),
});
export type DisputeOrder = z.infer<typeof disputeOrderSchema>;

/** A putusan that orders information opened: only these outcomes can carry orders. */
export const ordersAllowedFor: readonly (typeof disputeOutcomes)[number][] = ['dikabulkan', 'dikabulkan_sebagian', 'mediasi_berhasil'];

export const disputeSchema = disputeFieldsSchema.extend({
  id,
  requestId: id,
  objectionId: id.nullable(),
  orders: z.array(disputeOrderSchema),
  version: z.number().int().nonnegative(),
});
export type Dispute = z.infer<typeof disputeSchema>;
