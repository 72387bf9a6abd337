import type { Dispute, DisputeFields, Objection, ObjectionFields, ObjectionResponse } from '../../../shared/domain/objection';
import { OBJECTION_FILING_DAYS, OBJECTION_RESPONSE_DAYS } from '../../../shared/domain/requestDeadline';
import { addWorkingDays } from '../../../shared/domain/workingDays';
import type { Db } from '../db/connection';

interface ObjectionRow {
  id: number;
  request_id: number;
  number: string;
  filed_on: string;
  reasons_json: string;
  description: string;
  response_number: string | null;
  response_date: string | null;
  outcome: ObjectionResponse['outcome'] | null;
  response_text: string | null;
  version: number;
}

interface DisputeRow {
  id: number;
  request_id: number;
  objection_id: number | null;
  registration_number: string;
  registered_on: string;
  stage: DisputeFields['stage'];
  hearings_json: string;
  putusan_number: string;
  putusan_date: string | null;
  outcome: DisputeFields['outcome'];
  version: number;
}

/** The last day a keberatan may be filed: 30 working days after the answer, or after the deadline that went unmet. */
export function filingDeadlineOf(answeredOn: string | null, dueOn: string, holidays: ReadonlySet<string>): string {
  return addWorkingDays(answeredOn ?? dueOn, OBJECTION_FILING_DAYS, holidays);
}

/** SQL for keberatan and sengketa. */
export function createObjectionRepo(db: Db) {
  const byRequest = db.prepare<[number], ObjectionRow>('SELECT * FROM objections WHERE request_id = ? ORDER BY id');
  const byId = db.prepare<[number], ObjectionRow>('SELECT * FROM objections WHERE id = ?');
  const countInYear = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM objections WHERE substr(filed_on, 1, 4) = ?');
  const insert = db.prepare(
    `INSERT INTO objections (request_id, number, filed_on, reasons_json, description, created_at, updated_at)
     VALUES (@requestId, @number, @filedOn, @reasons, @description, @at, @at)`,
  );
  const respond = db.prepare(
    `UPDATE objections SET response_number = @number, response_date = @date, outcome = @outcome, response_text = @text,
       updated_at = @at, version = version + 1 WHERE id = @id AND version = @expectedVersion AND response_number IS NULL`,
  );
  const disputesOf = db.prepare<[number], DisputeRow>('SELECT * FROM disputes WHERE request_id = ? ORDER BY id');
  const disputeById = db.prepare<[number], DisputeRow>('SELECT * FROM disputes WHERE id = ?');
  const orders = db.prepare<[number], { entry_id: number }>('SELECT entry_id FROM dispute_orders WHERE dispute_id = ? ORDER BY entry_id');
  // Each ordered entry with the newest test held on a Commission order and, once opened, the DIP entry it became.
  const orderStates = db.prepare<
    [number],
    { entry_id: number; judul: string; test_id: number | null; concluded_at: string | null; opened_to: number | null }
  >(
    `SELECT o.entry_id, e.judul, t.id AS test_id, t.concluded_at, CASE WHEN x.status = 'opened' THEN x.opened_to END AS opened_to
       FROM dispute_orders o
       JOIN entries e ON e.id = o.entry_id
       LEFT JOIN exemptions x ON x.entry_id = o.entry_id
       LEFT JOIN consequence_tests t ON t.id = (
         SELECT max(ct.id) FROM consequence_tests ct JOIN consequence_test_entries te ON te.test_id = ct.id
          WHERE te.entry_id = o.entry_id AND ct.trigger = 'perintah_komisi')
      WHERE o.dispute_id = ? ORDER BY o.entry_id`,
  );
  const insertDispute = db.prepare(
    `INSERT INTO disputes (request_id, objection_id, registration_number, registered_on, stage, hearings_json, putusan_number, putusan_date,
       outcome, created_at, updated_at)
     VALUES (@requestId, @objectionId, @registrationNumber, @registeredOn, @stage, @hearings, @putusanNumber, @putusanDate, @outcome, @at, @at)`,
  );
  const updateDispute = db.prepare(
    `UPDATE disputes SET registration_number = @registrationNumber, registered_on = @registeredOn, stage = @stage, hearings_json = @hearings,
       putusan_number = @putusanNumber, putusan_date = @putusanDate, outcome = @outcome, updated_at = @at, version = version + 1
     WHERE id = @id AND version = @expectedVersion`,
  );
  const clearOrders = db.prepare<[number]>('DELETE FROM dispute_orders WHERE dispute_id = ?');
  const addOrder = db.prepare<[number, number]>('INSERT INTO dispute_orders (dispute_id, entry_id) VALUES (?, ?)');

  function toObjection(row: ObjectionRow, filingDeadline: string, holidays: ReadonlySet<string>): Objection {
    const response =
      row.response_number !== null && row.response_date !== null && row.outcome !== null
        ? { number: row.response_number, date: row.response_date, outcome: row.outcome, text: row.response_text ?? '' }
        : null;
    return {
      id: row.id,
      requestId: row.request_id,
      number: row.number,
      filedOn: row.filed_on,
      reasons: JSON.parse(row.reasons_json) as Objection['reasons'],
      description: row.description,
      responseDueOn: addWorkingDays(row.filed_on, OBJECTION_RESPONSE_DAYS, holidays),
      filingDeadline,
      response,
      version: row.version,
    };
  }

  function toDispute(row: DisputeRow): Dispute {
    return {
      id: row.id,
      requestId: row.request_id,
      objectionId: row.objection_id,
      registrationNumber: row.registration_number,
      registeredOn: row.registered_on,
      stage: row.stage,
      hearings: JSON.parse(row.hearings_json) as Dispute['hearings'],
      putusanNumber: row.putusan_number,
      putusanDate: row.putusan_date,
      outcome: row.outcome,
      orderedOpenEntryIds: orders.all(row.id).map((o) => o.entry_id),
      orders: orderStates.all(row.id).map((o) => ({
        entryId: o.entry_id,
        judul: o.judul,
        testId: o.test_id,
        testConcluded: o.concluded_at !== null,
        openedTo: o.opened_to,
      })),
      version: row.version,
    };
  }

  const disputeParams = (f: DisputeFields, at: string) => ({
    registrationNumber: f.registrationNumber,
    registeredOn: f.registeredOn,
    stage: f.stage,
    hearings: JSON.stringify(f.hearings),
    putusanNumber: f.putusanNumber,
    putusanDate: f.putusanDate,
    outcome: f.outcome,
    at,
  });

  function setOrders(disputeId: number, entryIds: readonly number[]): void {
    clearOrders.run(disputeId);
    for (const entryId of new Set(entryIds)) addOrder.run(disputeId, entryId);
  }

  return {
    objections: (requestId: number, filingDeadline: string, holidays: ReadonlySet<string>) =>
      byRequest.all(requestId).map((row) => toObjection(row, filingDeadline, holidays)),
    objectionRow: (id: number) => byId.get(id) ?? null,
    nextNumber: (year: string) => `KEB-${String((countInYear.get(year)?.n ?? 0) + 1).padStart(3, '0')}/PPID/${year}`,
    insertObjection: (requestId: number, number: string, f: ObjectionFields, at: string) =>
      Number(
        insert.run({ requestId, number, filedOn: f.filedOn, reasons: JSON.stringify(f.reasons), description: f.description, at })
          .lastInsertRowid,
      ),
    respond: (id: number, expectedVersion: number, r: ObjectionResponse, at: string) =>
      respond.run({ ...r, id, expectedVersion, at }).changes === 1,
    disputes: (requestId: number) => disputesOf.all(requestId).map(toDispute),
    disputeRow: (id: number) => disputeById.get(id) ?? null,
    insertDispute: (requestId: number, objectionId: number | null, f: DisputeFields, at: string) => {
      const id = Number(insertDispute.run({ ...disputeParams(f, at), requestId, objectionId }).lastInsertRowid);
      setOrders(id, f.orderedOpenEntryIds);
      return id;
    },
    updateDispute: (id: number, expectedVersion: number, f: DisputeFields, at: string) => {
      if (updateDispute.run({ ...disputeParams(f, at), id, expectedVersion }).changes !== 1) return false;
      setOrders(id, f.orderedOpenEntryIds);
      return true;
    },
  };
}

export type ObjectionRepo = ReturnType<typeof createObjectionRepo>;
