import { z } from 'zod';
import { isoDateSchema } from './workingDays';
import { disputeSchema, objectionSchema } from './objection';
import { deadlineExplanationSchema, timeZoneSchema } from './requestDeadline';

/**
 * The Buku Register Permohonan Informasi Publik (Perki 1/2021): who asked, what for, how it is to be
 * seen and copied, and what the PPID decided. Requesters' personal data is personal data (UU 27/2022):
 * it stays in this register and never enters a website package or the annual report.
 */

const text = (max: number) => z.string().trim().max(max, { message: 'v.tooLong' });
const required = (max: number) => text(max).min(1, { message: 'v.required' });
const id = z.number().int().positive();

/** Saluran permohonan. */
export const requestChannels = ['langsung', 'surat', 'email', 'website', 'telepon', 'media_sosial'] as const;
export const requestChannelSchema = z.enum(requestChannels);
export type RequestChannel = z.infer<typeof requestChannelSchema>;

/** Cara memperoleh informasi (Perki 1/2021 formulir permohonan). */
export const accessModes = ['melihat', 'membaca', 'mendengarkan', 'mencatat'] as const;
export const accessModeSchema = z.enum(accessModes);

export const copyForms = ['softcopy', 'hardcopy'] as const;
export const copyFormSchema = z.enum(copyForms);
/** How a copy reaches the requester. */
export const deliveryModes = ['langsung', 'pos', 'kurir', 'email', 'faksimili'] as const;
export const deliveryModeSchema = z.enum(deliveryModes);

export const requesterKinds = ['perorangan', 'badan_hukum', 'kelompok'] as const;
export const requesterKindSchema = z.enum(requesterKinds);
export const identityTypes = ['ktp', 'sim', 'paspor', 'kartu_pelajar', 'lainnya'] as const;
export const identityTypeSchema = z.enum(identityTypes);

/** The status set of the register; the last six are answers (the written notice closes the request). */
export const requestStatuses = [
  'diterima',
  'diproses',
  'diperpanjang',
  'dikabulkan_seluruhnya',
  'dikabulkan_sebagian',
  'ditolak',
  'tidak_dikuasai',
  'belum_didokumentasikan',
  'dialihkan',
] as const;
export const requestStatusSchema = z.enum(requestStatuses);
export type RequestStatus = z.infer<typeof requestStatusSchema>;
export const answerStatuses = [
  'dikabulkan_seluruhnya',
  'dikabulkan_sebagian',
  'ditolak',
  'tidak_dikuasai',
  'belum_didokumentasikan',
  'dialihkan',
] as const;
export type AnswerStatus = (typeof answerStatuses)[number];
export function isAnswered(status: RequestStatus): status is AnswerStatus {
  return (answerStatuses as readonly string[]).includes(status);
}

/** Which status may follow which. Answers are final: a requester who disagrees files a keberatan. */
export function mayMoveTo(from: RequestStatus, to: RequestStatus): boolean {
  if (isAnswered(from)) return false;
  if (to === 'diterima') return false;
  if (to === 'diproses') return from === 'diterima';
  if (to === 'diperpanjang') return from === 'diterima' || from === 'diproses';
  return true;
}

const nik = z
  .string()
  .trim()
  .max(40, { message: 'v.tooLong' })
  .refine((value) => value !== '', { message: 'v.required' });

export const requesterFieldsSchema = z
  .object({
    kind: requesterKindSchema,
    name: required(200),
    address: required(500),
    phone: text(50),
    email: z
      .string()
      .trim()
      .pipe(z.union([z.literal(''), z.email({ message: 'v.email' })])),
    occupation: text(200),
    identityType: identityTypeSchema,
    identityNumber: nik,
    /** For a badan hukum or kelompok: its legal-basis document (akta pendirian, SK pengesahan Kemenkumham, surat kuasa). */
    legalBasis: text(500),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== 'perorangan' && value.legalBasis === '')
      ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: 'v.required' });
    if (value.phone === '' && value.email === '') ctx.addIssue({ code: 'custom', path: ['phone'], message: 'request.v.contact' });
  });
export type RequesterFields = z.infer<typeof requesterFieldsSchema>;

/** An ISO instant with an offset ("2026-12-01T09:15:00+07:00" or "…Z"). */
export const instantSchema = z.iso.datetime({ offset: true, message: 'v.invalid' });

export const requestFieldsSchema = z
  .object({
    /** When the desk received it; never in the future (main checks against its clock). */
    receivedAt: instantSchema,
    channel: requestChannelSchema,
    /** A letter's own number and date, kept apart from the date it was received. */
    letterNumber: text(120),
    letterDate: isoDateSchema.nullable(),
    requester: requesterFieldsSchema,
    information: required(5000),
    purpose: required(2000),
    accessModes: z.array(accessModeSchema).max(accessModes.length),
    copyWanted: z.boolean(),
    copyForm: copyFormSchema.nullable(),
    delivery: deliveryModeSchema.nullable(),
    notes: text(2000),
  })
  .superRefine((value, ctx) => {
    if (value.copyWanted && value.copyForm === null) ctx.addIssue({ code: 'custom', path: ['copyForm'], message: 'v.required' });
    if (value.copyWanted && value.delivery === null) ctx.addIssue({ code: 'custom', path: ['delivery'], message: 'v.required' });
    if (!value.copyWanted && value.accessModes.length === 0) ctx.addIssue({ code: 'custom', path: ['accessModes'], message: 'v.required' });
  });
export type RequestFields = z.infer<typeof requestFieldsSchema>;

export const feeFieldsSchema = z.object({
  /** Rupiah; only the cost of copying and sending may be charged (Pasal 21). */
  amount: z.number().int().min(0).max(1_000_000_000),
  method: text(120),
  chargedOn: isoDateSchema.nullable(),
});
export type FeeFields = z.infer<typeof feeFieldsSchema>;

/** What the PPID decided, by answer. A refusal names the exempted DIK entries it rests on. */
export const decisionInputSchema = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('dikabulkan_seluruhnya'),
      entryIds: z.array(id).max(100),
      documentIds: z.array(id).max(100),
      note: text(2000),
    })
    .strict(),
  z
    .object({
      status: z.literal('dikabulkan_sebagian'),
      entryIds: z.array(id).max(100),
      documentIds: z.array(id).max(100),
      /** The exempted parts withheld: DIK entries, as for a refusal. */
      exemptEntryIds: z.array(id).min(1, { message: 'request.v.exemptEntries' }).max(100),
      note: text(2000),
    })
    .strict(),
  z
    .object({
      status: z.literal('ditolak'),
      exemptEntryIds: z.array(id).min(1, { message: 'request.v.exemptEntries' }).max(100),
      note: text(2000),
    })
    .strict(),
  z.object({ status: z.literal('tidak_dikuasai'), note: required(2000) }).strict(),
  z.object({ status: z.literal('belum_didokumentasikan'), note: required(2000) }).strict(),
  z.object({ status: z.literal('dialihkan'), transferredTo: required(300), note: text(2000) }).strict(),
]);
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const statusStepSchema = z.object({ at: z.string(), status: requestStatusSchema, actor: z.string(), note: z.string() });

/** A holiday edit that moved this open request's deadline, as the audit trail recorded it (issue 14 item 2). */
export const deadlineMoveSchema = z.object({
  at: z.string(),
  actor: z.string(),
  from: isoDateSchema,
  to: isoDateSchema,
  holiday: z.object({ kind: z.enum(['added', 'changed', 'removed']), date: isoDateSchema, name: z.string() }),
});
export type DeadlineMove = z.infer<typeof deadlineMoveSchema>;

/** A refused (or withheld) DIK entry with what the refusal rests on. */
export const refusalGroundSchema = z.object({
  entryId: id,
  judul: z.string(),
  informasi: z.string(),
  legalBasis: z.string(),
  /** Konsekuensi apabila dibuka, as the DIK states it. */
  konsekuensi: z.string(),
  grounds: z.array(z.string()),
  testIds: z.array(id),
  decisionNumber: z.string().nullable(),
});
export type RefusalGround = z.infer<typeof refusalGroundSchema>;

export const requestSummarySchema = z.object({
  id,
  number: z.string(),
  receivedAt: z.string(),
  receivedOn: isoDateSchema,
  channel: requestChannelSchema,
  requesterName: z.string(),
  information: z.string(),
  status: requestStatusSchema,
  dueOn: isoDateSchema,
  answeredOn: isoDateSchema.nullable(),
  /** Working days left until dueOn from today (negative when overdue); null once answered. */
  workingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  version: z.number().int().nonnegative(),
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestDetailSchema = requestSummarySchema.extend({
  fields: z.object({
    receivedAt: z.string(),
    channel: requestChannelSchema,
    letterNumber: z.string(),
    letterDate: isoDateSchema.nullable(),
    requester: z.object({
      kind: requesterKindSchema,
      name: z.string(),
      address: z.string(),
      phone: z.string(),
      email: z.string(),
      occupation: z.string(),
      identityType: identityTypeSchema,
      identityNumber: z.string(),
      legalBasis: z.string(),
    }),
    information: z.string(),
    purpose: z.string(),
    accessModes: z.array(accessModeSchema),
    copyWanted: z.boolean(),
    copyForm: copyFormSchema.nullable(),
    delivery: deliveryModeSchema.nullable(),
    notes: z.string(),
  }),
  timeZone: timeZoneSchema,
  extensionReason: z.string(),
  transferredTo: z.string(),
  decisionNote: z.string(),
  fee: feeFieldsSchema,
  deadline: deadlineExplanationSchema,
  history: z.array(statusStepSchema),
  /** Deadline moves by holiday edits, shown in the history beside the status steps. */
  deadlineMoves: z.array(deadlineMoveSchema),
  givenEntries: z.array(z.object({ id, judul: z.string(), category: z.string() })),
  refusalGrounds: z.array(refusalGroundSchema),
  documents: z.array(z.object({ id, code: z.string(), title: z.string(), copy: z.enum(['asli', 'salinan_publik']) })),
  letters: z.array(z.object({ kind: z.string(), number: z.string(), date: isoDateSchema, madeAt: z.string() })),
  objections: z.array(objectionSchema),
  disputes: z.array(disputeSchema),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

export const requestListFilterSchema = z
  .object({
    search: text(200).default(''),
    status: requestStatusSchema.nullable().default(null),
    /** Only open requests due within N working days (or overdue). */
    dueWithin: z.number().int().min(0).max(60).nullable().default(null),
    year: z.number().int().min(1900).max(2200).nullable().default(null),
  })
  .strict();
export type RequestListFilter = z.output<typeof requestListFilterSchema>;

/** The letters the desk issues on a request (Perki 1/2021 lampiran). */
export const letterKinds = ['tanda_bukti', 'pemberitahuan', 'perpanjangan', 'penolakan', 'tanggapan_keberatan'] as const;
export const letterKindSchema = z.enum(letterKinds);
export type LetterKind = z.infer<typeof letterKindSchema>;
