import { lemariError } from '../../../shared/api/raise';
import type { EntryCategory } from '../../../shared/domain/entry';
import { testMissing, type Conclusion, type ConsequenceTest, type Participant, type TestFields } from '../../../shared/domain/exemption';
import type { ServiceDeps } from '../support/deps';
import type { UserService } from '../user/user.service';

interface TestRow {
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

/**
 * Uji Konsekuensi: one test covers one or more entries. The record stays editable until it is
 * concluded; concluding is refused while anything is missing, and a concluded test is frozen (a
 * different outcome needs a new test, as the SOP requires).
 */
export function createTestService({ db, audit, events, clock }: ServiceDeps, users: UserService) {
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
  const testsOfEntry = db.prepare<
    [number],
    { id: number; held_on: string | null; conclusion: Conclusion | null; concluded_at: string | null }
  >(
    `SELECT t.id, t.held_on, t.conclusion, t.concluded_at FROM consequence_tests t JOIN consequence_test_entries c ON c.test_id = t.id
     WHERE c.entry_id = ? ORDER BY t.id`,
  );

  function fieldsOf(row: TestRow, entryIds: number[]): TestFields {
    return {
      heldOn: row.held_on,
      place: row.place,
      trigger: row.trigger,
      requestRef: row.request_ref,
      documentExamined: row.document_examined,
      entryIds,
      participants: JSON.parse(row.participants_json) as Participant[],
      harm: row.harm,
      publicInterest: row.public_interest,
      balance: row.balance,
      conclusion: row.conclusion,
      periodText: row.period_text,
    };
  }

  function toTest(row: TestRow): ConsequenceTest {
    const entries = entriesOf.all(row.id);
    const fields = fieldsOf(
      row,
      entries.map((e) => e.id),
    );
    return {
      ...fields,
      id: row.id,
      concludedAt: row.concluded_at,
      concludedBy: row.concluded_by,
      missing: testMissing(fields),
      entries,
      version: row.version,
      updatedAt: row.updated_at,
    };
  }

  function mustGet(id: number): ConsequenceTest {
    const row = byId.get(id);
    if (!row) throw lemariError('not_found');
    return toTest(row);
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

  function setEntries(id: number, entryIds: readonly number[]): void {
    clearEntries.run(id);
    for (const entryId of new Set(entryIds)) {
      if (!entryExists.get(entryId))
        throw lemariError('invalid_input', { key: 'exemption.err.entryMissing', params: { id: entryId }, field: 'fields.entryIds' });
      addEntry.run(id, entryId);
    }
  }

  function write(action: string, actor: string, work: () => number): ConsequenceTest {
    const saved = db
      .transaction(() => {
        const id = work();
        const after = mustGet(id);
        audit.record({
          actor,
          action,
          entityType: 'consequence_test',
          entityId: id,
          before: null,
          after,
          rows: [{ table: 'consequence_tests', id }],
        });
        return after;
      })
      .immediate();
    events.emit('exemption.changed', { entryId: null });
    return saved;
  }

  return {
    list: () => listAll.all().map(toTest),
    get: mustGet,
    create(fields: TestFields, transportActor: string): ConsequenceTest {
      const { actor } = users.requireAct('edit', transportActor);
      return write('consequence.create', actor, () => {
        const id = Number(insert.run(params(fields, clock().toISOString())).lastInsertRowid);
        setEntries(id, fields.entryIds);
        return id;
      });
    },
    update(id: number, fields: TestFields, expectedVersion: number, transportActor: string): ConsequenceTest {
      const { actor } = users.requireAct('edit', transportActor);
      return write('consequence.update', actor, () => {
        const current = mustGet(id);
        if (current.concludedAt !== null) throw lemariError('conflict', { key: 'exemption.err.testConcluded' });
        if (update.run({ ...params(fields, clock().toISOString()), id, expected: expectedVersion }).changes !== 1)
          throw lemariError('conflict');
        setEntries(id, fields.entryIds);
        return id;
      });
    },
    conclude(id: number, expectedVersion: number, transportActor: string): ConsequenceTest {
      const { actor } = users.requireAct('conclude', transportActor);
      return write('consequence.conclude', actor, () => {
        const current = mustGet(id);
        if (current.concludedAt !== null) throw lemariError('conflict', { key: 'exemption.err.testConcluded' });
        if (current.missing.length > 0) {
          throw lemariError('invalid_input', { key: 'exemption.err.testIncomplete', params: { count: current.missing.length } });
        }
        const at = clock().toISOString();
        if (conclude.run(at, actor, at, id, expectedVersion).changes !== 1) throw lemariError('conflict');
        return id;
      });
    },
    /** The newest concluded test that found `entryId` exempt (or open), if any. */
    concludedFor: (entryId: number, conclusion: Conclusion) => concludedFor.get(entryId, conclusion)?.id ?? null,
    testsOfEntry: (entryId: number) =>
      testsOfEntry
        .all(entryId)
        .map((row) => ({ id: row.id, heldOn: row.held_on, concluded: row.concluded_at !== null, conclusion: row.conclusion })),
  };
}

export type TestService = ReturnType<typeof createTestService>;
