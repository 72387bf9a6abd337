import { lemariError } from '../../../shared/api/raise';
import type { AgencyProfile } from '../../../shared/domain/agency';
import { dateParam } from '../../../shared/domain/dateWords';
import { agencyZone } from '../../../shared/domain/timeZone';
import type { ExemptionDetail } from '../../../shared/domain/exemption';
import {
  isAnswered,
  mayMoveTo,
  type DecisionInput,
  type FeeFields,
  type RefusalGround,
  type RequestDetail,
  type RequestFields,
  type RequestListFilter,
  type RequestStatus,
  type RequestSummary,
} from '../../../shared/domain/request';
import {
  countWorkingDaysBetween,
  explainRequestDeadline,
  localDate,
  recordOf,
  recordedDeadlineSchema,
  type DeadlineExplanation,
  type TimeZone,
} from '../../../shared/domain/requestDeadline';
import type { Holiday } from '../../../shared/domain/workingDays';
import { calendarWatcher, deadlineMovesOf } from './deadlineMoves';
import type { ServiceDeps } from '../support/deps';
import { createRequestRepo, type ListedRow, type RequestRow } from './request.repo';
import { checkDecision } from './decisionRules';
import { createObjectionRepo, filingDeadlineOf } from './objection.repo';

/** What the request register reads of the DIK: an exempted entry's record (grounds, tests, SK), from the exemption domain. */
export interface DikSource {
  get(entryId: number): ExemptionDetail;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** "007/PPID/XII/2026": serial within the year, PPID, month in Roman numerals, year — as registers number them. */
export function requestNumber(serial: number, receivedOn: string): string {
  const month = ROMAN[Number(receivedOn.slice(5, 7)) - 1] ?? 'I';
  return `${String(serial).padStart(3, '0')}/PPID/${month}/${receivedOn.slice(0, 4)}`;
}

/** The body's zone: set in its profile, else read from its place (the same rule as "today" everywhere). */
export function zoneOf(agency: AgencyProfile): TimeZone {
  return agencyZone(agency);
}

/**
 * The request register: receiving, extending and answering requests with deadlines that are computed on
 * read from the holiday calendar (so a holiday added later moves an open deadline, and says so). Nothing
 * here changes a status by itself: overdue is a flag, never a state.
 */
export function createRequestService(deps: ServiceDeps, agency: { get(): AgencyProfile }, dik: DikSource) {
  const { db, audit, events, clock } = deps;
  const repo = createRequestRepo(db);
  const objections = createObjectionRepo(db);
  // One date set per holiday list read (a list call reads the calendar once), not one per row.
  const holidaySets = new WeakMap<readonly Holiday[], Set<string>>();

  const zone = () => zoneOf(agency.get());
  const today = () => localDate(clock(), zone());

  function explain(row: RequestRow, holidays: readonly Holiday[], tz: TimeZone): DeadlineExplanation {
    const recorded = recordedDeadlineSchema.safeParse(JSON.parse(row.deadline_json));
    return explainRequestDeadline({
      receivedAt: row.received_at,
      zone: tz,
      holidays,
      extensionReason: row.extension_reason,
      recorded: recorded.success ? recorded.data : null,
    });
  }

  function summarize(row: ListedRow, holidays: readonly Holiday[], tz: TimeZone, now: string): RequestSummary {
    const deadline = explain(row, holidays, tz);
    const open = !isAnswered(row.status);
    // Only an open request has days left; counting them walks the calendar, so answered rows skip it.
    const set = open ? (holidaySets.get(holidays) ?? new Set(holidays.map((h) => h.date))) : null;
    if (set) holidaySets.set(holidays, set);
    const left =
      set === null
        ? 0
        : now <= deadline.dueOn
          ? countWorkingDaysBetween(now, deadline.dueOn, set)
          : -countWorkingDaysBetween(deadline.dueOn, now, set);
    return {
      id: row.id,
      number: row.number,
      receivedAt: row.received_at,
      receivedOn: deadline.receivedOn,
      channel: row.channel,
      requesterName: row.requester_name,
      information: row.information,
      status: row.status,
      dueOn: deadline.dueOn,
      answeredOn: row.answered_on,
      workingDaysLeft: open ? left : null,
      overdue: open ? now > deadline.dueOn : row.answered_on !== null && row.answered_on > deadline.dueOn,
      version: row.version,
    };
  }

  function mustRow(id: number): RequestRow {
    const row = repo.get(id);
    if (!row) throw lemariError('not_found');
    return row;
  }

  function refusalGrounds(requestId: number): RefusalGround[] {
    return repo.linkedEntries(requestId, 'refused').map((entry) => {
      const facts = repo.entryFacts(entry.id);
      if (facts?.exemption_status != null) {
        const x = dik.get(entry.id);
        return {
          entryId: entry.id,
          judul: x.judul,
          informasi: x.informasi,
          legalBasis: x.legalBasis,
          konsekuensi: x.konsekuensiDibuka,
          grounds: x.grounds,
          testIds: x.tests.filter((t) => t.conclusion === 'dikecualikan').map((t) => t.id),
          decisionNumber: x.decisionNumber,
        };
      }
      // An exempted entry kept as the printed DIK row only (imported): its Dasar Hukum as written.
      return {
        entryId: entry.id,
        judul: entry.judul,
        informasi: facts?.dik_informasi ?? '',
        legalBasis: facts?.dik_dasar_hukum ?? '',
        konsekuensi: facts?.dik_konsekuensi_dibuka ?? '',
        grounds: [],
        testIds: [],
        decisionNumber: null,
      };
    });
  }

  /** The answer deadline of every open request, against the calendar as it stands. */
  function openDueDates(): Map<number, string> {
    const holidays = repo.holidays();
    const tz = zone();
    return new Map(repo.list('', null, true, null, Number.MAX_SAFE_INTEGER).map((row) => [row.id, explain(row, holidays, tz).dueOn]));
  }

  function detail(id: number): RequestDetail {
    const row = mustRow(id);
    const requester = repo.requester(row.requester_id);
    if (!requester) throw new Error('request without its requester');
    const holidays = repo.holidays();
    const tz = zone();
    const summary = summarize({ ...row, requester_name: requester.name }, holidays, tz, today());
    const holidaySet = new Set(holidays.map((h) => h.date));
    return {
      ...summary,
      fields: {
        receivedAt: row.received_at,
        channel: row.channel,
        letterNumber: row.letter_number,
        letterDate: row.letter_date,
        requester: {
          kind: requester.kind,
          name: requester.name,
          address: requester.address,
          phone: requester.phone,
          email: requester.email,
          occupation: requester.occupation,
          identityType: requester.identity_type,
          identityNumber: requester.identity_number,
          legalBasis: requester.legal_basis,
        },
        information: row.information,
        purpose: row.purpose,
        accessModes: JSON.parse(row.access_modes_json) as RequestFields['accessModes'],
        copyWanted: row.copy_wanted === 1,
        copyForm: row.copy_form,
        delivery: row.delivery,
        notes: row.notes,
      },
      timeZone: tz,
      extensionReason: row.extension_reason ?? '',
      transferredTo: row.transferred_to,
      decisionNote: row.decision_note,
      fee: { amount: row.fee_amount, method: row.fee_method, chargedOn: row.fee_charged_on },
      deadline: explain(row, holidays, tz),
      history: repo.steps(id),
      deadlineMoves: deadlineMovesOf(audit, id),
      givenEntries: repo.linkedEntries(id, 'given'),
      refusalGrounds: refusalGrounds(id),
      documents: repo.documents(id),
      letters: repo.letters(id),
      objections: objections.objections(id, filingDeadlineOf(row.answered_on, summary.dueOn, holidaySet), holidaySet),
      disputes: objections.disputes(id),
    };
  }

  function list(filter: RequestListFilter): RequestSummary[] {
    const holidays = repo.holidays();
    const tz = zone();
    const now = today();
    const rows = repo
      .list(filter.search, filter.status, filter.dueWithin !== null, filter.year)
      .map((row) => summarize(row, holidays, tz, now));
    if (filter.dueWithin === null) return rows;
    const within = filter.dueWithin;
    return rows.filter((r) => r.workingDaysLeft !== null && r.workingDaysLeft <= within);
  }

  function assertReceivedNotFuture(receivedAt: string): void {
    if (new Date(receivedAt).getTime() > clock().getTime()) {
      throw lemariError('invalid_input', { key: 'request.receivedInFuture', field: 'fields.receivedAt' });
    }
  }

  function deadlineJson(receivedAt: string, extensionReason: string | null): string {
    return JSON.stringify(
      recordOf(explainRequestDeadline({ receivedAt, zone: zone(), holidays: repo.holidays(), extensionReason, recorded: null })),
    );
  }

  /** One change: the row, its status step and the audit event in one transaction, then the event. */
  function change(id: number | null, action: string, actor: string, work: () => number): RequestDetail {
    const changedId = db
      .transaction(() => {
        const before = id === null ? null : detail(id);
        const changed = work();
        const after = detail(changed);
        // The request, its requester, and its objections and disputes: every row a request's change may write.
        const rows = [
          { table: 'requests', id: changed },
          { table: 'requesters', id: mustRow(changed).requester_id },
          ...after.objections.map((o) => ({ table: 'objections', id: o.id })),
          ...after.disputes.map((d) => ({ table: 'disputes', id: d.id })),
        ];
        audit.record({ actor, action, entityType: 'request', entityId: changed, before, after, rows });
        return changed;
      })
      .immediate();
    events.emit('request.changed', { id: changedId });
    return detail(changedId);
  }

  function create(fields: RequestFields, actor: string): RequestDetail {
    assertReceivedNotFuture(fields.receivedAt);
    return change(null, 'request.create', actor, () => {
      const at = clock().toISOString();
      const receivedOn = localDate(fields.receivedAt, zone());
      const year = Number(receivedOn.slice(0, 4));
      const serial = repo.nextSerial(year);
      const requesterId = repo.insertRequester(fields.requester, at);
      const id = repo.insert({
        number: requestNumber(serial, receivedOn),
        year,
        serial,
        requesterId,
        fields,
        receivedOn,
        deadline: deadlineJson(fields.receivedAt, null),
        at,
      });
      repo.step(id, at, 'diterima', actor, '');
      return id;
    });
  }

  function requireOpen(row: RequestRow): void {
    if (isAnswered(row.status)) throw lemariError('conflict', { key: 'request.answered', params: { status: row.status } });
  }

  function update(id: number, fields: RequestFields, expectedVersion: number, actor: string): RequestDetail {
    assertReceivedNotFuture(fields.receivedAt);
    return change(id, 'request.update', actor, () => {
      const row = mustRow(id);
      requireOpen(row);
      const at = clock().toISOString();
      repo.updateRequester(row.requester_id, fields.requester, at);
      const receivedOn = localDate(fields.receivedAt, zone());
      if (!repo.updateFields(id, expectedVersion, fields, receivedOn, deadlineJson(fields.receivedAt, row.extension_reason), at)) {
        throw lemariError('conflict');
      }
      return id;
    });
  }

  function move(
    id: number,
    to: RequestStatus,
    expectedVersion: number,
    note: string,
    actor: string,
    write: (row: RequestRow, at: string) => boolean,
  ) {
    return change(id, `request.${to}`, actor, () => {
      const row = mustRow(id);
      requireOpen(row);
      if (!mayMoveTo(row.status, to)) throw lemariError('conflict', { key: 'request.badTransition', params: { from: row.status, to } });
      const at = clock().toISOString();
      if (!write(row, at)) throw lemariError('conflict');
      repo.step(id, at, to, actor, note);
      return id;
    });
  }

  function process(id: number, expectedVersion: number, note: string, actor: string): RequestDetail {
    return move(id, 'diproses', expectedVersion, note, actor, (_row, at) => repo.setStatus(id, 'diproses', at, expectedVersion));
  }

  /** Pasal 22 ayat 8: one extension of 7 working days, with reasons, given before the first 10 run out. */
  function extend(id: number, expectedVersion: number, reason: string, actor: string): RequestDetail {
    return move(id, 'diperpanjang', expectedVersion, reason, actor, (row, at) => {
      if (row.extension_reason !== null) throw lemariError('conflict', { key: 'request.extendOnce' });
      const firstDue = explain(row, repo.holidays(), zone()).answer.due;
      const now = today();
      if (now > firstDue) throw lemariError('conflict', { key: 'request.extendLate', params: { due: dateParam(firstDue) } });
      return repo.setExtension(id, reason, now, deadlineJson(row.received_at, reason), at, expectedVersion);
    });
  }

  function decide(id: number, expectedVersion: number, decision: DecisionInput, actor: string): RequestDetail {
    return move(id, decision.status, expectedVersion, decision.note, actor, (_row, at) => {
      const links = checkDecision(repo, decision);
      const written = repo.setAnswer({
        id,
        expectedVersion,
        status: decision.status,
        answeredOn: today(),
        transferredTo: decision.status === 'dialihkan' ? decision.transferredTo : '',
        note: decision.note,
        at,
      });
      if (!written) return false;
      for (const entryId of links.given) repo.linkEntry(id, entryId, 'given');
      for (const entryId of links.refused) repo.linkEntry(id, entryId, 'refused');
      for (const doc of links.documents) repo.linkDocument(id, doc.id, doc.copy);
      return true;
    });
  }

  function setFee(id: number, expectedVersion: number, fee: FeeFields, actor: string): RequestDetail {
    return change(id, 'request.fee', actor, () => {
      mustRow(id);
      if (!repo.setFee({ id, expectedVersion, ...fee, at: clock().toISOString() })) throw lemariError('conflict');
      return id;
    });
  }

  return {
    list,
    detail,
    create,
    update,
    process,
    extend,
    decide,
    setFee,
    change,
    mustRow,
    today,
    zone,
    holidays: () => repo.holidays(),
    calendarWatcher: calendarWatcher(audit, openDueDates),
    repo,
    objections,
  };
}

export type RequestService = ReturnType<typeof createRequestService>;
