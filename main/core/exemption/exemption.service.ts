import { lemariError } from '../../../shared/api/raise';
import type { ApprovalProgress, ApprovalStatus, ApprovalStep } from '../../../shared/domain/approval';
import type { ImportReview } from '../../../shared/domain/dikImport';
import type { Role } from '../../../shared/domain/user';
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
import type { AuditedRowRef } from '../audit/audit.service';
import type { Acting, UserService } from '../user/user.service';
import type { VaultService } from '../vault/vault.service';
import { createApprovalRepo } from './approval.repo';
import { createApprovalWorkflow, type PaperApproval } from './approval.workflow';
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
  /** Stores the scan of a signed approval sheet (hostile-file checks included). */
  vault: Pick<VaultService, 'ingest'>;
}

/** One imported DIK row as the exemption takes it: its entry (just written by the import) and what was read from it. */
export interface ImportedExemption {
  entryId: number;
  grounds: readonly string[];
  otherBases: readonly string[];
  upstreamDecision: string;
  /** The points the reader could not fully read (stored; the decision-dependent ones are derived when read). */
  review: readonly ImportReview[];
}

export function createExemptionService(
  deps: ServiceDeps,
  { users, tests, entries, writer, documentTypes, dateOf = wibDate, vault }: ExemptionServiceParts,
) {
  const { db, audit, events, clock } = deps;
  const repo = createExemptionRepo(db);
  const approvalRepo = createApprovalRepo(db);
  const approvals = createApprovalWorkflow({ repo: approvalRepo, users, clock, authorsOf: (entryId) => repo.authors(entryId) });

  /** The exemption as the contract shows it, with the progress of its approval ("2 dari 3"). */
  function shown(row: ExemptionRow, progress: ApprovalProgress | null = approvals.progress(row.entry_id)): Exemption {
    return { ...toExemption(row), approval: progress };
  }

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
    const exemption = shown(mustRow(entryId));
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

  function step(entryId: number, acting: Acting, action: ApprovalStep['action'], note: string, role: Role = acting.role): void {
    repo.addStep(entryId, clock().toISOString(), acting.user.id, acting.user.name, role, action, note);
  }

  /** What a change adds to its audit event beyond the exemption: the approval row it wrote. */
  interface AuditExtra {
    approvalId?: number;
  }

  /** One workflow change: the writer's transaction, audit event for the exemption, then the windows are told. */
  function change(
    entryId: number | null,
    action: string,
    acting: Acting,
    work: (tx: EntryTx, extra: AuditExtra) => number,
  ): ExemptionDetail {
    const result = writer.write((tx) => {
      const before = entryId === null ? null : shown(mustRow(entryId));
      const extra: AuditExtra = {};
      const id = work(tx, extra);
      const rows: AuditedRowRef[] = [{ table: 'exemptions', id }];
      if (extra.approvalId !== undefined) rows.push({ table: 'exemption_approvals', id: extra.approvalId });
      audit.record({ actor: acting.actor, action, entityType: 'exemption', entityId: id, before, after: shown(mustRow(id)), rows });
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
      const missing = missingFor(shown(row));
      if (missing.length > 0) throw lemariError('invalid_input', { key: 'exemption.err.incomplete', params: { count: missing.length } });
      setState(row, { status: 'submitted', returnNote: '' }, expectedVersion);
      approvals.openRound(entryId);
      step(entryId, acting, 'submit', note);
      return entryId;
    });
  }

  /** An approval by the approver signed in here: the chain of the round decides whether it is the last one needed. */
  function approve(entryId: number, expectedVersion: number, note: string, transportActor: string): ExemptionDetail {
    const acting = users.requireAct('approve', transportActor);
    return change(entryId, 'exemption.approve', acting, (_tx, extra) => {
      const row = mustRow(entryId);
      requireStatus(row, ['submitted']);
      const given = approvals.approveSignedIn(entryId, acting, note);
      extra.approvalId = given.approvalId;
      setState(row, given.complete ? { status: 'approved' } : {}, expectedVersion);
      step(entryId, acting, 'approve', note, given.role);
      return entryId;
    });
  }

  /**
   * An approval signed on paper, recorded by the desk with the scan of the signed sheet: the desk's
   * right is checked before the file is stored, then the vault writes it and the approval is recorded
   * in the vault's transaction, so a refused approval keeps no scan link and a refused file records nothing.
   */
  async function recordApproval(
    entryId: number,
    expectedVersion: number,
    paper: PaperApproval,
    scan: { path: string; name: string },
    transportActor: string,
  ): Promise<ExemptionDetail> {
    const acting = users.requireAct('recordApproval', transportActor);
    requireStatus(mustRow(entryId), ['submitted']);
    const done: { detail?: ExemptionDetail } = {};
    await vault.ingest(scan.path, scan.name, acting.actor, (blob) => {
      done.detail = change(entryId, 'exemption.recordApproval', acting, (_tx, extra) => {
        const row = mustRow(entryId);
        requireStatus(row, ['submitted']);
        const given = approvals.recordFromPaper(entryId, acting, paper, blob.sha256);
        extra.approvalId = given.approvalId;
        setState(row, given.complete ? { status: 'approved' } : {}, expectedVersion);
        // The trail names whose signature the desk transcribed; the approval row holds the rest (role, sheet, scan).
        step(entryId, acting, 'recordApproval', paper.note === '' ? given.approverName : `${given.approverName} — ${paper.note}`);
        return entryId;
      });
    });
    if (!done.detail) throw new Error('the vault committed without recording the approval');
    return done.detail;
  }

  /** Back to the drafter with a note: the round closes returned and the next submission starts a new one. */
  function returnToDrafter(entryId: number, expectedVersion: number, note: string, transportActor: string): ExemptionDetail {
    const acting = users.requireAct('approve', transportActor);
    return change(entryId, 'exemption.return', acting, () => {
      const row = mustRow(entryId);
      requireStatus(row, ['submitted']);
      const role = approvals.returnRound(entryId, acting);
      setState(row, { status: 'returned', returnNote: note }, expectedVersion);
      step(entryId, acting, 'return', note, role);
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
    const before = shown(row);
    const { endDate } = computedEnd({ periodText: row.period_text, anchor: row.anchor, documentDate: row.document_date }, decision.date);
    setState(row, { decisionId: decision.id, endDate }, row.version);
    step(entryId, acting, 'decide', decision.number);
    audit.record({
      actor: acting.actor,
      action: 'exemption.decide',
      entityType: 'exemption',
      entityId: entryId,
      before,
      after: shown(mustRow(entryId)),
      rows: [{ table: 'exemptions', id: entryId }],
    });
  }

  /** Who may import an existing DIK (act `importDik`): asked before the file's rows are written. */
  function mayImportDik(transportActor: string): Acting {
    return users.requireAct('importDik', transportActor);
  }

  /**
   * Imported DIK rows become exemptions decided before Lemari: in force from the start (the SK, the
   * upstream decision or the awaited one set them; no test or approval happens here), with their
   * grounds, other bases and period. Inside the import's transaction, right after its rows; one audit
   * event for the import's exemptions. The SK recorded with the import then fixes them (fixByDecision).
   */
  function adoptImported(rows: readonly ImportedExemption[], importId: number, transportActor: string): void {
    const acting = mayImportDik(transportActor);
    const at = clock().toISOString();
    for (const row of rows) {
      const entry = entries.find(row.entryId);
      // Only rows the import itself wrote into the DIK: never a public entry, never one already exempted.
      if (!entry || entry.category !== 'dikecualikan' || repo.get(row.entryId))
        throw new Error(`import: entry ${String(row.entryId)} is no new DIK row`);
      for (const code of row.grounds) {
        if (!repo.groundExists(code))
          throw lemariError('invalid_input', { key: 'exemption.err.groundUnknown', params: { code }, field: 'grounds' });
      }
      const period = parsePeriod(entry.dikJangkaWaktu);
      repo.insertImported(row.entryId, { ...row, review: [...row.review], periodKind: period.kind, endDate: endDateOf(period, null) }, at);
      step(row.entryId, acting, 'import', `Impor #${String(importId)}`);
    }
    audit.record({
      actor: acting.actor,
      action: 'exemption.import',
      entityType: 'import',
      entityId: importId,
      before: null,
      after: { entryIds: rows.map((r) => r.entryId), count: rows.length },
      rows: rows.map((r) => ({ table: 'exemptions', id: r.entryId })),
    });
  }

  /** The approved exemption at `expectedVersion` that a declassification may open; refused otherwise. */
  function openable(entryId: number, expectedVersion: number): Exemption {
    const row = repo.get(entryId);
    if (!row) throw lemariError('not_found', { key: 'exemption.err.notExempted' });
    requireStatus(row, ['approved']);
    if (row.version !== expectedVersion) throw lemariError('conflict', { key: 'exemption.err.changed' });
    return shown(row);
  }

  /** Marks an exemption opened into DIP entry `openedTo` (declassification); inside the caller's transaction. */
  function markOpened(entryId: number, openedTo: number, note: string, acting: Acting): void {
    const row = mustRow(entryId);
    const before = shown(row);
    setState(row, { status: 'opened', openedTo }, row.version);
    step(entryId, acting, 'declassify', note);
    audit.record({
      actor: acting.actor,
      action: 'exemption.declassify',
      entityType: 'exemption',
      entityId: entryId,
      before,
      after: shown(mustRow(entryId)),
      rows: [{ table: 'exemptions', id: entryId }],
    });
  }

  /** The former DIK entry a DIP entry was opened from, if any (the reverse of `openedTo`). */
  function former(entryId: number): Exemption | null {
    const fromId = repo.openedFrom(entryId);
    const row = fromId === null ? null : repo.get(fromId);
    return row ? shown(row) : null;
  }

  return {
    list: () => {
      const progress = approvals.progressByEntry();
      return repo.list().map((row) => shown(row, progress.get(row.entry_id) ?? null));
    },
    get: detail,
    row: mustRow,
    create,
    update,
    submit,
    approve,
    recordApproval,
    returnToDrafter,
    /** The approval rounds and the body's chain (read by approvalChain.service.ts). */
    approvals,
    review,
    reclassify,
    /** The exemption of an entry, or null when it has none. */
    find: (entryId: number): Exemption | null => {
      const row = repo.get(entryId);
      return row ? shown(row) : null;
    },
    fixByDecision,
    mayImportDik,
    adoptImported,
    /** Whether the archive knows and offers a Pasal 17 ground (the importer keeps only those). */
    groundExists: (code: string) => repo.groundExists(code),
    openable,
    markOpened,
    former,
    today: () => dateOf(clock()),
  };
}

export type ExemptionService = ReturnType<typeof createExemptionService>;
