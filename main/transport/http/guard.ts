import { timingSafeEqual } from 'node:crypto';

export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  authorization: string | undefined;
  cookie: string | undefined;
  queryToken: string | null;
}

export type GuardVerdict = { status: 200; via: 'header' | 'query' | 'cookie' } | { status: 401 | 403; reason: string };

export function cookieName(port: number): string {
  // Cookies ignore ports, so two servers on one machine must not share a name.
  return `lemari_token_${String(port)}`;
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/**
 * Decides whether a loopback request may be served. Host must name this server on its
 * loopback address (a DNS-rebinding page arrives with its own host name); a browser Origin,
 * when sent, must be ours; then the random token must come by header, query or our cookie.
 */
export function guardRequest(facts: RequestFacts, server: { host: string; port: number; token: string }): GuardVerdict {
  const port = String(server.port);
  // On a private loopback address only that address is ours: "localhost" and 127.0.0.1 name other servers' host.
  const allowedHosts = server.host === '127.0.0.1' ? [`127.0.0.1:${port}`, `localhost:${port}`] : [`${server.host}:${port}`];
  if (!facts.host || !allowedHosts.includes(facts.host.toLowerCase())) {
    return { status: 403, reason: 'host' };
  }
  if (facts.origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(facts.origin.toLowerCase())) {
    return { status: 403, reason: 'origin' };
  }
  const bearer = /^Bearer (.+)$/.exec(facts.authorization ?? '')?.[1];
  if (bearer !== undefined && sameToken(bearer, server.token)) return { status: 200, via: 'header' };
  if (facts.queryToken !== null && sameToken(facts.queryToken, server.token)) return { status: 200, via: 'query' };
  const cookie = readCookie(facts.cookie, cookieName(server.port));
  if (cookie !== null && sameToken(cookie, server.token)) return { status: 200, via: 'cookie' };
  return { status: 401, reason: 'token' };
}
