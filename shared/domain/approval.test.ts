import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  approvalChainSchema,
  checkApproval,
  checkReturn,
  defaultApprovalChain,
  defaultRoleRules,
  isChainComplete,
  progressOf,
  type ApprovalChain,
  type ApprovalRecord,
  type RoundAuthors,
} from './approval';
import { roles, type Role } from './user';

const kpu: ApprovalChain = { roles: ['pembina_ppid', 'tim_pertimbangan', 'atasan_ppid'], mode: 'all', ordered: true };
const nobody: RoundAuthors = { drafters: { userIds: [], names: [] }, submitters: { userIds: [], names: [] } };
const authors: RoundAuthors = {
  drafters: { userIds: [1], names: ['Budi Santoso'] },
  submitters: { userIds: [2], names: ['Rina Marlina'] },
};

function given(role: Role, userId: number | null, name: string): ApprovalRecord {
  return {
    id: userId ?? 99,
    role,
    approverUserId: userId,
    approverName: name,
    via: userId === null ? 'paper' : 'signed_in',
    recordedByUserId: userId === null ? 1 : null,
    recordedByName: userId === null ? 'Budi Santoso' : null,
    scanSha256: null,
    scanName: null,
    signedOn: null,
    note: '',
    at: '2025-04-11T01:00:00Z',
  };
}

describe('the approval chain (pure rules)', () => {
  it('defaults to the behaviour before chains: one approval by an Atasan PPID or Pembina PPID ends it', () => {
    expect(defaultApprovalChain).toEqual({ roles: defaultRoleRules.approve, mode: 'any', ordered: false });
    expect(isChainComplete(defaultApprovalChain, [given('pembina_ppid', 5, 'Andi')])).toBe(true);
    expect(progressOf(defaultApprovalChain, [])).toMatchObject({ given: 0, required: 1, complete: false });
  });

  it('counts "2 of 3" under all, and is complete only when every role approved', () => {
    const two = [given('pembina_ppid', 5, 'Andi'), given('tim_pertimbangan', 6, 'Hasnah')];
    expect(progressOf(kpu, two)).toMatchObject({ given: 2, required: 3, awaiting: ['atasan_ppid'], next: 'atasan_ppid', complete: false });
    expect(isChainComplete(kpu, [...two, given('atasan_ppid', null, 'H. Syamsuddin')])).toBe(true);
  });

  it('refuses the drafter and the submitter, by profile and by name on paper (case and spacing aside)', () => {
    const chain: ApprovalChain = { ...kpu, ordered: false };
    expect(checkApproval(chain, [], { userId: 1, name: 'x', roles: ['atasan_ppid'] }, authors)).toMatchObject({ refusal: 'ownDraft' });
    expect(checkApproval(chain, [], { userId: 2, name: 'x', roles: ['atasan_ppid'] }, authors)).toMatchObject({ refusal: 'ownSubmission' });
    expect(checkApproval(chain, [], { userId: null, name: '  budi   SANTOSO ', roles: ['atasan_ppid'] }, authors)).toMatchObject({
      refusal: 'ownDraft',
    });
  });

  it('refuses a second approval by one person, a role not awaited, and a turn out of order', () => {
    const first = [given('pembina_ppid', 5, 'Andi')];
    const andi = { userId: 5, name: 'Andi', roles: ['pembina_ppid', 'atasan_ppid'] as Role[] };
    expect(checkApproval(kpu, first, andi, nobody)).toMatchObject({ ok: false, refusal: 'alreadyApproved' });
    expect(checkApproval(kpu, first, { userId: 7, name: 'Lina', roles: ['petugas'] }, nobody)).toMatchObject({ refusal: 'notAwaited' });
    expect(checkApproval(kpu, first, { userId: 8, name: 'Haji', roles: ['atasan_ppid'] }, nobody)).toMatchObject({
      refusal: 'outOfOrder',
      awaiting: ['tim_pertimbangan', 'atasan_ppid'],
    });
    expect(checkApproval({ ...kpu, ordered: false }, first, { userId: 8, name: 'Haji', roles: ['atasan_ppid'] }, nobody)).toEqual({
      ok: true,
      role: 'atasan_ppid',
    });
  });

  it('under any, the first approval completes and nothing more is taken', () => {
    const any: ApprovalChain = { ...kpu, mode: 'any' };
    const one = [given('atasan_ppid', 8, 'Haji')];
    expect(progressOf(any, one)).toMatchObject({ given: 1, required: 1, complete: true, awaiting: [], next: null });
    expect(checkApproval(any, one, { userId: 5, name: 'Andi', roles: ['pembina_ppid'] }, nobody)).toMatchObject({ refusal: 'complete' });
    // With any, the order means nothing: the last role in the list may approve first.
    expect(checkApproval(any, [], { userId: 8, name: 'Haji', roles: ['atasan_ppid'] }, nobody)).toMatchObject({ ok: true });
  });

  it('lets only someone still awaited send it back', () => {
    const first = [given('pembina_ppid', 5, 'Andi')];
    expect(checkReturn(kpu, first, { userId: 5, name: 'Andi', roles: ['pembina_ppid'] }, nobody)).toMatchObject({
      refusal: 'alreadyApproved',
    });
    expect(checkReturn(kpu, first, { userId: 8, name: 'Haji', roles: ['atasan_ppid'] }, nobody)).toEqual({ ok: true, role: 'atasan_ppid' });
    expect(checkReturn(kpu, first, { userId: 2, name: 'Rina', roles: ['atasan_ppid'] }, authors)).toMatchObject({
      refusal: 'ownSubmission',
    });
  });

  it('refuses a chain naming a role twice or none', () => {
    expect(approvalChainSchema.safeParse({ roles: ['ppid', 'ppid'], mode: 'all', ordered: false }).success).toBe(false);
    expect(approvalChainSchema.safeParse({ roles: [], mode: 'any', ordered: false }).success).toBe(false);
  });

  it('whatever the chain and the order of arrivals, approvals accepted never exceed one per role and complete exactly when the mode says', () => {
    const chainArb = fc.record({
      roles: fc.uniqueArray(fc.constantFrom(...roles), { minLength: 1, maxLength: roles.length }),
      mode: fc.constantFrom('all' as const, 'any' as const),
      ordered: fc.boolean(),
    });
    const personArb = fc.record({ userId: fc.integer({ min: 1, max: 6 }), roles: fc.subarray([...roles], { minLength: 1 }) });
    fc.assert(
      fc.property(chainArb, fc.array(personArb, { maxLength: 12 }), (chain, arrivals) => {
        const accepted: ApprovalRecord[] = [];
        for (const person of arrivals) {
          const candidate = { userId: person.userId, name: `Orang ${String(person.userId)}`, roles: person.roles };
          const check = checkApproval(chain, accepted, candidate, authors);
          if (check.ok) accepted.push(given(check.role, person.userId, candidate.name));
        }
        const rolesGiven = accepted.map((a) => a.role);
        expect(new Set(rolesGiven).size).toBe(rolesGiven.length);
        expect(new Set(accepted.map((a) => a.approverUserId)).size).toBe(accepted.length);
        expect(accepted.some((a) => a.approverUserId === 1 || a.approverUserId === 2)).toBe(false);
        expect(rolesGiven.every((r) => chain.roles.includes(r))).toBe(true);
        if (chain.mode === 'any') expect(accepted.length).toBeLessThanOrEqual(1);
        if (chain.mode === 'all' && chain.ordered) expect(rolesGiven).toEqual(chain.roles.slice(0, rolesGiven.length));
        expect(isChainComplete(chain, accepted)).toBe(
          chain.mode === 'any' ? accepted.length === 1 : accepted.length === chain.roles.length,
        );
      }),
    );
  });
});
