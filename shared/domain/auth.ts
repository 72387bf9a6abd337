import { z } from 'zod';
import { roleSchema } from './user';

/**
 * A PIN is at least 6 digits; anything else is a password of at least 8 characters. Both are
 * hashed with scrypt and a salt of their own in main; the rule here only keeps guessable ones out.
 */
export const secretSchema = z
  .string()
  .max(200, { message: 'v.tooLong' })
  .refine((value) => (/^\d+$/.test(value) ? value.length >= 6 : value.length >= 8), { message: 'v.secret' });

export function secretScheme(secret: string): 'pin' | 'password' {
  return /^\d+$/.test(secret) ? 'pin' : 'password';
}

/** The person signed in on one window or browser tab: what the audit trail names and the role rules check. */
export const signedInSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  roles: z.array(roleSchema),
});
export type SignedIn = z.infer<typeof signedInSchema>;

/** A started session: the id the browser tab keeps in memory (never a cookie) and sends as `X-Lemari-Session`. */
export const sessionSchema = z.object({
  sessionId: z.string(),
  user: signedInSchema,
  idleMinutes: z.number().int().positive(),
});
export type Session = z.infer<typeof sessionSchema>;

/** What the sign-in screen needs before anyone is signed in. */
export const authStatusSchema = z.object({
  /** No user holds a credential yet: the first run creates the PPID's account. */
  needsSetup: z.boolean(),
  signedIn: signedInSchema.nullable(),
  idleMinutes: z.number().int().positive(),
  /** Active people who can sign in (name and roles only), for the pick list. */
  people: z.array(signedInSchema),
});
export type AuthStatus = z.infer<typeof authStatusSchema>;

/** Header names the browser transport uses; Electron keeps the session per window in main instead. */
export const SESSION_HEADER = 'x-lemari-session';
export const TAB_HEADER = 'x-lemari-tab';
