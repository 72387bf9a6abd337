import { lemariError } from '../../../shared/api/raise';
import {
  testMissing,
  type Conclusion,
  type ConsequenceTest,
  type Participant,
  type TestConclusionFields,
  type TestFields,
} from '../../../shared/domain/exemption';
import type { ServiceDeps } from '../support/deps';
import type { UserService } from '../user/user.service';
import { createConsequenceRepo, type TestRow } from './consequence.repo';

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

function fieldsOfTest(test: ConsequenceTest): TestFields {
  const {
    heldOn,
    place,
    trigger,
    requestRef,
    documentExamined,
    entryIds,
    participants,
    harm,
    publicInterest,
    balance,
    conclusion,
    periodText,
  } = test;
  return {
    heldOn,
    place,
    trigger,
    requestRef,
    documentExamined,
    entryIds,
    participants,
    harm,
    publicInterest,
    balance,
    conclusion,
    periodText,
  };
}

const sameFields = (a: TestFields, b: TestFields) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Uji Konsekuensi: one test covers one or more entries. The record stays editable until it is
 * concluded; concluding is refused while anything is missing, and a concluded test is frozen (a
 * different outcome needs a new test, as the SOP requires).
 */
export function createConsequenceService({ db, audit, events, clock }: ServiceDeps, users: UserService) {
  const repo = createConsequenceRepo(db);

  function toTest(row: TestRow): ConsequenceTest {
    const entries = repo.entriesOf(row.id);
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
    const row = repo.get(id);
    if (!row) throw lemariError('not_found');
    return toTest(row);
  }

  function setEntries(id: number, entryIds: readonly number[]): void {
    repo.clearEntries(id);
    for (const entryId of new Set(entryIds)) {
      if (!repo.entryExists(entryId))
        throw lemariError('invalid_input', { key: 'exemption.err.entryMissing', params: { id: entryId }, field: 'fields.entryIds' });
      repo.addEntry(id, entryId);
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
    list: () => repo.list().map(toTest),
    get: mustGet,
    create(fields: TestFields, transportActor: string): ConsequenceTest {
      const { actor } = users.requireAct('edit', transportActor);
      return write('consequence.create', actor, () => {
        const id = repo.insert(fields, clock().toISOString());
        setEntries(id, fields.entryIds);
        return id;
      });
    },
    update(id: number, fields: TestFields, expectedVersion: number, transportActor: string): ConsequenceTest {
      const { actor } = users.requireAct('edit', transportActor);
      return write('consequence.update', actor, () => {
        const current = mustGet(id);
        if (current.concludedAt !== null) throw lemariError('conflict', { key: 'exemption.err.testConcluded' });
        if (!repo.update(id, fields, expectedVersion, clock().toISOString())) throw lemariError('conflict');
        setEntries(id, fields.entryIds);
        return id;
      });
    },
    /**
     * Concludes with the conclude right alone: the meeting's own fields (`conclusion`) are written in
     * the same transaction, so the Tim Pertimbangan needs no edit right to record what it decided.
     * `periodOf` gives the covered items' shared Jangka Waktu for a "dikecualikan" finding left without one.
     */
    conclude(
      id: number,
      expectedVersion: number,
      conclusion: TestConclusionFields | undefined,
      transportActor: string,
      periodOf: (entryIds: readonly number[]) => string,
    ): ConsequenceTest {
      const { actor } = users.requireAct('conclude', transportActor);
      const saved = db
        .transaction(() => {
          const before = mustGet(id);
          if (before.concludedAt !== null) throw lemariError('conflict', { key: 'exemption.err.testConcluded' });
          if (before.version !== expectedVersion) throw lemariError('conflict');
          const merged: TestFields = { ...fieldsOfTest(before), ...conclusion };
          if (merged.conclusion === 'dikecualikan' && merged.periodText.trim() === '') merged.periodText = periodOf(merged.entryIds);
          const missing = testMissing(merged);
          if (missing.length > 0) {
            throw lemariError('invalid_input', { key: 'exemption.err.testIncomplete', params: { count: missing.length } });
          }
          const at = clock().toISOString();
          let version = expectedVersion;
          if (!sameFields(merged, fieldsOfTest(before))) {
            if (!repo.update(id, merged, version, at)) throw lemariError('conflict');
            version += 1;
          }
          if (!repo.conclude(id, actor, version, at)) throw lemariError('conflict');
          const after = mustGet(id);
          audit.record({
            actor,
            action: 'consequence.conclude',
            entityType: 'consequence_test',
            entityId: id,
            before,
            after,
            rows: [{ table: 'consequence_tests', id }],
          });
          return after;
        })
        .immediate();
      events.emit('exemption.changed', { entryId: null });
      return saved;
    },
    /** The newest concluded test that found `entryId` exempt (or open), if any. */
    concludedFor: (entryId: number, conclusion: Conclusion) => repo.concludedFor(entryId, conclusion),
    /** Whether a concluded test covers `entryId` and found it exempt: the edit guard's permit for reclassification. */
    foundExempt: repo.foundExempt,
    isConcluded: repo.isConcluded,
    testsOfEntry: (entryId: number) =>
      repo
        .testsOfEntry(entryId)
        .map((row) => ({ id: row.id, heldOn: row.held_on, concluded: row.concluded_at !== null, conclusion: row.conclusion })),
  };
}

export type ConsequenceService = ReturnType<typeof createConsequenceService>;
