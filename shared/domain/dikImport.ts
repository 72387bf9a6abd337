import { z } from 'zod';
import { readCitation } from './citation';
import { warningSchema } from './exemption';
import { endDateOf, parsePeriod, periodKinds, type PeriodKind } from './period';
import { uploadRefSchema } from './upload';
import { isoDateSchema, type IsoDate } from './workingDays';

/**
 * An existing DIK entering the exemption lifecycle (issue 11 item 2): the decision that set it, and
 * what the importer reads from each row's own columns — Pasal 17 grounds and other statutes, the
 * period and its end date — with everything it could not fully read flagged for review, never guessed.
 */

const text = (max: number) => z.string().trim().max(max, { message: 'v.tooLong' });

/**
 * The local SK that set the imported DIK (number, date, signer, optionally its signed scan as a
 * staged upload). Recorded as a penetapan; each imported row is fixed by it and its period runs from its date.
 */
export const importDecisionSchema = z
  .object({
    number: text(120).min(1, { message: 'v.required' }),
    date: isoDateSchema,
    signerName: text(200).default(''),
    signerPosition: text(200).default(''),
    scan: uploadRefSchema.nullable().default(null),
  })
  .strict();
export type ImportDecision = z.output<typeof importDecisionSchema>;

/** What the importer read from one DIK row, as the preview shows it and the exemption stores it. */
export const importDikReadingSchema = z.object({
  grounds: z.array(z.string()),
  otherBases: z.array(z.string()),
  periodKind: z.enum(periodKinds),
  /** The last day of the exemption, when the period is a duration and the decision's date is known (or a "sampai dengan" date). */
  endDate: isoDateSchema.nullable(),
  /** The upstream decision the row rests on (the call's, or the one its DASAR/Keputusan column cites). */
  upstreamDecision: z.string(),
  /** No SK and no upstream decision: imported as exempted, waiting for the decision that set it. */
  awaitingDecision: z.boolean(),
  /** Each point to review, an i18n key under exemption.importReview with its params. */
  review: z.array(warningSchema),
});
export type ImportDikReading = z.infer<typeof importDikReadingSchema>;
export type ImportReview = z.infer<typeof warningSchema>;

/** Limits of the exemption's own fields (exemptionFieldsSchema): longer texts stay whole in the entry's Dasar Hukum column. */
const MAX_BASES = 10;
const MAX_BASIS = 300;
const MAX_UPSTREAM = 500;

function clipped(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

export interface ReadDikInput {
  dasarHukum: string;
  jangkaWaktu: string;
  konsekuensiDibuka: string;
  konsekuensiDitutup: string;
  /** The decision the row itself cites (KPU's DASAR column), empty when none. */
  keputusan: string;
}

export interface DikDecisionContext {
  /** The local SK's date, when the import records one. */
  decisionDate: IsoDate | null;
  /** The upstream decision the call names for every row, empty when none. */
  upstreamDecision: string;
  /** Ground codes the archive knows (an officer may have deactivated one); all of 17a…17j when absent. */
  groundKnown?: (code: string) => boolean;
}

/**
 * Reads one imported DIK row. Grounds and other statutes from the Dasar Hukum text (readCitation),
 * the period from the Jangka Waktu text, anchored at the SK's date. The review list names every
 * citation or period the reader could not fully read, a cited decision that differs from the one
 * given, a cut statute text, and missing consequences; nothing is dropped, nothing silently guessed.
 */
export function readImportedDik(row: ReadDikInput, context: DikDecisionContext): { reading: ImportDikReading; stored: ImportReview[] } {
  const stored: ImportReview[] = [];
  const citation = readCitation(row.dasarHukum);
  const incomplete = citation.flags.some((flag) => flag.code === 'groundIncomplete');
  for (const flag of citation.flags) {
    // A Pasal 17 cited without huruf already says no ground was read: one point for the officer, not two.
    if (flag.code === 'noGround' && incomplete) continue;
    stored.push({ key: `citation.${flag.code}`, params: { text: clipped(flag.text, 200) } });
  }
  const known = context.groundKnown ?? (() => true);
  const grounds = citation.grounds.filter((code) => {
    if (known(code)) return true;
    stored.push({ key: 'groundInactive', params: { code } });
    return false;
  });
  const cited = row.keputusan.trim();
  const given = context.upstreamDecision.trim();
  // A row citing its own decision keeps it among the other bases only once: it is the upstream decision.
  const others = citation.otherStatutes.filter((s) => cited === '' || !s.includes(cited));
  if (others.length > MAX_BASES) stored.push({ key: 'basesCut', params: { count: String(others.length - MAX_BASES) } });
  const otherBases = others.slice(0, MAX_BASES).map((basis) => {
    if (basis.length > MAX_BASIS) stored.push({ key: 'basisCut', params: { text: clipped(basis, 80) } });
    return clipped(basis, MAX_BASIS);
  });
  if (given !== '' && cited !== '' && !given.includes(cited) && !cited.includes(given))
    stored.push({ key: 'keputusanDiffers', params: { cited: clipped(cited, 120), given: clipped(given, 120) } });
  const upstreamDecision = clipped(given !== '' ? given : cited, MAX_UPSTREAM);

  const period = parsePeriod(row.jangkaWaktu);
  if (period.kind === 'unparsed') stored.push({ key: 'periodUnparsed', params: { text: clipped(row.jangkaWaktu, 200) } });
  if (row.konsekuensiDibuka.trim() === '' && row.konsekuensiDitutup.trim() === '') stored.push({ key: 'noConsequence', params: {} });

  const endDate = endDateOf(period, context.decisionDate);
  const awaitingDecision = context.decisionDate === null && upstreamDecision === '';
  return {
    reading: {
      grounds,
      otherBases,
      periodKind: period.kind,
      endDate,
      upstreamDecision,
      awaitingDecision,
      review: [...stored, ...decisionReview(period.kind, context.decisionDate !== null, endDate, awaitingDecision)],
    },
    stored,
  };
}

/**
 * The points that depend on the decision, not on the row's text: asked again whenever the exemption
 * is read, so attaching the SK later clears them by itself.
 */
export function decisionReview(
  periodKind: PeriodKind,
  hasDecisionDate: boolean,
  endDate: string | null,
  awaiting: boolean,
): ImportReview[] {
  const review: ImportReview[] = [];
  if (awaiting) review.push({ key: 'awaitingDecision', params: {} });
  else if (periodKind === 'duration' && !hasDecisionDate && endDate === null) review.push({ key: 'needsDecisionDate', params: {} });
  return review;
}
