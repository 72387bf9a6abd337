import type { IncomingMessage } from 'node:http';
import { SESSION_HEADER, TAB_HEADER } from '../../../shared/domain/auth';

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : null;
}

/**
 * Browser mode's channel and session: each tab makes a random tab id when it loads and keeps the
 * session id it got at sign-in in memory (never a cookie, never storage), so a new tab, a reload
 * or another local page starts signed out. A session id sent from another tab does not match.
 */
export function sessionFrom(request: IncomingMessage): { channel: string; sessionId: string | null } {
  const tab = header(request, TAB_HEADER);
  return { channel: tab ? `http:${tab}` : 'http:', sessionId: tab ? header(request, SESSION_HEADER) : null };
}
