import { lemariError } from '../../../shared/api/raise';
import { ordersAllowedFor, type DisputeFields, type ObjectionFields, type ObjectionResponse } from '../../../shared/domain/objection';
import { dateParam } from '../../../shared/domain/dateWords';
import { isAnswered, type RequestDetail } from '../../../shared/domain/request';
import type { ServiceDeps } from '../support/deps';
import { filingDeadlineOf } from './objection.repo';
import type { RequestService } from './request.service';

/**
 * Keberatan (UU 14/2008 Pasal 35–36) and sengketa (Pasal 37–39). An objection is filed once the request
 * is answered or its deadline went unmet, within 30 working days; the Atasan PPID answers within 30.
 * A dispute follows an objection; a Komisi order to open information is recorded against the DIK entry, and
 * each order shows where it stands in the exemption lifecycle: the consequence test held on the order
 * (trigger perintah_komisi) and, once executed, the declassification (the DIP entry it became). Those steps
 * stay the exemption workflow's own methods, with their own roles.
 */
export function createObjectionService({ clock }: ServiceDeps, requests: RequestService) {
  const repo = requests.objections;

  function file(requestId: number, fields: ObjectionFields, actor: string): RequestDetail {
    return requests.change(requestId, 'request.object', actor, () => {
      const before = requests.detail(requestId);
      const today = requests.today();
      if (!isAnswered(before.status) && !before.overdue) throw lemariError('conflict', { key: 'request.objectionNotAnswered' });
      if (fields.filedOn < before.receivedOn || fields.filedOn > today) {
        throw lemariError('invalid_input', { key: 'request.objectionBeforeAnswer', field: 'fields.filedOn' });
      }
      const holidays = new Set(requests.holidays().map((h) => h.date));
      const deadline = filingDeadlineOf(before.answeredOn, before.dueOn, holidays);
      if (fields.filedOn > deadline)
        throw lemariError('conflict', { key: 'request.objectionLate', params: { date: dateParam(deadline) }, field: 'fields.filedOn' });
      repo.insertObjection(requestId, repo.nextNumber(fields.filedOn.slice(0, 4)), fields, clock().toISOString());
      return requestId;
    });
  }

  function respond(objectionId: number, expectedVersion: number, response: ObjectionResponse, actor: string): RequestDetail {
    const row = repo.objectionRow(objectionId);
    if (!row) throw lemariError('not_found');
    return requests.change(row.request_id, 'request.answerObjection', actor, () => {
      const current = repo.objectionRow(objectionId);
      if (current?.response_number != null) throw lemariError('conflict', { key: 'request.objectionResponded' });
      if (response.date < row.filed_on)
        throw lemariError('invalid_input', { key: 'request.objectionBeforeAnswer', field: 'response.date' });
      if (!repo.respond(objectionId, expectedVersion, response, clock().toISOString())) throw lemariError('conflict');
      return row.request_id;
    });
  }

  function assertOrders(fields: DisputeFields): void {
    // An order to open is part of a putusan: without its number, date and an outcome that grants, there is no order.
    if (fields.orderedOpenEntryIds.length > 0) {
      if (fields.putusanNumber === '' || fields.putusanDate === null)
        throw lemariError('invalid_input', { key: 'request.orderNeedsPutusan', field: 'fields.putusanNumber' });
      if (fields.outcome === null || !ordersAllowedFor.includes(fields.outcome))
        throw lemariError('conflict', { key: 'request.orderNeedsGrant', field: 'fields.outcome' });
    }
    fields.orderedOpenEntryIds.forEach((entryId, index) => {
      const facts = requests.repo.entryFacts(entryId);
      const field = `fields.orderedOpenEntryIds.${String(index)}`;
      if (!facts || facts.deleted_at !== null)
        throw lemariError('not_found', { key: 'request.entryMissing', params: { id: entryId }, field });
      if (facts.category !== 'dikecualikan')
        throw lemariError('conflict', { key: 'request.notInDik', params: { judul: facts.judul }, field });
    });
  }

  function registerDispute(requestId: number, objectionId: number | null, fields: DisputeFields, actor: string): RequestDetail {
    return requests.change(requestId, 'request.registerDispute', actor, () => {
      const request = requests.detail(requestId);
      if (request.objections.length === 0) throw lemariError('conflict', { key: 'request.disputeNeedsObjection' });
      if (objectionId !== null && !request.objections.some((o) => o.id === objectionId))
        throw lemariError('not_found', { field: 'objectionId' });
      assertOrders(fields);
      repo.insertDispute(requestId, objectionId, fields, clock().toISOString());
      return requestId;
    });
  }

  function updateDispute(disputeId: number, expectedVersion: number, fields: DisputeFields, actor: string): RequestDetail {
    const row = repo.disputeRow(disputeId);
    if (!row) throw lemariError('not_found');
    return requests.change(row.request_id, 'request.updateDispute', actor, () => {
      assertOrders(fields);
      if (!repo.updateDispute(disputeId, expectedVersion, fields, clock().toISOString())) throw lemariError('conflict');
      return row.request_id;
    });
  }

  return { file, respond, registerDispute, updateDispute };
}

export type ObjectionService = ReturnType<typeof createObjectionService>;
