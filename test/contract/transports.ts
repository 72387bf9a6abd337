import { createClient, type ApiClient, type Transport } from '../../shared/api/client';
import type { Result } from '../../shared/api/result';
import { createCore, type Core } from '../../main/core/createCore';
import { createDispatch } from '../../main/transport/dispatch';
import { httpRoutes } from '../../main/transport/http/routes';
import { startHttpServer } from '../../main/transport/http/server';
import { signedInDispatch, testScrypt } from '../support/signIn';
import { tempDir } from '../support/tempArchive';

export interface Harness {
  name: string;
  core: Core;
  client: ApiClient;
  close(): Promise<void>;
}

const context = () => ({ actor: 'kontrak' });

/** The same dispatch the IPC transport calls, without Electron; signed in as a test PPID at the first call. */
export function inProcess(): Harness {
  const core = createCore({ archiveDir: tempDir(), scrypt: testScrypt });
  const dispatch = signedInDispatch(core);
  const transport: Transport = {
    call: (method, input) => dispatch(method, structuredClone(input), context()),
    subscribe: (event, listener) =>
      core.events.subscribe((name, payload) => (name === event ? listener(structuredClone(payload)) : undefined)),
    vaultUrl: (sha256) => `vault://objects/${sha256}`,
  };
  return { name: 'in-process', core, client: createClient(transport), close: () => Promise.resolve(core.close()) };
}

/** The real loopback server, spoken to with fetch and a hand-read SSE stream, as the renderer does. */
export async function overHttp(): Promise<Harness> {
  const core = createCore({ archiveDir: tempDir(), scrypt: testScrypt });
  const server = await startHttpServer({
    dispatch: createDispatch(core),
    events: core.events,
    staticDir: null,
    context,
    routes: httpRoutes(core),
  });
  const auth: Record<string, string> = { Authorization: `Bearer ${server.token}` };
  // Signed in once as a test PPID, on this harness's own tab, as a browser tab does after sign-in.
  const tab = { 'x-lemari-tab': 'contract-tab' };
  let session: Promise<string> | null = null;
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
      session ??= signIn();
      const sessionId = await session;
      const response = await fetch(`${server.origin}/api/${method}`, {
        method: 'POST',
        headers: { ...auth, ...tab, 'x-lemari-session': sessionId, 'Content-Type': 'application/json' },
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
  return {
    name: 'http',
    core,
    client: createClient(transport),
    async close() {
      for (const abort of aborts) abort.abort();
      await server.close();
      core.close();
    },
  };
}
