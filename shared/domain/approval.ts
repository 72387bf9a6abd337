import { z } from 'zod';
import { roles as allRoles, roleSchema, type Role } from './user';
import { sha256Schema } from './vault';
import { isoDateSchema } from './workingDays';

/**
 * Acts of the exemption workflow that a role must hold. The defaults follow the seed SOPs; a body
 * changes them in Pengaturan (a KPU office adds Tim Pertimbangan and Pembina PPID as approvers).
 */
export const acts = [
  'edit',
  'submit',
  'approve',
  'conclude',
  'decide',
  'declassify',
  'manageUsers',
  'publish',
  'recordRequest',
  'decideRequest',
  'answerObjection',
  'importDik',
  'recordApproval',
  'configureApproval',
  'discardScans',
] as const;
export const actSchema = z.enum(acts);
export type Act = z.infer<typeof actSchema>;

export const actRolesSchema = z.array(roleSchema).min(1, { message: 'v.required' }).max(5);
export const roleRulesSchema = z.record(actSchema, actRolesSchema);
export type RoleRules = Record<Act, Role[]>;

export const defaultRoleRules: RoleRules = {
  edit: ['petugas', 'ppid'],
  submit: ['petugas', 'ppid'],
  approve: ['atasan_ppid', 'pembina_ppid'],
  conclude: ['ppid', 'atasan_ppid', 'tim_pertimbangan'],
  decide: ['ppid', 'petugas'],
  declassify: ['ppid', 'atasan_ppid'],
  manageUsers: ['ppid', 'atasan_ppid'],
  // Tetapkan & Terbitkan cannot be undone: the PPID establishes the lists (issue 13).
  publish: ['ppid'],
  // SOP Permohonan Informasi: the desk records requests, the PPID answers them, the Atasan PPID answers objections.
  recordRequest: ['petugas', 'ppid'],
  decideRequest: ['ppid'],
  answerObjection: ['atasan_ppid'],
  // Importing an existing DIK records exemptions as decided before Lemari, without its test and approval steps: the PPID's act.
  importDik: ['ppid'],
  // The desk transcribes an approval signed on paper (with the scan); it is not an approval of its own.
  recordApproval: ['petugas', 'ppid'],
  // Who must approve is the PPID's setting (Pengaturan → Alur persetujuan).
  configureApproval: ['ppid'],
  // Removing a scan nobody assigned cannot be undone (issue 13 #7): the PPID alone, unless the body says otherwise.
  discardScans: ['ppid'],
};

export function mayAct(rules: RoleRules, act: Act, userRoles: readonly Role[]): boolean {
  return rules[act].some((role) => userRoles.includes(role));
}

// ---- The approval chain (issue 12: KPU Pinrang's step 2 needs three approvers) ---------------

/** `all`: every role of the chain approves (one approval each); `any`: the first approval from one of them is enough. */
export const approvalModes = ['all', 'any'] as const;
export const approvalModeSchema = z.enum(approvalModes);
export type ApprovalMode = z.infer<typeof approvalModeSchema>;

/**
 * Who approves a submitted exemption, per body: the roles in the order they sign, all or any, in
 * that order or not. `ordered` means something only with `all` (with `any` one approval ends it).
 */
export const approvalChainSchema = z.object({
  roles: z
    .array(roleSchema)
    .min(1, { message: 'v.required' })
    .max(allRoles.length)
    .refine((list) => new Set(list).size === list.length, { message: 'approval.duplicateRole' }),
  mode: approvalModeSchema,
  ordered: z.boolean(),
});
export type ApprovalChain = z.infer<typeof approvalChainSchema>;

/** Today's behaviour before chains existed: one approval by an Atasan PPID or Pembina PPID ends it. */
export const defaultApprovalChain: ApprovalChain = { roles: defaultRoleRules.approve, mode: 'any', ordered: false };

/** Ordered only where it can matter, so two spellings of one chain compare and store alike. */
export function normalizeChain(chain: ApprovalChain): ApprovalChain {
  return { roles: [...chain.roles], mode: chain.mode, ordered: chain.mode === 'all' && chain.ordered };
}

/** How an approval reached the archive: given by the approver signed in here, or recorded by the desk from the signed paper. */
export const approvalVias = ['signed_in', 'paper'] as const;
export const approvalViaSchema = z.enum(approvalVias);
export type ApprovalVia = z.infer<typeof approvalViaSchema>;

const personId = z.number().int().positive();

/** One approval of one round: the role it fills, the approver, and for paper who recorded it from which scan. */
export const approvalRecordSchema = z.object({
  id: personId,
  role: roleSchema,
  approverUserId: personId.nullable(),
  approverName: z.string(),
  via: approvalViaSchema,
  /** The desk member who recorded a paper approval; null when the approver gave it signed in. */
  recordedByUserId: personId.nullable(),
  recordedByName: z.string().nullable(),
  /** The scan of the signed sheet in the vault (paper only). */
  scanSha256: sha256Schema.nullable(),
  scanName: z.string().nullable(),
  /** The date written on the signed sheet (paper only). */
  signedOn: isoDateSchema.nullable(),
  note: z.string(),
  at: z.string(),
});
export type ApprovalRecord = z.infer<typeof approvalRecordSchema>;

/** Where a submission stands: "2 dari 3", who is still awaited, who is next when the order counts. */
export const approvalProgressSchema = z.object({
  chain: approvalChainSchema,
  given: z.number().int().nonnegative(),
  required: z.number().int().positive(),
  awaiting: z.array(roleSchema),
  next: roleSchema.nullable(),
  complete: z.boolean(),
  approvals: z.array(approvalRecordSchema),
});
export type ApprovalProgress = z.infer<typeof approvalProgressSchema>;

export function requiredApprovals(chain: ApprovalChain): number {
  return chain.mode === 'all' ? chain.roles.length : 1;
}

export function isChainComplete(chain: ApprovalChain, given: readonly Pick<ApprovalRecord, 'role'>[]): boolean {
  const filled = new Set(given.map((a) => a.role).filter((role) => chain.roles.includes(role)));
  return chain.mode === 'any' ? filled.size > 0 : chain.roles.every((role) => filled.has(role));
}

/** The roles whose approval is still awaited, in chain order; none once the chain is complete. */
export function awaitedRoles(chain: ApprovalChain, given: readonly Pick<ApprovalRecord, 'role'>[]): Role[] {
  if (isChainComplete(chain, given)) return [];
  const filled = new Set(given.map((a) => a.role));
  return chain.roles.filter((role) => !filled.has(role));
}

export function progressOf(chain: ApprovalChain, approvals: readonly ApprovalRecord[]): ApprovalProgress {
  const awaiting = awaitedRoles(chain, approvals);
  const complete = isChainComplete(chain, approvals);
  const required = requiredApprovals(chain);
  return {
    chain,
    given: Math.min(required, approvals.filter((a) => chain.roles.includes(a.role)).length),
    required,
    awaiting,
    next: normalizeChain(chain).ordered ? (awaiting[0] ?? null) : null,
    complete,
    approvals: [...approvals],
  };
}

/** Who wrote the entry and who submitted it: none of them may approve it (no self-approval). */
export interface People {
  userIds: readonly number[];
  names: readonly string[];
}
export interface RoundAuthors {
  drafters: People;
  submitters: People;
}

/** The person an approval would be in the name of: a profile signed in here, or a name and role from the signed paper. */
export interface ApprovalCandidate {
  userId: number | null;
  name: string;
  /** The roles that person holds (signed in) or signs in (paper: the one role written on the sheet). */
  roles: readonly Role[];
}

export type ApprovalRefusal = 'complete' | 'ownSubmission' | 'ownDraft' | 'alreadyApproved' | 'notAwaited' | 'outOfOrder';
export type ApprovalCheck = { ok: true; role: Role } | { ok: false; refusal: ApprovalRefusal; awaiting: Role[] };

/** Names compare as people read them: case, spacing and accents aside ("Andi  Baso" is "andi baso"). */
export function samePerson(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
  return norm(a) !== '' && norm(a) === norm(b);
}

function isAmong(candidate: ApprovalCandidate, people: People): boolean {
  return (
    (candidate.userId !== null && people.userIds.includes(candidate.userId)) || people.names.some((n) => samePerson(n, candidate.name))
  );
}

/** The self-approval refusal that applies, if any: the submitter first (the stricter words), then a drafter. */
function ownWork(candidate: ApprovalCandidate, authors: RoundAuthors): ApprovalRefusal | null {
  if (isAmong(candidate, authors.submitters)) return 'ownSubmission';
  if (isAmong(candidate, authors.drafters)) return 'ownDraft';
  return null;
}

function hasApproved(candidate: ApprovalCandidate, given: readonly ApprovalRecord[]): boolean {
  return given.some(
    (a) => (candidate.userId !== null && a.approverUserId === candidate.userId) || samePerson(a.approverName, candidate.name),
  );
}

/**
 * May this person approve now, and in which role? Nobody approves their own drafting or submission,
 * nobody twice in one round, only a role still awaited, and the next role first when the order counts.
 */
export function checkApproval(
  chain: ApprovalChain,
  given: readonly ApprovalRecord[],
  candidate: ApprovalCandidate,
  authors: RoundAuthors,
): ApprovalCheck {
  const awaiting = awaitedRoles(chain, given);
  const refuse = (refusal: ApprovalRefusal): ApprovalCheck => ({ ok: false, refusal, awaiting });
  if (awaiting.length === 0) return refuse('complete');
  const own = ownWork(candidate, authors);
  if (own !== null) return refuse(own);
  if (hasApproved(candidate, given)) return refuse('alreadyApproved');
  const held = awaiting.filter((role) => candidate.roles.includes(role));
  const [first] = held;
  if (first === undefined) return refuse('notAwaited');
  const next = progressOf(chain, given).next;
  if (next !== null) return held.includes(next) ? { ok: true, role: next } : refuse('outOfOrder');
  return { ok: true, role: first };
}

/** May this person send the submission back? Someone whose approval is still awaited, never its own author. */
export function checkReturn(
  chain: ApprovalChain,
  given: readonly ApprovalRecord[],
  candidate: ApprovalCandidate,
  authors: RoundAuthors,
): ApprovalCheck {
  const awaiting = awaitedRoles(chain, given);
  const refuse = (refusal: ApprovalRefusal): ApprovalCheck => ({ ok: false, refusal, awaiting });
  if (awaiting.length === 0) return refuse('complete');
  const own = ownWork(candidate, authors);
  if (own !== null) return refuse(own);
  if (hasApproved(candidate, given)) return refuse('alreadyApproved');
  const held = awaiting.find((role) => candidate.roles.includes(role));
  return held === undefined ? refuse('notAwaited') : { ok: true, role: held };
}

/** Approval states of an exempted entry: drafted, submitted, approved or returned with a note; opened once declassified. */
export const approvalStatuses = ['draft', 'submitted', 'approved', 'returned', 'opened'] as const;
export const approvalStatusSchema = z.enum(approvalStatuses);
export type ApprovalStatus = z.infer<typeof approvalStatusSchema>;

/** One step of the workflow as it is shown: who, in which role, when, with what note. */
export const approvalStepSchema = z.object({
  at: z.string(),
  userId: z.number().int().nullable(),
  userName: z.string(),
  role: z.string(),
  action: z.enum([
    'create',
    'update',
    'submit',
    'approve',
    'recordApproval',
    'return',
    'review',
    'decide',
    'declassify',
    'reclassify',
    'import',
  ]),
  note: z.string(),
});
export type ApprovalStep = z.infer<typeof approvalStepSchema>;

/** What the status reads on screen and paper: an approved exemption fixed by an SK is "Ditetapkan". */
export type StatusLabel = ApprovalStatus | 'decided';

export function statusLabel(exemption: { status: ApprovalStatus; decisionId: number | null }): StatusLabel {
  return exemption.status === 'approved' && exemption.decisionId !== null ? 'decided' : exemption.status;
}
