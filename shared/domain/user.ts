import { z } from 'zod';
import { nipSchema } from './agency';

/** The roles of a PPID structure (DOMAIN "Who and what"); which role may do what is configurable per body. */
export const roles = ['petugas', 'ppid', 'atasan_ppid', 'tim_pertimbangan', 'pembina_ppid'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/**
 * A local user profile on the one office laptop. Profiles are who-did-what for the audit trail and
 * the approval rules, not a login: the laptop's own account guards access.
 */
export const userFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: 'v.required' }).max(200, { message: 'v.tooLong' }),
  nip: nipSchema,
  jabatan: z.string().trim().max(200, { message: 'v.tooLong' }),
  roles: z.array(roleSchema).min(1, { message: 'v.required' }).max(roles.length),
  active: z.boolean(),
});
export type UserFields = z.infer<typeof userFieldsSchema>;

export const userSchema = userFieldsSchema.extend({
  id: z.number().int().positive(),
  version: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof userSchema>;
