import { z } from 'zod';
import { authStatusSchema, secretSchema, sessionSchema } from '../../domain/auth';
import { userFieldsSchema } from '../../domain/user';
import type { MethodSpec } from '../methodSpec';
import { noInput } from './core';

const userId = z.number().int().positive();

/** Sign-in: who is at this window or tab. The policy table (shared/api/policy.ts) says which methods need it. */
export const authContract = {
  'auth.status': { input: noInput, output: authStatusSchema },
  /** First run only: creates the PPID's account and signs it in; refused once anyone holds a credential. */
  'auth.setupFirst': {
    input: z.object({ fields: userFieldsSchema.omit({ roles: true, active: true }), secret: secretSchema }).strict(),
    output: sessionSchema,
  },
  'auth.signIn': { input: z.object({ userId, secret: z.string().min(1).max(200) }).strict(), output: sessionSchema },
  'auth.signOut': { input: noInput, output: z.null() },
  /**
   * Browser mode: the key this tab's session opens scans with (`/vault/<sha256>?k=…`), since an <img> or a
   * link sends no session header. It works only while the session does; sign-out or the idle timeout ends it.
   */
  'auth.fileKey': { input: noInput, output: z.object({ key: z.string().min(32).max(100) }) },
  /** Sets a person's PIN or password: one's own, or anyone's by a role that manages users. */
  'auth.setSecret': { input: z.object({ userId, secret: secretSchema }).strict(), output: z.null() },
} as const satisfies Record<string, MethodSpec>;
