import { AsyncLocalStorage } from 'node:async_hooks';
import type { SignedIn } from '../../../shared/domain/auth';

interface Caller {
  user: SignedIn | null;
  sessionId: string | null;
}

const scope = new AsyncLocalStorage<Caller>();

/**
 * Runs one dispatched call with the person signed in on its window or tab. Services deep in the
 * exemption workflow ask `signedInCaller()` instead of taking a user parameter through every
 * signature, so no call path can act as someone else: outside a dispatched call there is nobody.
 * The session rides along so a file the call makes (an export) can be served to that session only.
 */
export function runAsCaller<T>(user: SignedIn | null, run: () => T, sessionId: string | null = null): T {
  return scope.run({ user, sessionId: user ? sessionId : null }, run);
}

export function signedInCaller(): SignedIn | null {
  return scope.getStore()?.user ?? null;
}

/** The session of the signed-in person making this call; null outside a dispatched, signed-in call. */
export function callerSessionId(): string | null {
  return scope.getStore()?.sessionId ?? null;
}
