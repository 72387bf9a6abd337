import type { EntryCategory } from '../../../shared/domain/entry';
import type { Conclusion, TestFields } from '../../../shared/domain/exemption';
import type { Db } from '../db/connection';

export interface TestRow {
  id: number;
  held_on: string | null;
  place: string;
  trigger: TestFields['trigger'];
  request_ref: string;
  document_examined: string;
  participants_json: string;
  harm: string;
  public_interest: string;
  balance: string;
  conclusion: Conclusion | null;
  period_text: string;
  concluded_at: string | null;
  concluded_by: string | null;
  version: number;
  updated_at: string;
}

function params(fields: TestFields, at: string) {
  return {
    heldOn: fields.heldOn,
    place: fields.place,
    trigger: fields.trigger,
    requestRef: fields.requestRef,
    documentExamined: fields.documentExamined,
    participants: JSON.stringify(fields.participants),
    harm: fields.harm,
    publicInterest: fields.publicInterest,
    balance: fields.balance,
    conclusion: fields.conclusion,
    periodText: fields.periodText,
    at,
  };
}

/** SQL for consequence tests (Uji Konsekuensi) and the entries each covers. */
export function createConsequenceRepo(db: Db) {
  const byId = db.prepare<[number], TestRow>('SELECT * FROM consequence_tests WHERE id = ?');
  const listAll = db.prepare<[], TestRow>('SELECT * FROM consequence_tests ORDER BY coalesce(held_on, created_at) DESC, id DESC');
  const entriesOf = db.prepare<[number], { id: number; judul: string; category: EntryCategory }>(
    `SELECT e.id, e.judul, e.category FROM consequence_test_entries t JOIN entries e ON e.id = t.entry_id WHERE t.test_id = ? ORDER BY e.id`,
  );
  const entryExists = db.prepare<[number], { id: number }>('SELECT id FROM entries WHERE id = ? AND deleted_at IS NULL');
  const insert = db.prepare(
    `INSERT INTO consequence_tests (held_on, place, trigger, request_ref, document_examined, participants_json, harm, public_interest,
       balance, conclusion, period_text, created_at, updated_at)
     VALUES (@heldOn, @place, @trigger, @requestRef, @documentExamined, @participants, @harm, @publicInterest, @balance, @conclusion,
       @periodText, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE consequence_tests SET held_on = @heldOn, place = @place, trigger = @trigger, request_ref = @requestRef,
       document_examined = @documentExamined, participants_json = @participants, harm = @harm, public_interest = @publicInterest,
       balance = @balance, conclusion = @conclusion, period_text = @periodText, updated_at = @at, version = version + 1
     WHERE id = @id AND version = @expected AND concluded_at IS NULL`,
  );
  const conclude = db.prepare<[string, string, string, number, number]>(
    'UPDATE consequence_tests SET concluded_at = ?, concluded_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND concluded_at IS NULL',
  );
  const clearEntries = db.prepare<[number]>('DELETE FROM consequence_test_entries WHERE test_id = ?');
  const addEntry = db.prepare<[number, number]>('INSERT INTO consequence_test_entries (test_id, entry_id) VALUES (?, ?)');
  const concludedFor = db.prepare<[number, string], { id: number }>(
    `SELECT t.id FROM consequence_tests t JOIN consequence_test_entries c ON c.test_id = t.id
     WHERE c.entry_id = ? AND t.concluded_at IS NOT NULL AND t.conclusion = ? ORDER BY t.id DESC LIMIT 1`,
  );
  const foundExempt = db.prepare<[number, number], { id: number }>(
    `SELECT t.id FROM consequence_tests t JOIN consequence_test_entries c ON c.test_id = t.id
     WHERE t.id = ? AND c.entry_id = ? AND t.concluded_at IS NOT NULL AND t.conclusion = 'dikecualikan'`,
  );
  const concluded = db.prepare<[number], { id: number }>('SELECT id FROM consequence_tests WHERE id = ? AND concluded_at IS NOT NULL');
  const testsOfEntry = db.prepare<
    [number],
    { id: number; held_on: string | null; conclusion: Conclusion | null; concluded_at: string | null }
  >(
    `SELECT t.id, t.held_on, t.conclusion, t.concluded_at FROM consequence_tests t JOIN consequence_test_entries c ON c.test_id = t.id
     WHERE c.entry_id = ? ORDER BY t.id`,
  );

  return {
    get: (id: number) => byId.get(id) ?? null,
    list: () => listAll.all(),
    entriesOf: (id: number) => entriesOf.all(id),
    entryExists: (entryId: number) => entryExists.get(entryId) !== undefined,
    insert: (fields: TestFields, at: string) => Number(insert.run(params(fields, at)).lastInsertRowid),
    update: (id: number, fields: TestFields, expectedVersion: number, at: string) =>
      update.run({ ...params(fields, at), id, expected: expectedVersion }).changes === 1,
    conclude: (id: number, actor: string, expectedVersion: number, at: string) =>
      conclude.run(at, actor, at, id, expectedVersion).changes === 1,
    clearEntries: (id: number) => clearEntries.run(id),
    addEntry: (id: number, entryId: number) => addEntry.run(id, entryId),
    concludedFor: (entryId: number, conclusion: Conclusion) => concludedFor.get(entryId, conclusion)?.id ?? null,
    /** Whether test `testId` is concluded, covers `entryId` and found it exempt (what reclassification rests on). */
    foundExempt: (testId: number, entryId: number) => foundExempt.get(testId, entryId) !== undefined,
    isConcluded: (id: number) => concluded.get(id) !== undefined,
    testsOfEntry: (entryId: number) => testsOfEntry.all(entryId),
  };
}

export type ConsequenceRepo = ReturnType<typeof createConsequenceRepo>;
