import { z } from 'zod';
import { declassifyDipFieldsSchema } from './dipColumns';
import { approvalProgressSchema, approvalStatusSchema, approvalStepSchema } from './approval';
import { entryCategorySchema } from './entry';
import { groundCodeSchema } from './pasal17';
import { parsedPeriodSchema, periodKinds } from './period';
import { isoDateSchema } from './workingDays';

const text = (max: number) => z.string().trim().max(max, { message: 'v.tooLong' });
const required = (max: number) => text(max).min(1, { message: 'v.required' });
const id = z.number().int().positive();

/** Which date a duration runs from: the SK that fixes the exemption, or the document's own date. */
export const anchorKinds = ['sk', 'document'] as const;
export const anchorKindSchema = z.enum(anchorKinds);
export type AnchorKind = z.infer<typeof anchorKindSchema>;

/**
 * An exempted entry as the DIK states it: the specific information, where it sits, its legal bases
 * (Pasal 17 grounds + other statutes), the consequences if opened / closed and the period as written.
 */
export const exemptionFieldsSchema = z.object({
  judul: required(500),
  /** Informasi: the specific information exempted, not a whole document when only part is sensitive. */
  informasi: required(2000),
  /** The document(s) it sits in; "partly public" is said here and in `partial`. */
  dokumen: text(1000),
  /** Jenis dokumen, for the KPU seed's classification by document type ("Surat", "Laporan", "Data pemilih"). */
  jenisDokumen: text(100),
  partial: z.boolean(),
  unitId: id.nullable(),
  year: z.number().int().min(1900).max(2200).nullable(),
  grounds: z.array(groundCodeSchema).max(20),
  otherBases: z.array(required(300)).max(10),
  konsekuensiDibuka: text(5000),
  konsekuensiDitutup: text(5000),
  periodText: text(500),
  anchor: anchorKindSchema,
  /** The document's date, when the period runs from it. */
  documentDate: isoDateSchema.nullable(),
  /** For a KPU office: the upstream decision (Keputusan KPU RI / Provinsi) standing in for a local test. */
  upstreamDecision: text(500),
});
export type ExemptionFields = z.infer<typeof exemptionFieldsSchema>;

export const emptyExemptionFields: ExemptionFields = {
  judul: '',
  informasi: '',
  dokumen: '',
  jenisDokumen: '',
  partial: false,
  unitId: null,
  year: null,
  grounds: [],
  otherBases: [],
  konsekuensiDibuka: '',
  konsekuensiDitutup: '',
  periodText: '',
  anchor: 'sk',
  documentDate: null,
  upstreamDecision: '',
};

export const warningSchema = z.object({ key: z.string(), params: z.record(z.string(), z.string()) });

export const exemptionSchema = exemptionFieldsSchema.extend({
  entryId: id,
  unitName: z.string().nullable(),
  status: approvalStatusSchema,
  period: parsedPeriodSchema,
  /** The SK (or document) date the duration runs from; null until there is one. */
  anchorDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  legalBasis: z.string(),
  decisionId: id.nullable(),
  decisionNumber: z.string().nullable(),
  lastReviewedAt: z.string().nullable(),
  /** The DIP entry this one became when it was opened (see exemption.lineage for the way back). */
  openedTo: id.nullable(),
  returnNote: z.string(),
  /** Where the approval stands ("2 dari 3"): the latest round under way or approved; null before submission and after a return. */
  approval: approvalProgressSchema.nullable(),
  warnings: z.array(warningSchema),
  /** Came from an imported DIK (issue 11 item 2): decided before Lemari, never through its approval steps here. */
  imported: z.boolean(),
  /** An imported row with neither an SK nor an upstream decision: exempted, waiting for the decision that set it. */
  awaitingDecision: z.boolean(),
  /** What the importer could not fully read, and what still needs the decision: keys under exemption.importReview. */
  importReview: z.array(warningSchema),
  version: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type Exemption = z.infer<typeof exemptionSchema>;

export const exemptionDetailSchema = exemptionSchema.extend({
  steps: z.array(approvalStepSchema),
  tests: z.array(
    z.object({ id, heldOn: isoDateSchema.nullable(), concluded: z.boolean(), conclusion: z.enum(['dikecualikan', 'terbuka']).nullable() }),
  ),
  /** Each missing piece as an i18n key under exemption.missing: what still stands between this entry and approval. */
  missing: z.array(z.string()),
});
export type ExemptionDetail = z.infer<typeof exemptionDetailSchema>;

// ---- Uji Konsekuensi ------------------------------------------------------------------------

export const testTriggers = ['sebelum_permohonan', 'permohonan', 'perintah_komisi'] as const;
export const testTriggerSchema = z.enum(testTriggers);
export const conclusions = ['dikecualikan', 'terbuka'] as const;
export const conclusionSchema = z.enum(conclusions);
export type Conclusion = z.infer<typeof conclusionSchema>;

export const participantSchema = z.object({
  name: required(200),
  /** Role in the test as the sheet prints it: PPID, unit holding the information, Tim Pertimbangan, expert. */
  role: required(200),
  unit: text(200),
});
export type Participant = z.infer<typeof participantSchema>;

export const testFieldsSchema = z.object({
  heldOn: isoDateSchema.nullable(),
  place: text(200),
  trigger: testTriggerSchema,
  requestRef: text(200),
  documentExamined: text(1000),
  entryIds: z.array(id).max(200),
  participants: z.array(participantSchema).max(30),
  harm: text(10000),
  publicInterest: text(10000),
  balance: text(10000),
  conclusion: conclusionSchema.nullable(),
  periodText: text(500),
});
export type TestFields = z.infer<typeof testFieldsSchema>;

/**
 * What the meeting itself settles: the Tim Pertimbangan writes these as it concludes, with the
 * conclude right alone. What is tested (entries, trigger, request, document) stays the desk's draft.
 */
export const testConclusionFieldsSchema = testFieldsSchema.pick({
  heldOn: true,
  place: true,
  participants: true,
  harm: true,
  publicInterest: true,
  balance: true,
  conclusion: true,
  periodText: true,
});
export type TestConclusionFields = z.infer<typeof testConclusionFieldsSchema>;

/**
 * The period a test finding "dikecualikan" takes from the items it covers (their Jangka Waktu), so
 * it is not retyped: the one period they share, or '' when they differ or have none.
 */
export function periodFromEntries(periodTexts: readonly string[]): string {
  const distinct = [...new Set(periodTexts.map((p) => p.trim()).filter((p) => p !== ''))];
  return distinct.length === 1 ? (distinct[0] ?? '') : '';
}

export const emptyTestFields: TestFields = {
  heldOn: null,
  place: '',
  trigger: 'sebelum_permohonan',
  requestRef: '',
  documentExamined: '',
  entryIds: [],
  participants: [],
  harm: '',
  publicInterest: '',
  balance: '',
  conclusion: null,
  periodText: '',
};

export const consequenceTestSchema = testFieldsSchema.extend({
  id,
  concludedAt: z.string().nullable(),
  concludedBy: z.string().nullable(),
  /** i18n keys under exemption.testMissing: why it cannot be concluded yet. Empty = complete. */
  missing: z.array(z.string()),
  entries: z.array(z.object({ id, judul: z.string(), category: entryCategorySchema })),
  version: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type ConsequenceTest = z.infer<typeof consequenceTestSchema>;

/** Which pieces a complete test has (DOMAIN: "thin tests lose disputes"). Pure, so the form shows the same list main enforces. */
export function testMissing(fields: TestFields): string[] {
  const missing: string[] = [];
  if (fields.heldOn === null) missing.push('heldOn');
  if (fields.place === '') missing.push('place');
  if (fields.entryIds.length === 0) missing.push('entries');
  if (fields.participants.length < 2) missing.push('participants');
  if (fields.harm === '') missing.push('harm');
  if (fields.publicInterest === '') missing.push('publicInterest');
  if (fields.balance === '') missing.push('balance');
  if (fields.trigger !== 'sebelum_permohonan' && fields.requestRef === '') missing.push('requestRef');
  if (fields.conclusion === null) missing.push('conclusion');
  if (fields.conclusion === 'dikecualikan' && fields.periodText === '') missing.push('period');
  return missing;
}

// ---- Surat Keputusan -------------------------------------------------------------------------

/**
 * The shapes SK numbers take in real offices: "300.2.11 / 1864 / IV / 2025", "555/112/Diskominfo-SP/IV/2025"
 * (parts joined by slashes, the year last) and "1050 Tahun 2024". Anything else is only a neutral hint
 * ("check the number"), never a refusal: bodies number their decisions as they do.
 */
export const skNumberPattern = /^\s*(\d[\w.-]*(\s*\/\s*[\w.-]+)+\s*\/\s*\d{4}|\d[\w./-]*\s+Tahun\s+\d{4})\s*$/i;

export const decisionPurposes = ['penetapan', 'pembukaan'] as const;
export const decisionFieldsSchema = z.object({
  number: required(120),
  date: isoDateSchema,
  signerName: required(200),
  signerPosition: required(200),
  entryIds: z.array(id).min(1, { message: 'v.required' }).max(500),
  /** The Uji Konsekuensi the SK rests on: one SK may rest on several tests, one test on several SKs. */
  testIds: z.array(id).max(50).default([]),
  /** Signed scan in the vault (documents issue): a document id or a blob hash, whichever exists. */
  scanSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
});
export type DecisionFields = z.infer<typeof decisionFieldsSchema>;

export const decisionSchema = decisionFieldsSchema.extend({
  id,
  purpose: z.enum(decisionPurposes),
  /** False when the number does not look like "kode / nomor / bulan romawi / tahun": shown as a warning, not refused. */
  numberLooksRight: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

// ---- Views ------------------------------------------------------------------------------------

export const classifyGroupSchema = z.object({
  /** End year as text ("2045"), or the kind of period for entries without an end date. */
  key: z.string(),
  label: z.string(),
  entries: z.array(exemptionSchema),
});
export const classificationSchema = z.object({
  byEndYear: z.array(classifyGroupSchema),
  byKind: z.array(classifyGroupSchema),
  byDocumentType: z.array(classifyGroupSchema),
});
export type Classification = z.infer<typeof classificationSchema>;

export const dueSchema = z.object({
  asOf: isoDateSchema,
  /** The last date counted as "ending soon": asOf + N working days. */
  horizon: isoDateSchema,
  withinWorkingDays: z.number().int(),
  ended: z.array(exemptionSchema),
  ending: z.array(exemptionSchema.extend({ workingDaysLeft: z.number().int() })),
  toReview: z.array(exemptionSchema),
});
export type Due = z.infer<typeof dueSchema>;

export const declassifyInputSchema = z
  .object({
    entryId: id,
    expectedVersion: z.number().int().nonnegative(),
    decision: decisionFieldsSchema.omit({ entryIds: true, testIds: true }),
    category: entryCategorySchema.exclude(['dikecualikan']).default('setiap_saat'),
    reason: required(2000),
    /** The DIP columns the opened entry prints; the exempted entry never had them (issue 12 item 4). */
    dip: declassifyDipFieldsSchema,
  })
  .strict();
export type DeclassifyInput = z.output<typeof declassifyInputSchema>;

export const declassifyResultSchema = z.object({
  dikEntryId: id,
  dipEntryId: id,
  decisionId: id,
  /** Reminders for the paper side: i18n keys under exemption.paper with their params. */
  paperNotes: z.array(warningSchema),
});
export type DeclassifyResult = z.infer<typeof declassifyResultSchema>;

export const exemptionListFilterSchema = z
  .object({
    status: approvalStatusSchema.nullable().default(null),
    periodKind: z.enum(periodKinds).nullable().default(null),
    includeOpened: z.boolean().default(false),
  })
  .strict();

/** Where an entry came from and went to across declassification, with both entries' history. */
export const lineageSchema = z.object({
  entryId: id,
  judul: z.string(),
  category: entryCategorySchema,
  formerDik: z.object({ entryId: id, judul: z.string(), decisionNumber: z.string().nullable() }).nullable(),
  openedTo: z.object({ entryId: id, judul: z.string(), category: entryCategorySchema }).nullable(),
  history: z.array(z.object({ seq: z.number().int(), at: z.string(), actor: z.string(), action: z.string(), entryId: id })),
});
export type Lineage = z.infer<typeof lineageSchema>;
