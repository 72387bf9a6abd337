import { lemariError } from '../../../shared/api/raise';
import type { ApprovalStatus, ApprovalStep } from '../../../shared/domain/approval';
import { emptyEntryFields } from '../../../shared/domain/entry';
import type { Exemption, ExemptionDetail, ExemptionFields } from '../../../shared/domain/exemption';
import { endDateOf, parsePeriod } from '../../../shared/domain/period';
import { wibDate } from '../../../shared/domain/workingDays';
import type { ConsequenceService } from '../consequence/consequence.service';
import { pickFields } from '../register/entryFields';
import type { EntryService } from '../register/entry.service';
import type { EntryTx, EntryWriter } from '../register/entry.writer';
import type { ReferenceService } from '../reference/reference.service';
import type { ServiceDeps } from '../support/deps';
import type { Acting, UserService } from '../user/user.service';
import { createExemptionRepo, type ExemptionRow, type ExemptionState } from './exemption.repo';
import { entryFieldsFor, stateOf, toExemption } from './exemptionRow';

/**
 * The exemption workflow on an exempted entry: draft → submitted → approved or returned with a
 * note; decision (SK); review of conditions. Each act checks the active profile's role here in main.
 * Nothing in this service reads the clock to change a status: an exemption ends only when a person
 * declassifies it (RELIABILITY #15), the clock only dates what people do.
 */
export interface ExemptionServiceParts {
  users: UserService;
  tests: ConsequenceService;
  /** Reads of the register (the entry and its unit); every write goes through `writer`. */
  entries: Pick<EntryService, 'find' | 'unitExists'>;
  writer: EntryWriter;
  /** Jenis dokumen as reference data: the stored spelling of a class, new classes added. */
  documentTypes: Pick<ReferenceService, 'adoptDocumentType'>;
  /** The calendar date of an instant in the body's time zone (WIB, WITA or WIT); WIB when not given. */
  dateOf?: (instant: Date) => string;
}

export function createExemptionService(
  deps: ServiceDeps,
  { users, tests, entries, writer, documentTypes, dateOf = wibDate }: ExemptionServiceParts,
) {
  const { db, audit, events, clock } = deps;
  const repo = createExemptionRepo(db);

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

  /** One workflow change: the writer's transaction, audit event for the exemption, then the windows are told. */
  function change(entryId: number | null, action: string, acting: Acting, work: (tx: EntryTx) => number): ExemptionDetail {
    const result = writer.write((tx) => {
      const before = entryId === null ? null : toExemption(mustRow(entryId));
      const id = work(tx);
      audit.record({
        actor: acting.actor,
        action,
        entityType: 'exemption',
        entityId: id,
        before,
        after: toExemption(mustRow(id)),
        rows: [{ table: 'exemptions', id }],
      });
      // The register shows the workflow state beside the entry, so its windows refresh too.
      tx.touched(id);
      return detail(id);
    });
    events.emit('exemption.changed', { entryId: result.entryId });
    return result;
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
    return change(null, 'exemption.create', acting, (tx) => {
      fields = { ...fields, jenisDokumen: documentTypes.adoptDocumentType(fields.jenisDokumen, acting.actor) };
      const entryId = tx.create(entryFieldsFor(fields, emptyEntryFields('dikecualikan', fields.year)), acting.actor).id;
      const { periodKind, endDate } = computedEnd(fields, null);
      repo.insert(entryId, fields, periodKind, endDate, tx.at);
      step(entryId, acting, 'create', '');
      return entryId;
    });
  }

  /** Drafts and returned entries only: an approved exemption changes by a new test and a new SK, never a silent edit. */
  function update(entryId: number, fields: ExemptionFields, expectedVersion: number, transportActor: string): ExemptionDetail {
    const acting = users.requireAct('edit', transportActor);
    assertFields(fields);
    return change(entryId, 'exemption.update', acting, (tx) => {
      const row = mustRow(entryId);
      requireStatus(row, ['draft', 'returned']);
      fields = { ...fields, jenisDokumen: documentTypes.adoptDocumentType(fields.jenisDokumen, acting.actor) };
      const entry = tx.get(entryId);
      tx.update(entry.id, entryFieldsFor(fields, pickFields(entry)), entry.version, acting.actor);
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
    return change(null, 'exemption.reclassify', acting, (tx) => {
      const entry = entries.find(entryId);
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
      // The guard lets public information become exempted only on this concluded test, which it checks again.
      tx.update(entry.id, entryFieldsFor(fields, pickFields(entry)), entry.version, acting.actor, {
        action: 'entry.reclassify',
        permit: { reclassifyOnTest: testId },
      });
      const { periodKind, endDate } = computedEnd(fields, null);
      repo.insert(entryId, fields, periodKind, endDate, clock().toISOString());
      step(entryId, acting, 'reclassify', `Uji Konsekuensi #${String(testId)}`);
      return entryId;
    });
  }

  /**
   * The SK fixing an approved exemption (decision.create): an SK-anchored duration now has its start
   * and so its end date. Runs inside the decision's transaction; records the exemption's step and audit event.
   */
  function fixByDecision(entryId: number, decision: { id: number; date: string; number: string }, acting: Acting): void {
    const row = repo.get(entryId);
    if (!row) throw lemariError('invalid_input', { key: 'exemption.err.notExempted', field: 'fields.entryIds' });
    requireStatus(row, ['approved']);
    const before = toExemption(row);
    const { endDate } = computedEnd({ periodText: row.period_text, anchor: row.anchor, documentDate: row.document_date }, decision.date);
    setState(row, { decisionId: decision.id, endDate }, row.version);
    step(entryId, acting, 'decide', decision.number);
    audit.record({
      actor: acting.actor,
      action: 'exemption.decide',
      entityType: 'exemption',
      entityId: entryId,
      before,
      after: toExemption(mustRow(entryId)),
      rows: [{ table: 'exemptions', id: entryId }],
    });
  }

  /** The approved exemption at `expectedVersion` that a declassification may open; refused otherwise. */
  function openable(entryId: number, expectedVersion: number): Exemption {
    const row = repo.get(entryId);
    if (!row) throw lemariError('not_found', { key: 'exemption.err.notExempted' });
    requireStatus(row, ['approved']);
    if (row.version !== expectedVersion) throw lemariError('conflict', { key: 'exemption.err.changed' });
    return toExemption(row);
  }

  /** Marks an exemption opened into DIP entry `openedTo` (declassification); inside the caller's transaction. */
  function markOpened(entryId: number, openedTo: number, note: string, acting: Acting): void {
    const row = mustRow(entryId);
    const before = toExemption(row);
    setState(row, { status: 'opened', openedTo }, row.version);
    step(entryId, acting, 'declassify', note);
    audit.record({
      actor: acting.actor,
      action: 'exemption.declassify',
      entityType: 'exemption',
      entityId: entryId,
      before,
      after: toExemption(mustRow(entryId)),
      rows: [{ table: 'exemptions', id: entryId }],
    });
  }

  /** The former DIK entry a DIP entry was opened from, if any (the reverse of `openedTo`). */
  function former(entryId: number): Exemption | null {
    const fromId = repo.openedFrom(entryId);
    const row = fromId === null ? null : repo.get(fromId);
    return row ? toExemption(row) : null;
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
    /** The exemption of an entry, or null when it has none. */
    find: (entryId: number): Exemption | null => {
      const row = repo.get(entryId);
      return row ? toExemption(row) : null;
    },
    fixByDecision,
    openable,
    markOpened,
    former,
    today: () => dateOf(clock()),
  };
}

export type ExemptionService = ReturnType<typeof createExemptionService>;
