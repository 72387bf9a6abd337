import { AsyncLocalStorage } from 'node:async_hooks';
import type { SignedIn } from '../../../shared/domain/auth';

const scope = new AsyncLocalStorage<SignedIn | null>();

/**
 * Runs one dispatched call with the person signed in on its window or tab. Services deep in the
 * exemption workflow ask `signedInCaller()` instead of taking a user parameter through every
 * signature, so no call path can act as someone else: outside a dispatched call there is nobody.
 */
export function runAsCaller<T>(user: SignedIn | null, run: () => T): T {
  return scope.run(user, run);
}

export function signedInCaller(): SignedIn | null {
  return scope.getStore() ?? null;
}
