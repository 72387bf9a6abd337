import type { ServerResponse } from 'node:http';
import { lemariError } from '../../../shared/api/raise';
import { fail } from '../../../shared/api/result';

/** What /vault and /download ask of sign-in: a request from an <img> or a link carries no session header. */
export interface FileSessionGate {
  /** A session id still signed in (not signed out, not idle past the timeout, person still active). */
  live(sessionId: string | null): boolean;
  /** A key minted by auth.fileKey for a session still signed in. */
  fileKeyLive(key: string): boolean;
}

/**
 * The token alone opens no scan or export (issue 13): the answer for a request whose session is gone,
 * never was, or belongs to nobody. Said as `signed_out`, so the screen asks to sign in again.
 */
export function refuseSignedOut(response: ServerResponse): void {
  response.writeHead(403, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(fail(lemariError('signed_out').toApiError())));
}
