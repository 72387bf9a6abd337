import type { StagedUpload } from '../../shared/domain/upload';
import type { RendererTransport } from './transport';
import { lemariError } from '../../shared/api/raise';
import { fail, type Result } from '../../shared/api/result';
import { SESSION_HEADER, TAB_HEADER } from '../../shared/domain/auth';

/** The session id a sign-in answered with, kept in memory by the transport (never a cookie). */
function sessionIdOf(method: string, result: Result<unknown>): string | null | undefined {
  if (method === 'auth.signOut') return null;
  if (!result.ok) return result.error.code === 'signed_out' ? null : undefined;
  if (method !== 'auth.signIn' && method !== 'auth.setupFirst') return undefined;
  const value = result.value as { sessionId?: unknown };
  return typeof value.sessionId === 'string' ? value.sessionId : undefined;
}

/**
 * Browser mode: calls go to the loopback server with the page's token; events come over
 * one EventSource shared by every subscriber. The session cookie set at page load also
 * authenticates, so a reload without ?token keeps working.
 */
export function createHttpTransport(token: string | null): RendererTransport {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const tokenQuery = token ? `?token=${encodeURIComponent(token)}` : '';
  // One channel per tab: a new tab or a reload starts signed out (issue 13).
  headers[TAB_HEADER] = crypto.randomUUID();
  let sessionId: string | null = null;
  // Scans open by URL (<img>, pdf.js), which sends no header: the session's file key rides in the query.
  let fileKey: string | null = null;
  let source: EventSource | null = null;

  function events(): EventSource {
    source ??= new EventSource(`/events${tokenQuery}`);
    return source;
  }

  async function mintFileKey(session: string): Promise<string | null> {
    const response = await fetch('/api/auth.fileKey', { method: 'POST', headers: { ...headers, [SESSION_HEADER]: session }, body: '{}' });
    const result = (await response.json()) as Result<{ key: string }>;
    return result.ok ? result.value.key : null;
  }

  return {
    async call(method, input): Promise<Result<unknown>> {
      try {
        const sent = sessionId ? { ...headers, [SESSION_HEADER]: sessionId } : headers;
        const response = await fetch(`/api/${method}`, { method: 'POST', headers: sent, body: JSON.stringify(input) });
        const result = (await response.json()) as Result<unknown>;
        const session = sessionIdOf(method, result);
        if (session !== undefined && session !== sessionId) {
          sessionId = session;
          fileKey = session ? await mintFileKey(session) : null;
        }
        return result;
      } catch {
        return fail(lemariError('disconnected').toApiError());
      }
    },
    subscribe(event, listener) {
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as unknown);
      events().addEventListener(event, handler);
      return () => events().removeEventListener(event, handler);
    },
    async upload(file): Promise<Result<StagedUpload>> {
      try {
        const response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
          method: 'POST',
          headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/octet-stream' },
          body: file,
        });
        return (await response.json()) as Result<StagedUpload>;
      } catch {
        return fail(lemariError('disconnected').toApiError());
      }
    },
    vaultUrl: (sha256) => {
      const query = new URLSearchParams(token ? { token } : {});
      if (fileKey) query.set('k', fileKey);
      return `/vault/${sha256}?${query.toString()}`;
    },
  };
}
