import type { ApprovalStatus, ApprovalStep } from '../../../shared/domain/approval';
import type { AnchorKind, ExemptionFields } from '../../../shared/domain/exemption';
import type { PeriodKind } from '../../../shared/domain/period';
import type { Db } from '../db/connection';

export interface ExemptionRow {
  entry_id: number;
  judul: string;
  informasi: string;
  konsekuensi_dibuka: string;
  konsekuensi_ditutup: string;
  period_text: string;
  unit_id: number | null;
  unit_name: string | null;
  year: number | null;
  category: string;
  deleted_at: string | null;
  dokumen: string;
  jenis_dokumen: string;
  partial: number;
  other_bases_json: string;
  anchor: AnchorKind;
  document_date: string | null;
  upstream_decision: string;
  period_kind: PeriodKind;
  end_date: string | null;
  status: ApprovalStatus;
  return_note: string;
  decision_id: number | null;
  decision_number: string | null;
  decision_date: string | null;
  last_reviewed_at: string | null;
  opened_to: number | null;
  version: number;
  updated_at: string;
  grounds: string | null;
  /** The entry's Dasar Hukum column as printed (an imported row keeps the text as the office wrote it). */
  dasar_hukum_text: string;
  /** NULL unless the exemption came from an imported DIK; then the points to review, as JSON. */
  import_review_json: string | null;
}

export interface ExemptionState {
  status: ApprovalStatus;
  periodKind: PeriodKind;
  endDate: string | null;
  returnNote: string;
  decisionId: number | null;
  lastReviewedAt: string | null;
  openedTo: number | null;
}

const SELECT = `
  SELECT x.*, e.judul, e.dik_informasi AS informasi, e.dik_konsekuensi_dibuka AS konsekuensi_dibuka,
    e.dik_konsekuensi_ditutup AS konsekuensi_ditutup, e.dik_jangka_waktu AS period_text, e.dik_dasar_hukum AS dasar_hukum_text, e.unit_id, u.name AS unit_name,
    e.year, e.category, e.deleted_at, d.number AS decision_number, d.date AS decision_date,
    (SELECT group_concat(g.code, ',') FROM exemption_grounds g WHERE g.entry_id = x.entry_id) AS grounds
  FROM exemptions x
  JOIN entries e ON e.id = x.entry_id
  LEFT JOIN units u ON u.id = e.unit_id
  LEFT JOIN decisions d ON d.id = x.decision_id`;

/** SQL for exemptions: the structured side of an exempted entry, its grounds and its workflow steps. */
export function createExemptionRepo(db: Db) {
  const byEntry = db.prepare<[number], ExemptionRow>(`${SELECT} WHERE x.entry_id = ?`);
  const listAll = db.prepare<[], ExemptionRow>(`${SELECT} WHERE e.deleted_at IS NULL ORDER BY x.end_date IS NULL, x.end_date, x.entry_id`);
  const insert = db.prepare(
    `INSERT INTO exemptions (entry_id, dokumen, jenis_dokumen, partial, other_bases_json, anchor, document_date, upstream_decision,
       period_kind, end_date, status, updated_at)
     VALUES (@entryId, @dokumen, @jenisDokumen, @partial, @otherBases, @anchor, @documentDate, @upstreamDecision,
       @periodKind, @endDate, @status, @at)`,
  );
  const updateFields = db.prepare(
    `UPDATE exemptions SET dokumen = @dokumen, jenis_dokumen = @jenisDokumen, partial = @partial, other_bases_json = @otherBases,
       anchor = @anchor, document_date = @documentDate, upstream_decision = @upstreamDecision, period_kind = @periodKind,
       end_date = @endDate, updated_at = @at, version = version + 1
     WHERE entry_id = @entryId AND version = @expected`,
  );
  const updateState = db.prepare(
    `UPDATE exemptions SET status = @status, period_kind = @periodKind, end_date = @endDate, return_note = @returnNote,
       decision_id = @decisionId, last_reviewed_at = @lastReviewedAt, opened_to = @openedTo,
       updated_at = @at, version = version + 1
     WHERE entry_id = @entryId AND version = @expected`,
  );
  const insertImported = db.prepare(
    `INSERT INTO exemptions (entry_id, other_bases_json, anchor, upstream_decision, period_kind, end_date, status, import_review_json, updated_at)
     VALUES (@entryId, @otherBases, 'sk', @upstreamDecision, @periodKind, @endDate, 'approved', @review, @at)`,
  );
  const clearGrounds = db.prepare<[number]>('DELETE FROM exemption_grounds WHERE entry_id = ?');
  const addGround = db.prepare<[number, string]>('INSERT INTO exemption_grounds (entry_id, code) VALUES (?, ?)');
  const groundExists = db.prepare<[string], { code: string }>('SELECT code FROM pasal17_grounds WHERE code = ?');
  const addStep = db.prepare<[number, string, number | null, string, string, string, string]>(
    'INSERT INTO exemption_steps (entry_id, at, user_id, user_name, role, action, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const steps = db.prepare<
    [number],
    { at: string; user_id: number | null; user_name: string; role: string; action: ApprovalStep['action']; note: string }
  >('SELECT at, user_id, user_name, role, action, note FROM exemption_steps WHERE entry_id = ? ORDER BY id');
  const status = db.prepare<[number], { status: ApprovalStatus }>('SELECT status FROM exemptions WHERE entry_id = ?');
  const openedFrom = db.prepare<[number], { entry_id: number }>('SELECT entry_id FROM exemptions WHERE opened_to = ?');
  // Who wrote or submitted the entry: none of them may approve it (drafter or submitter, issue 12).
  const authors = db.prepare<[number], { user_id: number | null; user_name: string; submitted: number }>(
    `SELECT DISTINCT user_id, user_name, action = 'submit' AS submitted FROM exemption_steps
     WHERE entry_id = ? AND action IN ('create', 'update', 'reclassify', 'submit')`,
  );

  return {
    get: (entryId: number) => byEntry.get(entryId) ?? null,
    /** The workflow state alone (the edit guard asks on every register update). */
    status: (entryId: number): ApprovalStatus | null => status.get(entryId)?.status ?? null,
    list: () => listAll.all(),
    insert(entryId: number, fields: ExemptionFields, periodKind: PeriodKind, endDate: string | null, at: string): void {
      insert.run({ ...fieldParams(fields), entryId, periodKind, endDate, status: 'draft', at });
      setGrounds(entryId, fields.grounds);
    },
    /**
     * An exemption of an imported DIK row, decided before Lemari: in force (approved) from the start; the
     * SK recorded with the import, or attached later, fixes it and gives its end date (fixByDecision).
     */
    insertImported(
      entryId: number,
      row: {
        grounds: readonly string[];
        otherBases: readonly string[];
        upstreamDecision: string;
        periodKind: PeriodKind;
        endDate: string | null;
        review: unknown[];
      },
      at: string,
    ): void {
      insertImported.run({
        entryId,
        otherBases: JSON.stringify(row.otherBases),
        upstreamDecision: row.upstreamDecision,
        periodKind: row.periodKind,
        endDate: row.endDate,
        review: JSON.stringify(row.review),
        at,
      });
      setGrounds(entryId, row.grounds);
    },
    updateFields(
      entryId: number,
      fields: ExemptionFields,
      periodKind: PeriodKind,
      endDate: string | null,
      expected: number,
      at: string,
    ): boolean {
      const ok = updateFields.run({ ...fieldParams(fields), entryId, periodKind, endDate, expected, at }).changes === 1;
      if (ok) setGrounds(entryId, fields.grounds);
      return ok;
    },
    updateState: (entryId: number, state: ExemptionState, expected: number, at: string) =>
      updateState.run({ ...state, entryId, expected, at }).changes === 1,
    groundExists: (code: string) => groundExists.get(code) !== undefined,
    addStep: (
      entryId: number,
      at: string,
      userId: number | null,
      userName: string,
      role: string,
      action: ApprovalStep['action'],
      note: string,
    ) => addStep.run(entryId, at, userId, userName, role, action, note),
    steps: (entryId: number): ApprovalStep[] =>
      steps
        .all(entryId)
        .map((row) => ({ at: row.at, userId: row.user_id, userName: row.user_name, role: row.role, action: row.action, note: row.note })),
    /** The former DIK entry a DIP entry was opened from (the reverse of `opened_to`). */
    openedFrom: (entryId: number) => openedFrom.get(entryId)?.entry_id ?? null,
    authors: (entryId: number) => {
      const rows = authors.all(entryId);
      const people = (submitted: number) => {
        const some = rows.filter((row) => row.submitted === submitted);
        return { userIds: some.flatMap((row) => (row.user_id === null ? [] : [row.user_id])), names: some.map((row) => row.user_name) };
      };
      return { drafters: people(0), submitters: people(1) };
    },
  };

  function setGrounds(entryId: number, codes: readonly string[]): void {
    clearGrounds.run(entryId);
    for (const code of new Set(codes)) addGround.run(entryId, code);
  }
}

function fieldParams(fields: ExemptionFields) {
  return {
    dokumen: fields.dokumen,
    jenisDokumen: fields.jenisDokumen,
    partial: fields.partial ? 1 : 0,
    otherBases: JSON.stringify(fields.otherBases),
    anchor: fields.anchor,
    documentDate: fields.documentDate,
    upstreamDecision: fields.upstreamDecision,
  };
}

export type ExemptionRepo = ReturnType<typeof createExemptionRepo>;
