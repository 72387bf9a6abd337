import type { RequestFields, RequestStatus } from '../../../shared/domain/request';
import type { Holiday } from '../../../shared/domain/workingDays';
import type { Db } from '../db/connection';

export interface RequestRow {
  id: number;
  number: string;
  year: number;
  serial: number;
  received_at: string;
  received_on: string;
  channel: RequestFields['channel'];
  letter_number: string;
  letter_date: string | null;
  requester_id: number;
  information: string;
  purpose: string;
  access_modes_json: string;
  copy_wanted: number;
  copy_form: RequestFields['copyForm'];
  delivery: RequestFields['delivery'];
  notes: string;
  status: RequestStatus;
  extension_reason: string | null;
  extended_on: string | null;
  answered_on: string | null;
  transferred_to: string;
  decision_note: string;
  fee_amount: number;
  fee_method: string;
  fee_charged_on: string | null;
  deadline_json: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RequesterRow {
  id: number;
  kind: RequestFields['requester']['kind'];
  name: string;
  address: string;
  phone: string;
  email: string;
  occupation: string;
  identity_type: RequestFields['requester']['identityType'];
  identity_number: string;
  legal_basis: string;
}

export interface ListedRow extends RequestRow {
  requester_name: string;
}

/** What a refusal reads of a register entry: whether it is exempted, and its DIK columns as written. */
export interface EntryFacts {
  id: number;
  judul: string;
  category: string;
  deleted_at: string | null;
  dik_informasi: string;
  dik_dasar_hukum: string;
  dik_konsekuensi_dibuka: string;
  exemption_status: string | null;
  partial: number | null;
}

/** SQL for the request register (Buku Register Permohonan). */
export function createRequestRepo(db: Db) {
  const holidays = db.prepare<[], Holiday>('SELECT date, name, kind FROM holidays ORDER BY date');
  const insertRequester = db.prepare(
    `INSERT INTO requesters (kind, name, address, phone, email, occupation, identity_type, identity_number, legal_basis, created_at, updated_at)
     VALUES (@kind, @name, @address, @phone, @email, @occupation, @identityType, @identityNumber, @legalBasis, @at, @at)`,
  );
  const updateRequester = db.prepare(
    `UPDATE requesters SET kind = @kind, name = @name, address = @address, phone = @phone, email = @email, occupation = @occupation,
       identity_type = @identityType, identity_number = @identityNumber, legal_basis = @legalBasis, updated_at = @at WHERE id = @id`,
  );
  const requesterById = db.prepare<[number], RequesterRow>('SELECT * FROM requesters WHERE id = ?');
  const maxSerial = db.prepare<[number], { n: number | null }>('SELECT max(serial) AS n FROM requests WHERE year = ?');
  const insertRequest = db.prepare(
    `INSERT INTO requests (number, year, serial, received_at, received_on, channel, letter_number, letter_date, requester_id, information,
       purpose, access_modes_json, copy_wanted, copy_form, delivery, notes, status, deadline_json, created_at, updated_at)
     VALUES (@number, @year, @serial, @receivedAt, @receivedOn, @channel, @letterNumber, @letterDate, @requesterId, @information,
       @purpose, @accessModes, @copyWanted, @copyForm, @delivery, @notes, 'diterima', @deadline, @at, @at)`,
  );
  const updateFields = db.prepare(
    `UPDATE requests SET received_at = @receivedAt, received_on = @receivedOn, channel = @channel, letter_number = @letterNumber,
       letter_date = @letterDate, information = @information, purpose = @purpose, access_modes_json = @accessModes,
       copy_wanted = @copyWanted, copy_form = @copyForm, delivery = @delivery, notes = @notes, deadline_json = @deadline,
       updated_at = @at, version = version + 1
     WHERE id = @id AND version = @expectedVersion`,
  );
  const byId = db.prepare<[number], RequestRow>('SELECT * FROM requests WHERE id = ?');
  const list = db.prepare<[{ search: string; status: string | null; open: number; year: number | null; limit: number }], ListedRow>(
    `SELECT r.*, q.name AS requester_name FROM requests r JOIN requesters q ON q.id = r.requester_id
     WHERE (@search = '' OR r.number LIKE '%' || @search || '%' OR r.information LIKE '%' || @search || '%' OR q.name LIKE '%' || @search || '%')
       AND (@status IS NULL OR r.status = @status)
       AND (@open = 0 OR r.status IN ('diterima','diproses','diperpanjang'))
       AND (@year IS NULL OR r.year = @year)
     ORDER BY r.received_at DESC, r.id DESC LIMIT @limit`,
  );
  const setStatus = db.prepare<[RequestStatus, string, number, number]>(
    'UPDATE requests SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?',
  );
  const setExtension = db.prepare<[string, string, string, string, number, number]>(
    `UPDATE requests SET status = 'diperpanjang', extension_reason = ?, extended_on = ?, deadline_json = ?, updated_at = ?,
       version = version + 1 WHERE id = ? AND version = ?`,
  );
  const setAnswer = db.prepare(
    `UPDATE requests SET status = @status, answered_on = @answeredOn, transferred_to = @transferredTo, decision_note = @note,
       updated_at = @at, version = version + 1 WHERE id = @id AND version = @expectedVersion`,
  );
  const setFee = db.prepare(
    `UPDATE requests SET fee_amount = @amount, fee_method = @method, fee_charged_on = @chargedOn, updated_at = @at, version = version + 1
     WHERE id = @id AND version = @expectedVersion`,
  );
  const insertStep = db.prepare<[number, string, string, string, string]>(
    'INSERT INTO request_steps (request_id, at, status, actor, note) VALUES (?, ?, ?, ?, ?)',
  );
  const steps = db.prepare<[number], { at: string; status: RequestStatus; actor: string; note: string }>(
    'SELECT at, status, actor, note FROM request_steps WHERE request_id = ? ORDER BY id',
  );
  const linkEntry = db.prepare<[number, number, 'given' | 'refused']>(
    'INSERT OR IGNORE INTO request_entries (request_id, entry_id, role) VALUES (?, ?, ?)',
  );
  const linkedEntries = db.prepare<[number, 'given' | 'refused'], { id: number; judul: string; category: string }>(
    `SELECT e.id, e.judul, e.category FROM request_entries l JOIN entries e ON e.id = l.entry_id
     WHERE l.request_id = ? AND l.role = ? ORDER BY e.id`,
  );
  const entryFacts = db.prepare<[number], EntryFacts>(
    `SELECT e.id, e.judul, e.category, e.deleted_at, e.dik_informasi, e.dik_dasar_hukum, e.dik_konsekuensi_dibuka, x.status AS exemption_status, x.partial
     FROM entries e LEFT JOIN exemptions x ON x.entry_id = e.id WHERE e.id = ?`,
  );
  const documentById = db.prepare<[number], { id: number; code: string; title: string }>(
    'SELECT id, code, title FROM documents WHERE id = ?',
  );
  const documentPublicFiles = db.prepare<[number], { n: number }>(
    "SELECT count(*) AS n FROM document_files WHERE document_id = ? AND role = 'public'",
  );
  const documentExempted = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM document_entries de JOIN entries e ON e.id = de.entry_id
     WHERE de.document_id = ? AND e.category = 'dikecualikan' AND e.deleted_at IS NULL`,
  );
  const linkDocument = db.prepare<[number, number, 'asli' | 'salinan_publik']>(
    'INSERT OR REPLACE INTO request_documents (request_id, document_id, copy) VALUES (?, ?, ?)',
  );
  const documents = db.prepare<[number], { id: number; code: string; title: string; copy: 'asli' | 'salinan_publik' }>(
    `SELECT d.id, d.code, d.title, l.copy FROM request_documents l JOIN documents d ON d.id = l.document_id WHERE l.request_id = ? ORDER BY d.id`,
  );
  const insertLetter = db.prepare<[number, string, string, string, string]>(
    'INSERT INTO request_letters (request_id, kind, number, date, made_at) VALUES (?, ?, ?, ?, ?)',
  );
  const letters = db.prepare<[number], { kind: string; number: string; date: string; madeAt: string }>(
    'SELECT kind, number, date, made_at AS madeAt FROM request_letters WHERE request_id = ? ORDER BY id',
  );

  const requesterParams = (r: RequestFields['requester'], at: string) => ({ ...r, at });
  const requestParams = (f: RequestFields, receivedOn: string, deadline: string, at: string) => ({
    receivedAt: f.receivedAt,
    receivedOn,
    channel: f.channel,
    letterNumber: f.letterNumber,
    letterDate: f.letterDate,
    information: f.information,
    purpose: f.purpose,
    accessModes: JSON.stringify(f.accessModes),
    copyWanted: f.copyWanted ? 1 : 0,
    copyForm: f.copyForm,
    delivery: f.delivery,
    notes: f.notes,
    deadline,
    at,
  });

  return {
    holidays: () => holidays.all(),
    insertRequester: (r: RequestFields['requester'], at: string) => Number(insertRequester.run(requesterParams(r, at)).lastInsertRowid),
    updateRequester: (id: number, r: RequestFields['requester'], at: string) => updateRequester.run({ ...requesterParams(r, at), id }),
    requester: (id: number) => requesterById.get(id) ?? null,
    nextSerial: (year: number) => (maxSerial.get(year)?.n ?? 0) + 1,
    insert: (p: {
      number: string;
      year: number;
      serial: number;
      requesterId: number;
      fields: RequestFields;
      receivedOn: string;
      deadline: string;
      at: string;
    }) =>
      Number(
        insertRequest.run({
          ...requestParams(p.fields, p.receivedOn, p.deadline, p.at),
          number: p.number,
          year: p.year,
          serial: p.serial,
          requesterId: p.requesterId,
        }).lastInsertRowid,
      ),
    updateFields: (id: number, expectedVersion: number, f: RequestFields, receivedOn: string, deadline: string, at: string) =>
      updateFields.run({ ...requestParams(f, receivedOn, deadline, at), id, expectedVersion }).changes === 1,
    get: (id: number) => byId.get(id) ?? null,
    list: (search: string, status: RequestStatus | null, openOnly: boolean, year: number | null, limit = 5000) =>
      list.all({ search, status, open: openOnly ? 1 : 0, year, limit }),
    setStatus: (id: number, status: RequestStatus, at: string, expectedVersion: number) =>
      setStatus.run(status, at, id, expectedVersion).changes === 1,
    setExtension: (id: number, reason: string, on: string, deadline: string, at: string, expectedVersion: number) =>
      setExtension.run(reason, on, deadline, at, id, expectedVersion).changes === 1,
    setAnswer: (p: {
      id: number;
      expectedVersion: number;
      status: RequestStatus;
      answeredOn: string;
      transferredTo: string;
      note: string;
      at: string;
    }) => setAnswer.run(p).changes === 1,
    setFee: (p: { id: number; expectedVersion: number; amount: number; method: string; chargedOn: string | null; at: string }) =>
      setFee.run(p).changes === 1,
    step: (requestId: number, at: string, status: RequestStatus, actor: string, note: string) =>
      insertStep.run(requestId, at, status, actor, note),
    steps: (requestId: number) => steps.all(requestId),
    linkEntry: (requestId: number, entryId: number, role: 'given' | 'refused') => linkEntry.run(requestId, entryId, role),
    linkedEntries: (requestId: number, role: 'given' | 'refused') => linkedEntries.all(requestId, role),
    entryFacts: (entryId: number) => entryFacts.get(entryId) ?? null,
    document: (id: number) => documentById.get(id) ?? null,
    documentHasPublicCopy: (id: number) => (documentPublicFiles.get(id)?.n ?? 0) > 0,
    documentHoldsExempted: (id: number) => (documentExempted.get(id)?.n ?? 0) > 0,
    linkDocument: (requestId: number, documentId: number, copy: 'asli' | 'salinan_publik') => linkDocument.run(requestId, documentId, copy),
    documents: (requestId: number) => documents.all(requestId),
    insertLetter: (requestId: number, kind: string, number: string, date: string, at: string) =>
      insertLetter.run(requestId, kind, number, date, at),
    letters: (requestId: number) => letters.all(requestId),
  };
}

export type RequestRepo = ReturnType<typeof createRequestRepo>;
