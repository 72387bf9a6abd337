import type { ApprovalChain, ApprovalMode, ApprovalRecord, ApprovalVia } from '../../../shared/domain/approval';
import type { Role } from '../../../shared/domain/user';
import type { Db } from '../db/connection';

interface ChainRow {
  mode: ApprovalMode;
  ordered: number;
  version: number;
  updated_at: string;
}

export interface RoundRow {
  id: number;
  entry_id: number;
  chain_json: string;
  opened_at: string;
  outcome: 'approved' | 'returned' | null;
}

interface ApprovalRow {
  id: number;
  round_id: number;
  role: Role;
  approver_user_id: number | null;
  approver_name: string;
  via: ApprovalVia;
  recorded_by_user_id: number | null;
  recorded_by_name: string | null;
  scan_sha256: string | null;
  scan_name: string | null;
  signed_on: string | null;
  note: string;
  at: string;
}

export type NewApproval = Omit<ApprovalRecord, 'id' | 'scanName'> & { roundId: number };

function toRecord(row: ApprovalRow): ApprovalRecord {
  return {
    id: row.id,
    role: row.role,
    approverUserId: row.approver_user_id,
    approverName: row.approver_name,
    via: row.via,
    recordedByUserId: row.recorded_by_user_id,
    recordedByName: row.recorded_by_name,
    scanSha256: row.scan_sha256,
    scanName: row.scan_name,
    signedOn: row.signed_on,
    note: row.note,
    at: row.at,
  };
}

const APPROVALS = `SELECT a.*, b.name AS scan_name FROM exemption_approvals a LEFT JOIN blobs b ON b.sha256 = a.scan_sha256`;

/** SQL for the approval chain setting, the rounds of each submission and the approvals given in them. */
export function createApprovalRepo(db: Db) {
  const chain = db.prepare<[], ChainRow>('SELECT mode, ordered, version, updated_at FROM approval_chain WHERE id = 1');
  const setChain = db.prepare<[ApprovalMode, number, string, number]>(
    'UPDATE approval_chain SET mode = ?, ordered = ?, updated_at = ?, version = version + 1 WHERE id = 1 AND version = ?',
  );
  const openRound = db.prepare<[number], RoundRow>(
    'SELECT id, entry_id, chain_json, opened_at, outcome FROM exemption_rounds WHERE entry_id = ? AND outcome IS NULL',
  );
  const lastRound = db.prepare<[number], RoundRow>(
    'SELECT id, entry_id, chain_json, opened_at, outcome FROM exemption_rounds WHERE entry_id = ? ORDER BY id DESC LIMIT 1',
  );
  const latestRounds = db.prepare<[], RoundRow>(
    `SELECT r.id, r.entry_id, r.chain_json, r.opened_at, r.outcome FROM exemption_rounds r
     WHERE r.id = (SELECT max(id) FROM exemption_rounds WHERE entry_id = r.entry_id)`,
  );
  const insertRound = db.prepare<[number, string, string]>(
    'INSERT INTO exemption_rounds (entry_id, chain_json, opened_at) VALUES (?, ?, ?)',
  );
  const closeRound = db.prepare<[string, string, number]>(
    'UPDATE exemption_rounds SET outcome = ?, closed_at = ? WHERE id = ? AND outcome IS NULL',
  );
  const approvalsOf = db.prepare<[number], ApprovalRow>(`${APPROVALS} WHERE a.round_id = ? ORDER BY a.id`);
  const latestApprovals = db.prepare<[], ApprovalRow>(
    `${APPROVALS} WHERE a.round_id IN (SELECT max(id) FROM exemption_rounds GROUP BY entry_id) ORDER BY a.id`,
  );
  const insertApproval = db.prepare(
    `INSERT INTO exemption_approvals (round_id, role, approver_user_id, approver_name, via, recorded_by_user_id, recorded_by_name,
       scan_sha256, signed_on, note, at)
     VALUES (@roundId, @role, @approverUserId, @approverName, @via, @recordedByUserId, @recordedByName, @scanSha256, @signedOn, @note, @at)`,
  );

  return {
    /** The stored mode and order; the roles are the `approve` rule's (user.repo), so the two never disagree. */
    chainSetting: () => {
      const row = chain.get();
      return row
        ? { mode: row.mode, ordered: row.ordered === 1, version: row.version }
        : { mode: 'any' as const, ordered: false, version: 0 };
    },
    setChainSetting: (mode: ApprovalMode, ordered: boolean, at: string, expectedVersion: number) =>
      setChain.run(mode, ordered ? 1 : 0, at, expectedVersion).changes === 1,
    openRound: (entryId: number) => openRound.get(entryId) ?? null,
    lastRound: (entryId: number) => lastRound.get(entryId) ?? null,
    /** Each exemption's latest round, for the list's progress column (one query, not one per row). */
    latestRounds: () => latestRounds.all(),
    insertRound: (entryId: number, chainOf: ApprovalChain, at: string) =>
      Number(insertRound.run(entryId, JSON.stringify(chainOf), at).lastInsertRowid),
    closeRound: (roundId: number, outcome: 'approved' | 'returned', at: string) => closeRound.run(outcome, at, roundId).changes === 1,
    approvals: (roundId: number) => approvalsOf.all(roundId).map(toRecord),
    /** The approvals of each exemption's latest round, grouped by the caller (the list view). */
    latestApprovals: () => latestApprovals.all().map((row) => ({ roundId: row.round_id, record: toRecord(row) })),
    insertApproval: (approval: NewApproval) => Number(insertApproval.run(approval).lastInsertRowid),
  };
}

export type ApprovalRepo = ReturnType<typeof createApprovalRepo>;
