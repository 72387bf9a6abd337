import type { Db } from '../db/connection';
import type { RequestStatus } from '../../../shared/domain/request';
import type { ObjectionResponse } from '../../../shared/domain/objection';

/** One request of the year with its requester, as the Buku Register Permohonan prints it. */
export interface RegisterRequestRow {
  id: number;
  number: string;
  received_on: string;
  status: RequestStatus;
  information: string;
  purpose: string;
  access_modes_json: string;
  copy_wanted: number;
  copy_form: 'softcopy' | 'hardcopy' | null;
  extension_reason: string | null;
  extended_on: string | null;
  answered_on: string | null;
  transferred_to: string;
  decision_note: string;
  fee_amount: number;
  fee_method: string;
  fee_charged_on: string | null;
  requester_kind: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  occupation: string;
  /** The date of the written notice (pemberitahuan or keputusan penolakan), when one was issued. */
  notice_date: string | null;
}

/** One keberatan filed in the year, with its request and requester, as the Buku Register Keberatan prints it. */
export interface RegisterObjectionRow {
  id: number;
  number: string;
  filed_on: string;
  reasons_json: string;
  description: string;
  response_date: string | null;
  outcome: ObjectionResponse['outcome'] | null;
  response_text: string | null;
  request_number: string;
  information: string;
  purpose: string;
  requester_kind: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  occupation: string;
  identity_type: string;
  identity_number: string;
  legal_basis: string;
  /** The dispute the requester took to the Komisi Informasi after this objection, if any. */
  dispute_number: string | null;
  dispute_on: string | null;
}

/** SQL of the register books (Perki 1/2021): one read per book and year, whatever the number of rows. */
export function createRegisterRepo(db: Db) {
  const requests = db.prepare<[number], RegisterRequestRow>(
    `SELECT r.id, r.number, r.received_on, r.status, r.information, r.purpose, r.access_modes_json, r.copy_wanted, r.copy_form,
            r.extension_reason, r.extended_on, r.answered_on, r.transferred_to, r.decision_note, r.fee_amount, r.fee_method,
            r.fee_charged_on, q.kind AS requester_kind, q.name, q.address, q.phone, q.email, q.occupation,
            (SELECT max(l.date) FROM request_letters l WHERE l.request_id = r.id AND l.kind IN ('pemberitahuan', 'penolakan')) AS notice_date
       FROM requests r JOIN requesters q ON q.id = r.requester_id
      WHERE r.year = ? ORDER BY r.serial`,
  );
  const links = db.prepare<
    [number],
    { request_id: number; role: 'given' | 'refused'; judul: string; dasar: string; bentuk: string | null }
  >(
    `SELECT re.request_id, re.role, e.judul, e.dik_dasar_hukum AS dasar, e.bentuk
       FROM request_entries re JOIN requests r ON r.id = re.request_id JOIN entries e ON e.id = re.entry_id
      WHERE r.year = ? ORDER BY re.request_id, e.id`,
  );
  const objections = db.prepare<[string], RegisterObjectionRow>(
    `SELECT o.id, o.number, o.filed_on, o.reasons_json, o.description, o.response_date, o.outcome, o.response_text,
            r.number AS request_number, r.information, r.purpose, q.kind AS requester_kind, q.name, q.address, q.phone, q.email,
            q.occupation, q.identity_type, q.identity_number, q.legal_basis,
            d.registration_number AS dispute_number, d.registered_on AS dispute_on
       FROM objections o JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = r.requester_id
       LEFT JOIN disputes d ON d.id = (SELECT min(x.id) FROM disputes x WHERE x.objection_id = o.id)
      WHERE substr(o.filed_on, 1, 4) = ? ORDER BY o.filed_on, o.id`,
  );
  return {
    requests: (year: number) => requests.all(year),
    links: (year: number) => links.all(year),
    objections: (year: number) => objections.all(String(year)),
  };
}

export type RegisterRepo = ReturnType<typeof createRegisterRepo>;
