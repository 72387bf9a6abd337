import { lemariError } from '../../../shared/api/raise';
import type { ApprovalStatus, ApprovalStep } from '../../../shared/domain/approval';
import { emptyEntryFields, type Entry, type EntryFields } from '../../../shared/domain/entry';
import type { Exemption, ExemptionDetail, ExemptionFields } from '../../../shared/domain/exemption';
import { legalBasisText, plausibilityWarnings } from '../../../shared/domain/pasal17';
import { endDateOf, parsePeriod } from '../../../shared/domain/period';
import { wibDate } from '../../../shared/domain/workingDays';
import { createEntryRepo } from '../register/entry.repo';
import { pickFields } from '../register/entry.service';
import type { ServiceDeps } from '../support/deps';
import type { Acting, UserService } from '../user/user.service';
import { createExemptionRepo, type ExemptionRow, type ExemptionState } from './exemption.repo';
import type { TestService } from './test.service';

/** The anchor date a duration runs from: the SK's date or the document's, as the officer chose. */
function anchorDate(row: Pick<ExemptionRow, 'anchor' | 'decision_date' | 'document_date'>): string | null {
  return row.anchor === 'sk' ? row.decision_date : row.document_date;
}

export function toExemption(row: ExemptionRow): Exemption {
  const grounds = row.grounds === null ? [] : row.grounds.split(',').sort();
  const otherBases = JSON.parse(row.other_bases_json) as string[];
  const period = parsePeriod(row.period_text);
  return {
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
    legalBasis: legalBasisText(grounds, otherBases),
    decisionId: row.decision_id,
    decisionNumber: row.decision_number,
    lastReviewedAt: row.last_reviewed_at,
    openedTo: row.opened_to,
    returnNote: row.return_note,
    warnings: plausibilityWarnings(grounds, `${row.judul} ${row.informasi} ${row.dokumen} ${row.jenis_dokumen}`, period),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function stateOf(row: ExemptionRow): ExemptionState {
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
function entryFieldsFor(fields: ExemptionFields, base: EntryFields): EntryFields {
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

/**
 * The exemption workflow on an exempted entry: draft → submitted → approved or returned with a
 * note; decision (SK); review of conditions. Each act checks the active profile's role here in main.
 * Nothing in this service reads the clock to change a status: an exemption ends only when a person
 * declassifies it (RELIABILITY #15), the clock only dates what people do.
 */
export function createExemptionService(deps: ServiceDeps, users: UserService, tests: TestService) {
  const { db, audit, events, clock } = deps;
  const repo = createExemptionRepo(db);
  const entries = createEntryRepo(db);

  function mustRow(entryId: number): ExemptionRow {
    const row = repo.get(entryId);
    if (!row) throw lemariError('not_found', { key: 'exemption.err.notExempted' });
    return row;
  }

  /** What still stands between this exemption and approval (i18n keys under exemption.missing). */
  function missingFor(x: Exemption): string[] {
    const missing: string[] = [];
    if (x.informasi === '') missing.push('informasi');
    if (x.grounds.length === 0) missing.push('grounds');
    if (x.konsekuensiDibuka === '' && x.konsekuensiDitutup === '') missing.push('konsekuensi');
    if (x.period.kind === 'unparsed') missing.push('period');
    if (x.period.kind === 'duration' && x.anchor === 'document' && x.documentDate === null) missing.push('documentDate');
    if (x.upstreamDecision === '' && tests.concludedFor(x.entryId, 'dikecualikan') === null) missing.push('test');
    return missing;
  }

  function detail(entryId: number): ExemptionDetail {
    const exemption = toExemption(mustRow(entryId));
    return { ...exemption, steps: repo.steps(entryId), tests: tests.testsOfEntry(entryId), missing: missingFor(exemption) };
  }

  function assertFields(fields: ExemptionFields): void {
    for (const code of fields.grounds) {
      if (!repo.groundExists(code))
        throw lemariError('invalid_input', { key: 'exemption.err.groundUnknown', params: { code }, field: 'fields.grounds' });
    }
    if (fields.unitId !== null && !entries.unitExists(fields.unitId)) {
      throw lemariError('invalid_input', { key: 'register.unitMissing', field: 'fields.unitId' });
    }
  }

  function computedEnd(fields: Pick<ExemptionFields, 'periodText' | 'anchor' | 'documentDate'>, decisionDate: string | null) {
    const period = parsePeriod(fields.periodText);
    return { periodKind: period.kind, endDate: endDateOf(period, fields.anchor === 'sk' ? decisionDate : fields.documentDate) };
  }

  function step(entryId: number, acting: Acting, action: ApprovalStep['action'], note: string): void {
    repo.addStep(entryId, clock().toISOString(), acting.user.id, acting.user.name, acting.role, action, note);
  }

  /** One workflow change: transaction, audit event for the exemption, then the windows are told. */
  function change(entryId: number | null, action: string, acting: Acting, work: () => number): ExemptionDetail {
    const result = db
      .transaction(() => {
        const before = entryId === null ? null : toExemption(mustRow(entryId));
        const id = work();
        audit.record({ actor: acting.actor, action, entityType: 'exemption', entityId: id, before, after: toExemption(mustRow(id)) });
        return detail(id);
      })
      .immediate();
    events.emit('exemption.changed', { entryId: result.entryId });
    events.emit('entry.changed', { id: result.entryId });
    return result;
  }

  function saveEntry(entry: Entry, fields: EntryFields, acting: Acting, action: string): void {
    if (!entries.update(entry.id, fields, entry.version, clock().toISOString()))
      throw lemariError('conflict', { key: 'register.conflict' });
    audit.record({ actor: acting.actor, action, entityType: 'entry', entityId: entry.id, before: entry, after: entries.get(entry.id) });
  }

  function setState(row: ExemptionRow, patch: Partial<ExemptionState>, expectedVersion: number): void {
    if (!repo.updateState(row.entry_id, { ...stateOf(row), ...patch }, expectedVersion, clock().toISOString())) {
      throw lemariError('conflict', { key: 'exemption.err.changed' });
    }
  }

  function requireStatus(row: ExemptionRow, allowed: readonly ApprovalStatus[]): void {
    if (!allowed.includes(row.status)) {
      throw lemariError('conflict', { key: 'exemption.err.wrongStatus', params: { status: row.status } });
    }
  }

  function create(fields: ExemptionFields, transportActor: string): ExemptionDetail {
    const acting = users.requireAct('edit', transportActor);
    assertFields(fields);
    return change(null, 'exemption.create', acting, () => {
      const at = clock().toISOString();
      const entryId = entries.insert(entryFieldsFor(fields, emptyEntryFields('dikecualikan', fields.year)), at);
      audit.record({
        actor: acting.actor,
        action: 'entry.create',
        entityType: 'entry',
        entityId: entryId,
        before: null,
        after: entries.get(entryId),
      });
      const { periodKind, endDate } = computedEnd(fields, null);
      repo.insert(entryId, fields, periodKind, endDate, at);
      step(entryId, acting, 'create', '');
      return entryId;
    });
  }

  /** Drafts and returned entries only: an approved exemption changes by a new test and a new SK, never a silent edit. */
  function update(entryId: number, fields: ExemptionFields, expectedVersion: number, transportActor: string): ExemptionDetail {
    const acting = users.requireAct('edit', transportActor);
    assertFields(fields);
    return change(entryId, 'exemption.update', acting, () => {
      const row = mustRow(entryId);
      requireStatus(row, ['draft', 'returned']);
      const entry = entries.get(entryId);
      if (!entry) throw lemariError('not_found');
      saveEntry(entry, entryFieldsFor(fields, pickFields(entry)), acting, 'entry.update');
      const { periodKind, endDate } = computedEnd(fields, row.decision_date);
      if (!repo.updateFields(entryId, fields, periodKind, endDate, expectedVersion, clock().toISOString())) {
        throw lemariError('conflict', { key: 'exemption.err.changed' });
      }
      step(entryId, acting, 'update', '');
      return entryId;
    });
  }

  function submit(entryId: number, expectedVersion: number, note: string, transportActor: string): ExemptionDetail {
    const acting = users.requireAct('submit', transportActor);
    return change(entryId, 'exemption.submit', acting, () => {
      const row = mustRow(entryId);
      requireStatus(row, ['draft', 'returned']);
      const missing = missingFor(toExemption(row));
      if (missing.length > 0) throw lemariError('invalid_input', { key: 'exemption.err.incomplete', params: { count: missing.length } });
      setState(row, { status: 'submitted', returnNote: '' }, expectedVersion);
      step(entryId, acting, 'submit', note);
      return entryId;
    });
  }

  /** Approve or return: the approver's role is checked, and nobody approves what they submitted themselves. */
  function decideApproval(
    entryId: number,
    expectedVersion: number,
    note: string,
    approve: boolean,
    transportActor: string,
  ): ExemptionDetail {
    const acting = users.requireAct('approve', transportActor);
    return change(entryId, approve ? 'exemption.approve' : 'exemption.return', acting, () => {
      const row = mustRow(entryId);
      requireStatus(row, ['submitted']);
      if (repo.lastSubmitter(entryId) === acting.user.id) throw lemariError('forbidden', { key: 'exemption.err.ownSubmission' });
      if (repo.drafters(entryId).includes(acting.user.id)) throw lemariError('forbidden', { key: 'auth.err.ownDraft' });
      setState(row, approve ? { status: 'approved' } : { status: 'returned', returnNote: note }, expectedVersion);
      step(entryId, acting, approve ? 'approve' : 'return', note);
      return entryId;
    });
  }

  function review(entryId: number, expectedVersion: number, note: string, transportActor: string): ExemptionDetail {
    const acting = users.requireAct('edit', transportActor);
    return change(entryId, 'exemption.review', acting, () => {
      const row = mustRow(entryId);
      requireStatus(row, ['approved']);
      if (row.period_kind !== 'condition') throw lemariError('conflict', { key: 'exemption.err.notConditional' });
      setState(row, { lastReviewedAt: clock().toISOString() }, expectedVersion);
      step(entryId, acting, 'review', note);
      return entryId;
    });
  }

  /** Public → exempted: the entry must be covered by a concluded test that found it exempt. */
  function reclassify(entryId: number, testId: number, transportActor: string): ExemptionDetail {
    const acting = users.requireAct('edit', transportActor);
    return change(null, 'exemption.reclassify', acting, () => {
      const entry = entries.get(entryId);
      if (!entry || entry.deletedAt !== null) throw lemariError('not_found');
      if (entry.category === 'dikecualikan') throw lemariError('conflict', { key: 'exemption.err.alreadyExempted' });
      const test = tests.get(testId);
      if (test.concludedAt === null || test.conclusion !== 'dikecualikan' || !test.entryIds.includes(entryId)) {
        throw lemariError('forbidden', { key: 'exemption.err.reclassifyNeedsTest' });
      }
      if (repo.get(entryId)) throw lemariError('conflict', { key: 'exemption.err.alreadyExempted' });
      const fields: ExemptionFields = {
        judul: entry.judul,
        informasi: entry.ringkasan || entry.judul,
        dokumen: '',
        jenisDokumen: '',
        partial: false,
        unitId: entry.unitId,
        year: entry.year,
        grounds: [],
        otherBases: [],
        konsekuensiDibuka: '',
        konsekuensiDitutup: '',
        periodText: test.periodText,
        anchor: 'sk',
        documentDate: null,
        upstreamDecision: '',
      };
      saveEntry(entry, entryFieldsFor(fields, pickFields(entry)), acting, 'entry.reclassify');
      const { periodKind, endDate } = computedEnd(fields, null);
      repo.insert(entryId, fields, periodKind, endDate, clock().toISOString());
      step(entryId, acting, 'reclassify', `Uji Konsekuensi #${String(testId)}`);
      return entryId;
    });
  }

  return {
    list: () => repo.list().map(toExemption),
    get: detail,
    row: mustRow,
    create,
    update,
    submit,
    approve: (entryId: number, expectedVersion: number, note: string, actor: string) =>
      decideApproval(entryId, expectedVersion, note, true, actor),
    returnToDrafter: (entryId: number, expectedVersion: number, note: string, actor: string) =>
      decideApproval(entryId, expectedVersion, note, false, actor),
    review,
    reclassify,
    /** Used by decisions and declassification inside their own transactions. */
    internal: { repo, entries, setState, step, computedEnd, requireStatus, toExemption },
    today: () => wibDate(clock()),
  };
}

export type ExemptionService = ReturnType<typeof createExemptionService>;
