import { skNumberPattern, type Decision, type DecisionFields } from '../../../shared/domain/exemption';
import type { Db } from '../db/connection';

interface DecisionRow {
  id: number;
  purpose: Decision['purpose'];
  number: string;
  date: string;
  signer_name: string;
  signer_position: string;
  scan_sha256: string | null;
  created_at: string;
  created_by: string;
  entry_ids: string | null;
  test_ids: string | null;
}

function toDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    purpose: row.purpose,
    number: row.number,
    date: row.date,
    signerName: row.signer_name,
    signerPosition: row.signer_position,
    testIds:
      row.test_ids === null
        ? []
        : row.test_ids
            .split(',')
            .map(Number)
            .sort((a, b) => a - b),
    scanSha256: row.scan_sha256,
    entryIds: row.entry_ids === null ? [] : row.entry_ids.split(',').map(Number),
    numberLooksRight: skNumberPattern.test(row.number),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** SQL for decisions (SK), the entries each names, and the closed ordners an opened entry's originals sit in. */
export function createDecisionRepo(db: Db) {
  const SELECT = `SELECT d.*, (SELECT group_concat(entry_id, ',') FROM decision_entries WHERE decision_id = d.id) AS entry_ids,
    (SELECT group_concat(test_id, ',') FROM decision_tests WHERE decision_id = d.id) AS test_ids FROM decisions d`;
  const byId = db.prepare<[number], DecisionRow>(`${SELECT} WHERE d.id = ?`);
  const listAll = db.prepare<[], DecisionRow>(`${SELECT} ORDER BY d.date DESC, d.id DESC`);
  const insert = db.prepare(
    `INSERT INTO decisions (purpose, number, date, signer_name, signer_position, scan_sha256, created_at, created_by)
     VALUES (@purpose, @number, @date, @signerName, @signerPosition, @scanSha256, @at, @actor)`,
  );
  const setScan = db.prepare<[string, number]>('UPDATE decisions SET scan_sha256 = ? WHERE id = ?');
  const linkTest = db.prepare<[number, number]>('INSERT INTO decision_tests (decision_id, test_id) VALUES (?, ?)');
  const link = db.prepare<[number, number]>('INSERT INTO decision_entries (decision_id, entry_id) VALUES (?, ?)');
  // The paper side (documents issue): originals of this entry filed in a closed ordner must move.
  const closedOrdners = db.prepare<[number], { title: string; code: string }>(
    `SELECT d.title, o.code FROM document_entries de JOIN documents d ON d.id = de.document_id
     JOIN filings f ON f.document_id = d.id JOIN ordners o ON o.id = f.ordner_id
     WHERE de.entry_id = ? AND o.access = 'tertutup' ORDER BY o.code, d.title`,
  );

  return {
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toDecision(row) : null;
    },
    list: () => listAll.all().map(toDecision),
    insert: (purpose: Decision['purpose'], fields: Omit<DecisionFields, 'entryIds'>, at: string, actor: string) =>
      Number(
        insert.run({
          purpose,
          number: fields.number,
          date: fields.date,
          signerName: fields.signerName,
          signerPosition: fields.signerPosition,
          scanSha256: fields.scanSha256,
          at,
          actor,
        }).lastInsertRowid,
      ),
    linkTest: (decisionId: number, testId: number) => linkTest.run(decisionId, testId),
    setScan: (id: number, sha256: string) => setScan.run(sha256, id),
    link: (decisionId: number, entryId: number) => link.run(decisionId, entryId),
    closedOrdners: (entryId: number) => closedOrdners.all(entryId),
  };
}

export type DecisionRepo = ReturnType<typeof createDecisionRepo>;
