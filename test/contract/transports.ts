import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createClient, type ApiClient, type Transport } from '../../shared/api/client';
import type { Result } from '../../shared/api/result';
import { createCore, type Core } from '../../main/core/createCore';
import { createDispatch } from '../../main/transport/dispatch';
import { httpRoutes } from '../../main/transport/http/routes';
import { startHttpServer } from '../../main/transport/http/server';
import type { CallContext } from '../../shared/api/handlers';
import { signInAs, signInTestPpid, testScrypt } from '../support/signIn';
import { tempDir } from '../support/tempArchive';

export interface Harness {
  name: string;
  core: Core;
  client: ApiClient;
  /** Stages a file as the renderer does (in process: straight into staging; over HTTP: `POST /upload`). */
  stage(bytes: Buffer, name: string): Promise<{ uploadId: string }>;
  /** Fetches a generated file by its download path (`/download/<id>`): over HTTP for real, in process from the store. */
  download(url: string): Promise<Buffer>;
  /** Signs another person in on this harness's window or tab; later calls act as them (null: sign out). */
  signInAs(person: { userId: number; pin: string } | null): Promise<void>;
  close(): Promise<void>;
}

const context = () => ({ actor: 'kontrak' });
/** Tests check every answer against its contract schema inside dispatch (see DispatchOptions.checkOutput). */
const dispatchOptions = { checkOutput: true };

/**
 * What every contract test does to a fresh archive before its first call, on both transports. Empty
 * today; the one place a sign-in step goes when dispatch starts to require a session.
 */
export function prepareArchive(harness: Harness): Promise<Harness> {
  return Promise.resolve(harness);
}

/** The same dispatch the IPC transport calls, without Electron; signed in as a test PPID at the first call. */
export function inProcess(): Promise<Harness> {
  const core = createCore({ archiveDir: tempDir(), scrypt: testScrypt });
  const dispatch = createDispatch(core, dispatchOptions);
  // One window: the first run's PPID signs in lazily; signInAs changes who this window acts as.
  let session: Promise<CallContext> | null = null;
  const signedIn = () => (session ??= signInTestPpid(dispatch, { channel: 'contract-window' }).then((r) => r.context));
  const transport: Transport = {
    async call(method, input) {
      if (method === 'auth.setupFirst' && session === null) {
        // The first run itself: called with no session, and this window then acts as the account it made.
        const result = await dispatch(method, structuredClone(input), { ...context(), channel: 'contract-window' });
        if (result.ok) {
          const made = result.value as { sessionId: string };
          session = Promise.resolve({ actor: 'kontrak', channel: 'contract-window', sessionId: made.sessionId });
        }
        return result;
      }
      return dispatch(method, structuredClone(input), { ...context(), ...(await signedIn()) });
    },
    subscribe: (event, listener) =>
      core.events.subscribe((name, payload) => (name === event ? listener(structuredClone(payload)) : undefined)),
    vaultUrl: (sha256) => `vault://objects/${sha256}`,
  };
  return prepareArchive({
    name: 'in-process',
    core,
    client: createClient(transport),
    stage: async (bytes, name) => ({ uploadId: (await core.uploads.stage(Readable.from([bytes]), name)).uploadId }),
    download: (url) => {
      const stored = core.exportFiles.get(url.replace(/^\/download\//, ''));
      return stored ? readFile(stored.path) : Promise.reject(new Error(`no generated file at ${url}`));
    },
    async signInAs(person) {
      await signedIn();
      const channel = 'contract-window';
      session = Promise.resolve(
        person ? await signInAs(dispatch, person.userId, person.pin, channel) : { actor: 'kontrak', channel, sessionId: null },
      );
    },
    close: () => Promise.resolve(core.close()),
  });
}

/** The real loopback server, spoken to with fetch and a hand-read SSE stream, as the renderer does. */
export async function overHttp(): Promise<Harness> {
  const core = createCore({ archiveDir: tempDir(), scrypt: testScrypt });
  const server = await startHttpServer({
    dispatch: createDispatch(core, dispatchOptions),
    events: core.events,
    staticDir: null,
    context,
    routes: httpRoutes(core),
  });
  const auth: Record<string, string> = { Authorization: `Bearer ${server.token}` };
  // Signed in once as a test PPID, on this harness's own tab, as a browser tab does after sign-in.
  const tab = { 'x-lemari-tab': 'contract-tab' };
  let session: Promise<string | null> | null = null;
  const signIn = async (): Promise<string> => {
    const response = await fetch(`${server.origin}/api/auth.setupFirst`, {
      method: 'POST',
      headers: { ...auth, ...tab, 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields: { name: 'PPID Uji', nip: '', jabatan: 'PPID' }, secret: '246810' }),
    });
    const result = (await response.json()) as Result<{ sessionId: string }>;
    if (!result.ok) throw new Error(result.error.messageEn);
    return result.value.sessionId;
  };
  const aborts = new Set<AbortController>();
  const transport: Transport = {
    async call(method, input) {
      if (method === 'auth.setupFirst' && session === null) {
        // The first run itself: sent with no session; this tab then acts as the account it made.
        const response = await fetch(`${server.origin}/api/${method}`, {
          method: 'POST',
          headers: { ...auth, ...tab, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        const result = (await response.json()) as Result<{ sessionId: string }>;
        if (result.ok) session = Promise.resolve(result.value.sessionId);
        return result;
      }
      session ??= signIn();
      const sessionId = await session;
      const response = await fetch(`${server.origin}/api/${method}`, {
        method: 'POST',
        headers: { ...auth, ...tab, ...(sessionId ? { 'x-lemari-session': sessionId } : {}), 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    },
    subscribe(event, listener) {
      const abort = new AbortController();
      aborts.add(abort);
      void (async () => {
        const response = await fetch(`${server.origin}/events`, { headers: auth, signal: abort.signal });
        const reader = response.body?.getReader();
        if (!reader) return;
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const chunk: Awaited<ReturnType<typeof reader.read>> = await reader
            .read()
            .catch(() => ({ done: true as const, value: undefined }));
          if (chunk.done) return;
          buffer += decoder.decode(chunk.value, { stream: true });
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (name === event && data) listener(JSON.parse(data) as unknown);
          }
        }
      })();
      return () => abort.abort();
    },
    vaultUrl: (sha256) => `${server.origin}/vault/${sha256}`,
  };
  return prepareArchive({
    name: 'http',
    core,
    client: createClient(transport),
    async stage(bytes, name) {
      const response = await fetch(`${server.origin}/upload?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/octet-stream' },
        body: new Uint8Array(bytes),
      });
      const staged = (await response.json()) as Result<{ uploadId: string }>;
      if (!staged.ok) throw new Error(`upload ${name}: ${staged.error.messageEn}`);
      return { uploadId: staged.value.uploadId };
    },
    async download(url) {
      const response = await fetch(`${server.origin}${url}`, { headers: auth });
      if (!response.ok) throw new Error(`GET ${url}: ${String(response.status)}`);
      return Buffer.from(await response.arrayBuffer());
    },
    async signInAs(person) {
      await (session ??= signIn());
      if (!person) {
        session = Promise.resolve(null);
        return;
      }
      const response = await fetch(`${server.origin}/api/auth.signIn`, {
        method: 'POST',
        headers: { ...auth, ...tab, 'Content-Type': 'application/json' },
        body: JSON.stringify({ userId: person.userId, secret: person.pin }),
      });
      const result = (await response.json()) as Result<{ sessionId: string }>;
      if (!result.ok) throw new Error(`auth.signIn: ${result.error.messageEn}`);
      session = Promise.resolve(result.value.sessionId);
    },
    async close() {
      for (const abort of aborts) abort.abort();
      await server.close();
      core.close();
    },
  });
}
