import { z } from 'zod';
import { roleSchema, type Role } from './user';

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
};

export function mayAct(rules: RoleRules, act: Act, userRoles: readonly Role[]): boolean {
  return rules[act].some((role) => userRoles.includes(role));
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
  action: z.enum(['create', 'update', 'submit', 'approve', 'return', 'review', 'decide', 'declassify', 'reclassify']),
  note: z.string(),
});
export type ApprovalStep = z.infer<typeof approvalStepSchema>;

/** What the status reads on screen and paper: an approved exemption fixed by an SK is "Ditetapkan". */
export type StatusLabel = ApprovalStatus | 'decided';

export function statusLabel(exemption: { status: ApprovalStatus; decisionId: number | null }): StatusLabel {
  return exemption.status === 'approved' && exemption.decisionId !== null ? 'decided' : exemption.status;
}
