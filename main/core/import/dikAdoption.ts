import { readImportedDik, type ImportDikReading, type ImportReview } from '../../../shared/domain/dikImport';
import type { ImportRequest, ImportRow } from '../../../shared/domain/entryImport';
import type { DecisionService } from '../decision/decision.service';
import type { ExemptionService, ImportedExemption } from '../exemption/exemption.service';
import type { ParsedRow } from './rows';
import type { SheetPlan } from './plan';

/** What the import asks of the exemption domains: only their named functions, never their repos. */
export interface DikImportParts {
  exemptions: Pick<ExemptionService, 'mayImportDik' | 'adoptImported' | 'groundExists'>;
  decisions: Pick<DecisionService, 'recordImported' | 'withImportedScan'>;
}

/** A row that goes into the DIK: every row of a DIK sheet, and a DIP sheet's stacked DIK table. */
export function isDikRow(row: ParsedRow): boolean {
  return row.preview.category === 'dikecualikan' && row.preview.dik !== undefined;
}

/** Whether the import changes exempted information (a DIK row, or a DIK file sent into a public category): the PPID's act. */
export function touchesDik(plans: readonly SheetPlan[]): boolean {
  return plans.some((plan) => plan.list.detected === 'dik' || plan.parsed.rows.some((row) => row.fields !== null && isDikRow(row)));
}

/** Reads one DIK row for the decision the call gives (its SK's date, an upstream decision). */
export function readingOf(
  row: ImportRow,
  request: ImportRequest,
  parts: DikImportParts,
): { reading: ImportDikReading; stored: ImportReview[] } | null {
  if (row.category !== 'dikecualikan' || row.dik === undefined) return null;
  return readImportedDik(row.dik, {
    decisionDate: request.decision?.date ?? null,
    upstreamDecision: request.upstreamDecision ?? '',
    groundKnown: parts.exemptions.groundExists,
  });
}

/** The preview row with what its exemption will hold: grounds, period, end date and the points to review. */
export function withReading(row: ImportRow, request: ImportRequest, parts: DikImportParts): ImportRow {
  const read = readingOf(row, request, parts);
  return read ? { ...row, dikReading: read.reading } : row;
}

/** The imported exemption of a DIK row written as entry `entryId`. */
export function adoptionOf(row: ParsedRow, entryId: number, request: ImportRequest, parts: DikImportParts): ImportedExemption | null {
  const read = readingOf(row.preview, request, parts);
  if (!read) return null;
  const { grounds, otherBases, upstreamDecision } = read.reading;
  return { entryId, grounds, otherBases, upstreamDecision, review: read.stored };
}

/** Counts for the result: decided (by the SK or an upstream decision), awaiting their decision, with points to review. */
export function adoptionCounts(rows: readonly ParsedRow[], request: ImportRequest, parts: DikImportParts) {
  const readings = rows.flatMap((row) => {
    const read = readingOf(row.preview, request, parts);
    return read ? [read.reading] : [];
  });
  if (readings.length === 0) return undefined;
  return {
    decided: readings.filter((r) => !r.awaitingDecision).length,
    awaiting: readings.filter((r) => r.awaitingDecision).length,
    // Awaiting the SK is counted on its own; the rest are points a person reads.
    toReview: readings.filter((r) => r.review.some((point) => point.key !== 'awaitingDecision')).length,
  };
}
