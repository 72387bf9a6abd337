import { LemariError, type ErrorCode } from '../../../shared/api/errors';
import { lemariError } from '../../../shared/api/raise';
import {
  approvalChainSchema,
  checkApproval,
  checkReturn,
  isChainComplete,
  normalizeChain,
  progressOf,
  type ApprovalCandidate,
  type ApprovalChain,
  type ApprovalCheck,
  type ApprovalProgress,
  type ApprovalRecord,
  type RoundAuthors,
} from '../../../shared/domain/approval';
import type { Role } from '../../../shared/domain/user';
import { translate } from '../../../shared/i18n/translate';
import type { Clock } from '../support/clock';
import type { Acting, UserService } from '../user/user.service';
import type { ApprovalRepo, RoundRow } from './approval.repo';

/**
 * A refusal naming roles in each language's own words (never `atasan_ppid`), which one set of params
 * for both languages cannot do; hence the LemariError built here rather than by lemariError().
 */
function roleWordsError(code: ErrorCode, key: string, params: { name: string; awaiting: readonly Role[] }, field?: string): LemariError {
  const words = (language: 'id' | 'en') =>
    translate(language, key, {
      name: params.name,
      awaiting: params.awaiting.map((role) => translate(language, `exemption.users.role.${role}`)).join(', '),
    });
  return new LemariError(code, words('id'), words('en'), field);
}

/** What the desk read off the signed sheet: whose approval, in which role, signed on which day. */
export interface PaperApproval {
  approverUserId: number | null;
  approverName: string;
  role: Role;
  signedOn: string;
  note: string;
}

export interface ApprovalWorkflowParts {
  repo: ApprovalRepo;
  users: Pick<UserService, 'rules' | 'get'>;
  clock: Clock;
  /** Everyone who drafted or submitted the entry (exemption steps): none of them approves it. */
  authorsOf: (entryId: number) => RoundAuthors;
}

/**
 * The rounds of approval of exempted entries, inside the exemption service's transactions: a round
 * opens on submission with the chain in force, takes approvals by the pure rules of
 * shared/domain/approval.ts, and closes approved when the chain is complete or returned with a note.
 */
export function createApprovalWorkflow({ repo, users, clock, authorsOf }: ApprovalWorkflowParts) {
  /** The body's chain: the `approve` rule's roles in their listed order, with the stored mode and order. */
  function chain(): ApprovalChain & { version: number } {
    const setting = repo.chainSetting();
    return { ...normalizeChain({ roles: users.rules().approve, mode: setting.mode, ordered: setting.ordered }), version: setting.version };
  }

  function chainOf(round: RoundRow): ApprovalChain {
    return approvalChainSchema.parse(JSON.parse(round.chain_json));
  }

  function openRound(entryId: number): void {
    if (repo.openRound(entryId)) return;
    const { version: _version, ...current } = chain();
    repo.insertRound(entryId, current, clock().toISOString());
  }

  /** The round under way; an entry submitted before chains existed gets one now, under today's chain. */
  function currentRound(entryId: number): RoundRow {
    openRound(entryId);
    const round = repo.openRound(entryId);
    if (!round) throw new Error('a round vanished inside its own transaction');
    return round;
  }

  /**
   * A refusal naming the roles still awaited in each language's own words (never `atasan_ppid`),
   * which one set of params for both languages cannot do; hence LemariError built here.
   */
  function refuse(check: Extract<ApprovalCheck, { ok: false }>, who: string): never {
    throw roleWordsError(check.refusal === 'complete' ? 'conflict' : 'forbidden', `approval.err.${check.refusal}`, {
      name: who,
      awaiting: check.awaiting,
    });
  }

  function give(
    entryId: number,
    candidate: ApprovalCandidate,
    fill: (roundId: number, role: Role) => Omit<ApprovalRecord, 'id' | 'scanName'>,
  ) {
    const round = currentRound(entryId);
    const roundChain = chainOf(round);
    const given = repo.approvals(round.id);
    const check = checkApproval(roundChain, given, candidate, authorsOf(entryId));
    if (!check.ok) refuse(check, candidate.name);
    const approvalId = repo.insertApproval({ ...fill(round.id, check.role), roundId: round.id });
    const complete = isChainComplete(roundChain, repo.approvals(round.id));
    if (complete) repo.closeRound(round.id, 'approved', clock().toISOString());
    return { complete, approvalId, role: check.role, approverName: candidate.name };
  }

  /** The approver signed in on this computer approves in the role the chain awaits of them. */
  function approveSignedIn(entryId: number, acting: Acting, note: string) {
    const candidate = { userId: acting.user.id, name: acting.user.name, roles: acting.user.roles };
    return give(entryId, candidate, (_roundId, role) => ({
      role,
      approverUserId: acting.user.id,
      approverName: acting.user.name,
      via: 'signed_in',
      recordedByUserId: null,
      recordedByName: null,
      scanSha256: null,
      signedOn: null,
      note,
      at: clock().toISOString(),
    }));
  }

  /**
   * The desk records an approval signed on paper: the approver named on the sheet (a profile, or a
   * name for someone without one) in the role written there, and the scan already in the vault.
   */
  function recordFromPaper(entryId: number, recorder: Acting, paper: PaperApproval, scanSha256: string) {
    let name = paper.approverName.trim();
    if (paper.approverUserId !== null) {
      const profile = users.get(paper.approverUserId);
      if (!profile) throw lemariError('not_found', { key: 'approval.err.approverUnknown', field: 'approver.userId' });
      if (!profile.roles.includes(paper.role)) {
        throw roleWordsError(
          'invalid_input',
          'approval.err.approverLacksRole',
          { name: profile.name, awaiting: [paper.role] },
          'approver.role',
        );
      }
      name = profile.name;
    }
    if (name === '') throw lemariError('invalid_input', { key: 'v.required', field: 'approver.name' });
    const candidate = { userId: paper.approverUserId, name, roles: [paper.role] };
    return give(entryId, candidate, () => ({
      role: paper.role,
      approverUserId: paper.approverUserId,
      approverName: name,
      via: 'paper',
      recordedByUserId: recorder.user.id,
      recordedByName: recorder.user.name,
      scanSha256,
      signedOn: paper.signedOn,
      note: paper.note,
      at: clock().toISOString(),
    }));
  }

  /** Sends the round back: someone still awaited, never its own author; the approvals given stay in the record. */
  function returnRound(entryId: number, acting: Acting): Role {
    const round = currentRound(entryId);
    const check = checkReturn(
      chainOf(round),
      repo.approvals(round.id),
      { userId: acting.user.id, name: acting.user.name, roles: acting.user.roles },
      authorsOf(entryId),
    );
    if (!check.ok) refuse(check, acting.user.name);
    repo.closeRound(round.id, 'returned', clock().toISOString());
    return check.role;
  }

  /** The progress of the latest round (under way or approved); null before a submission and after a return. */
  function progress(entryId: number): ApprovalProgress | null {
    const round = repo.lastRound(entryId);
    if (!round || round.outcome === 'returned') return null;
    return progressOf(chainOf(round), repo.approvals(round.id));
  }

  /** The same for every exemption at once (the list), in two queries. */
  function progressByEntry(): Map<number, ApprovalProgress> {
    const byRound = new Map<number, ApprovalRecord[]>();
    for (const { roundId, record } of repo.latestApprovals()) byRound.set(roundId, [...(byRound.get(roundId) ?? []), record]);
    const result = new Map<number, ApprovalProgress>();
    for (const round of repo.latestRounds()) {
      if (round.outcome !== 'returned') result.set(round.entry_id, progressOf(chainOf(round), byRound.get(round.id) ?? []));
    }
    return result;
  }

  return { chain, openRound, approveSignedIn, recordFromPaper, returnRound, progress, progressByEntry };
}

export type ApprovalWorkflow = ReturnType<typeof createApprovalWorkflow>;
