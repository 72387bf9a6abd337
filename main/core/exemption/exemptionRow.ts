import { decisionReview, type ImportReview } from '../../../shared/domain/dikImport';
import type { EntryFields } from '../../../shared/domain/entry';
import type { Exemption, ExemptionFields } from '../../../shared/domain/exemption';
import { legalBasisText, plausibilityWarnings } from '../../../shared/domain/pasal17';
import { parsePeriod } from '../../../shared/domain/period';
import type { ExemptionRow, ExemptionState } from './exemption.repo';

/** The anchor date a duration runs from: the SK's date or the document's, as the officer chose. */
function anchorDate(row: Pick<ExemptionRow, 'anchor' | 'decision_date' | 'document_date'>): string | null {
  return row.anchor === 'sk' ? row.decision_date : row.document_date;
}

/** An imported row's points to review: what it stored at import, then what still waits for the decision. */
function importState(row: ExemptionRow, periodKind: Exemption['period']['kind']) {
  if (row.import_review_json === null) return { imported: false, awaitingDecision: false, importReview: [] };
  const stored = JSON.parse(row.import_review_json) as ImportReview[];
  const awaitingDecision = row.decision_id === null && row.upstream_decision === '' && row.status === 'approved';
  const decided = decisionReview(periodKind, row.decision_date !== null, row.end_date, awaitingDecision);
  return { imported: true, awaitingDecision, importReview: [...stored, ...(row.status === 'approved' ? decided : [])] };
}

/** The row as the contract shows it; the approval's progress is the service's to add (it needs other tables). */
export function toExemption(row: ExemptionRow): Exemption {
  const grounds = row.grounds === null ? [] : row.grounds.split(',').sort();
  const otherBases = JSON.parse(row.other_bases_json) as string[];
  const period = parsePeriod(row.period_text);
  return {
    ...importState(row, period.kind),
    entryId: row.entry_id,
    judul: row.judul,
    informasi: row.informasi,
    dokumen: row.dokumen,
    jenisDokumen: row.jenis_dokumen,
    partial: row.partial === 1,
    unitId: row.unit_id,
    unitName: row.unit_name,
    year: row.year,
    grounds,
    otherBases,
    konsekuensiDibuka: row.konsekuensi_dibuka,
    konsekuensiDitutup: row.konsekuensi_ditutup,
    periodText: row.period_text,
    anchor: row.anchor,
    documentDate: row.document_date,
    upstreamDecision: row.upstream_decision,
    status: row.status,
    period,
    anchorDate: anchorDate(row),
    endDate: row.end_date,
    // An imported row prints its Dasar Hukum as the SK's list wrote it; what was read from it is in grounds/otherBases.
    legalBasis: row.import_review_json !== null && row.dasar_hukum_text !== '' ? row.dasar_hukum_text : legalBasisText(grounds, otherBases),
    decisionId: row.decision_id,
    decisionNumber: row.decision_number,
    lastReviewedAt: row.last_reviewed_at,
    openedTo: row.opened_to,
    returnNote: row.return_note,
    warnings: plausibilityWarnings(grounds, `${row.judul} ${row.informasi} ${row.dokumen} ${row.jenis_dokumen}`, period),
    approval: null,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export function stateOf(row: ExemptionRow): ExemptionState {
  return {
    status: row.status,
    periodKind: row.period_kind,
    endDate: row.end_date,
    returnNote: row.return_note,
    decisionId: row.decision_id,
    lastReviewedAt: row.last_reviewed_at,
    openedTo: row.opened_to,
  };
}

/** The DIK columns of the register entry, kept in step so every list and export prints the same words. */
export function entryFieldsFor(fields: ExemptionFields, base: EntryFields): EntryFields {
  return {
    ...base,
    category: 'dikecualikan',
    judul: fields.judul,
    ringkasan: base.ringkasan === '' ? fields.informasi : base.ringkasan,
    unitId: fields.unitId,
    year: fields.year,
    dikInformasi: fields.informasi,
    dikDasarHukum: legalBasisText(fields.grounds, fields.otherBases),
    dikKonsekuensiDibuka: fields.konsekuensiDibuka,
    dikKonsekuensiDitutup: fields.konsekuensiDitutup,
    dikJangkaWaktu: fields.periodText,
  };
}
