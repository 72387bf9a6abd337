import { z } from 'zod';
import { actRolesSchema, actSchema, roleRulesSchema } from '../../domain/approval';
import { userFieldsSchema, userSchema } from '../../domain/user';
import type { MethodSpec } from '../methodSpec';

const id = z.number().int().positive();
const expectedVersion = z.number().int().nonnegative();
const none = z.object({}).strict();

/**
 * Local user profiles and the role rules of the exemption workflow. Every workflow method acts as
 * the person signed in on that window or tab (`auth.signIn`), and main checks that person's roles.
 */
export const userContract = {
  'user.list': { input: z.object({ includeInactive: z.boolean().default(false) }).strict(), output: z.array(userSchema) },
  'user.create': { input: z.object({ fields: userFieldsSchema }).strict(), output: userSchema },
  'user.update': { input: z.object({ id, fields: userFieldsSchema, expectedVersion }).strict(), output: userSchema },
  /** Deactivates (cannot sign in, kept in history) or reactivates a person; the last active PPID stays. */
  'user.setActive': { input: z.object({ id, active: z.boolean(), expectedVersion }).strict(), output: userSchema },
  /** The person signed in on this window or tab (null when nobody is). */
  'user.active': { input: none, output: userSchema.nullable() },
  'user.rules': { input: none, output: roleRulesSchema },
  'user.setRule': { input: z.object({ act: actSchema, roles: actRolesSchema }).strict(), output: roleRulesSchema },
} as const satisfies Record<string, MethodSpec>;
