import { sessionFrom } from './session';
import { randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import type { CallContext } from '../../../shared/api/handlers';
import { lemariError } from '../../../shared/api/raise';
import { fail } from '../../../shared/api/result';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import type { EventBus } from '../../core/support/events';
import type { Dispatch } from '../dispatch';
import { contentTypeFor } from '../mime';
import { resolveInside } from '../paths';
import { cookieName, guardRequest } from './guard';
import { refusalPage } from './pages';

/** An extra route a domain adds (scans from the vault, uploads), served behind the same guard. */
export interface HttpRoute {
  method: 'GET' | 'POST' | 'PUT';
  pattern: RegExp;
  handle(request: IncomingMessage, response: ServerResponse, match: RegExpExecArray): void | Promise<void>;
}

export interface HttpServerOptions {
  dispatch: Dispatch;
  events: EventBus;
  /** The renderer build (index.html and assets); null serves only the API. */
  staticDir: string | null;
  port?: number;
  /** Loopback address to bind; default a random one in 127.0.0.0/8 (see randomLoopbackHost). */
  host?: string;
  token?: string;
  context: () => CallContext;
  routes?: HttpRoute[];
  /** Largest JSON body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface HttpServer {
  url: string;
  /** The loopback address bound: a private 127.x.y.z, or 127.0.0.1 where the system offers no other. */
  host: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...baseHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped (memory stays bounded) so a 413 can still be answered.
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolveBody(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * A random address in 127.0.0.0/8 (Linux routes all of it to loopback; Windows answers on 127.x.y.z
 * too). Why: browsers keep cookies per host name and ignore ports, so a token cookie for 127.0.0.1 is
 * sent to *every* server on 127.0.0.1 the browser visits — another local web server read the archive
 * with it (issue 13 item 3). On an address of its own (one of 16 million) the cookie's host is Lemari's
 * alone: a page on 127.0.0.1 or localhost never gets it. The last octet avoids 0 and 255.
 */
export function randomLoopbackHost(): string {
  const [a = 1, b = 1, c = 1] = randomBytes(3);
  return `127.${String(a)}.${String(b)}.${String(1 + (c % 254))}`;
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise<void>((resolveListen, reject) => {
    const failed = (error: Error) => reject(error);
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolveListen();
    });
  });
}

/**
 * Browser mode's transport: the same dispatch as Electron IPC, over HTTP on a loopback address only,
 * with a random port and token. Events go out as server-sent events.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 8 * 1024 * 1024;
  const sockets = new Set<Socket>();
  const streams = new Set<ServerResponse>();
  let port = 0;
  let host = options.host ?? randomLoopbackHost();

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(
        response,
        415,
        fail(lemariError('invalid_input', { params: { field: 'Content-Type', detail: 'application/json' } }).toApiError()),
      );
      return;
    }
    if (Number(request.headers['content-length'] ?? '0') > maxBody) {
      response.writeHead(413, { ...baseHeaders, 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
      response.end(JSON.stringify(fail(lemariError('too_large').toApiError())));
      request.resume();
      return;
    }
    const body = await readBody(request, maxBody);
    if (body === null) {
      sendJson(response, 413, fail(lemariError('too_large').toApiError()));
      return;
    }
    let input: unknown;
    try {
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      sendJson(response, 400, fail(lemariError('invalid_input', { params: { field: 'input', detail: 'JSON' } }).toApiError()));
      return;
    }
    sendJson(response, 200, await options.dispatch(method, input, { ...options.context(), ...sessionFrom(request) }));
  }

  function handleEvents(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { ...baseHeaders, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': lemari\n\n');
    streams.add(response);
    const unsubscribe = options.events.subscribe((event, payload) => {
      response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 20_000);
    request.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(response);
    });
  }

  function handleStatic(response: ServerResponse, urlPath: string, setCookie: string | null): void {
    const root = options.staticDir;
    if (root === null) {
      sendJson(response, 404, fail(lemariError('not_found').toApiError()));
      return;
    }
    let file = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
    if (file === null) {
      sendJson(response, 400, fail(lemariError('not_found').toApiError()));
      return;
    }
    let stat = statSync(file, { throwIfNoEntry: false });
    // Client-side routes (no file extension) get the app shell.
    if ((!stat || !stat.isFile()) && !/\.[a-z0-9]+$/i.test(urlPath)) {
      file = join(root, 'index.html');
      stat = statSync(file, { throwIfNoEntry: false });
    }
    if (!stat || !stat.isFile()) {
      sendJson(response, 404, fail(lemariError('not_found').toApiError()));
      return;
    }
    const isHtml = file.endsWith('.html');
    const headers: Record<string, string | number> = {
      ...baseHeaders,
      'Content-Type': contentTypeFor(file),
      'Content-Length': stat.size,
      'Cache-Control': isHtml ? 'no-store' : 'max-age=31536000, immutable',
    };
    if (isHtml) {
      headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      headers['X-Frame-Options'] = 'SAMEORIGIN';
    }
    if (setCookie) headers['Set-Cookie'] = setCookie;
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://lemari.invalid');
    const verdict = guardRequest(
      {
        host: request.headers.host,
        origin: request.headers.origin,
        authorization: request.headers.authorization,
        cookie: request.headers.cookie,
        queryToken: url.searchParams.get('token'),
      },
      { host, port, token },
    );
    if (verdict.status !== 200) {
      const wantsHtml = (request.headers.accept ?? '').includes('text/html');
      response.writeHead(verdict.status, {
        ...baseHeaders,
        'Content-Type': wantsHtml ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
      });
      response.end(wantsHtml ? refusalPage(verdict.status) : JSON.stringify(fail(lemariError('forbidden').toApiError())));
      return;
    }
    const method = request.method ?? 'GET';
    const api = /^\/api\/([a-zA-Z]+\.[a-zA-Z]+)$/.exec(url.pathname);
    if (api && method === 'POST') return handleApi(request, response, api[1] ?? '');
    if (url.pathname === '/events' && method === 'GET') return handleEvents(request, response);
    for (const extra of options.routes ?? []) {
      const match = extra.method === method ? extra.pattern.exec(url.pathname) : null;
      if (match) return extra.handle(request, response, match);
    }
    if (method === 'GET' || method === 'HEAD') {
      // A token that came in the address becomes a same-site cookie so the page's own assets load.
      const setCookie = verdict.via === 'query' ? `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/` : null;
      handleStatic(response, url.pathname, setCookie);
      return;
    }
    sendJson(response, 405, fail(lemariError('invalid_input', { params: { field: 'method', detail: method } }).toApiError()));
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('[lemari] http request failed:', error);
      if (!response.headersSent) sendJson(response, 500, fail(lemariError('internal').toApiError()));
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  try {
    await listen(server, options.port ?? 0, host);
  } catch (error) {
    // macOS and some hardened systems answer only on 127.0.0.1 (EADDRNOTAVAIL): serve there, and say so,
    // since there the cookie is shared with other local servers (the token also works as a header).
    if (options.host !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRNOTAVAIL') throw error;
    console.warn('[lemari] no private loopback address on this system; serving on 127.0.0.1');
    host = '127.0.0.1';
    await listen(server, options.port ?? 0, host);
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${String(port)}`;

  return {
    url: `${origin}/?token=${token}`,
    host,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const stream of streams) stream.end();
        server.close(() => resolveClose());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
