import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/tempArchive';
import { testScrypt } from '../../../test/support/signIn';
import { createCore, type Core } from '../../core/createCore';
import { createDispatch } from '../dispatch';
import { httpRoutes } from './routes';
import { startHttpServer, type HttpServer } from './server';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077530de', 'hex');
const PIN = '246810';

/**
 * Issue 13: `/vault` and `/download` need a signed-in session besides the token. Real loopback server,
 * real archive; a tab's requests as the renderer makes them (headers on /api, query on the file URLs).
 */
describe('scans and exports in browser mode need a live session, not only the token', () => {
  let now = Date.parse('2026-03-02T02:00:00.000Z');
  let open: { core: Core; server: HttpServer } | null = null;
  afterEach(async () => {
    await open?.server.close();
    open?.core.close();
    open = null;
  });

  async function serve() {
    const core = createCore({ archiveDir: tempDir(), scrypt: testScrypt, background: false, clock: () => new Date(now) });
    const server = await startHttpServer({
      dispatch: createDispatch(core),
      events: core.events,
      staticDir: null,
      context: () => ({ actor: 't' }),
      routes: httpRoutes(core),
    });
    open = { core, server };
    const token = { Authorization: `Bearer ${server.token}` };
    const call = async (tab: string, session: string | null, method: string, input: unknown = {}) => {
      const response = await fetch(`${server.origin}/api/${method}`, {
        method: 'POST',
        headers: { ...token, 'Content-Type': 'application/json', 'x-lemari-tab': tab, ...(session ? { 'x-lemari-session': session } : {}) },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value: never; error?: { code: string } };
    };
    const setup = await call('tab-a', null, 'auth.setupFirst', { fields: { name: 'PPID Uji', nip: '', jabatan: 'PPID' }, secret: PIN });
    const sessionA = (setup.value as { sessionId: string }).sessionId;
    const file = join(tempDir(), 'scan.png');
    writeFileSync(file, PNG);
    const { blob } = await core.vault.ingest(file, 'scan.png', 't');
    /** A GET as an <img src> or a link makes it: the token (in the query, as the page has it), no session header. */
    const get = (path: string) => fetch(`${server.origin}${path}${path.includes('?') ? '&' : '?'}token=${server.token}`);
    return { core, server, call, sessionA, sha: blob.sha256, get };
  }

  it('a scan: the token with no key, a made-up key or the key of a signed-out session is refused; the live key opens it', async () => {
    const { call, sessionA, sha, get } = await serve();
    expect((await get(`/vault/${sha}`)).status).toBe(403);
    expect((await get(`/vault/${sha}?k=${'x'.repeat(43)}`)).status).toBe(403);
    const refused = await get(`/vault/${sha}`);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'signed_out' } });

    const { key } = (await call('tab-a', sessionA, 'auth.fileKey')).value as { key: string };
    const served = await get(`/vault/${sha}?k=${key}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    // One key per session: asking again gives the same key, so URLs already on screen keep working.
    expect(((await call('tab-a', sessionA, 'auth.fileKey')).value as { key: string }).key).toBe(key);

    await call('tab-a', sessionA, 'auth.signOut');
    expect((await get(`/vault/${sha}?k=${key}`)).status).toBe(403);
  });

  it('a key is not minted without a session, nor for a session sent from another tab', async () => {
    const { call, sessionA } = await serve();
    expect(await call('tab-a', null, 'auth.fileKey')).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect(await call('tab-b', sessionA, 'auth.fileKey')).toMatchObject({ ok: false, error: { code: 'signed_out' } });
  });

  it('a scan URL dies with its session at the idle timeout, and another live session does not revive it', async () => {
    const { call, sessionA, sha, get } = await serve();
    const { key } = (await call('tab-a', sessionA, 'auth.fileKey')).value as { key: string };
    now += (15 + 1) * 60_000;
    const people = (await call('tab-b', null, 'auth.status')).value as { people: { id: number }[] };
    const sessionB = (
      (await call('tab-b', null, 'auth.signIn', { userId: people.people[0]?.id, secret: PIN })).value as { sessionId: string }
    ).sessionId;
    expect(sessionB).toBeTruthy();
    expect((await get(`/vault/${sha}?k=${key}`)).status).toBe(403);
    const { key: keyB } = (await call('tab-b', sessionB, 'auth.fileKey')).value as { key: string };
    expect(keyB).not.toBe(key);
    expect((await get(`/vault/${sha}?k=${keyB}`)).status).toBe(200);
  });

  it('an export is served to the session that made it while it lasts: not after sign-out, not after the idle timeout', async () => {
    const { call, sessionA, get } = await serve();
    const made = (await call('tab-a', sessionA, 'export.list', { list: 'dip', format: 'csv', year: 2026 })) as {
      ok: boolean;
      value: { url: string };
    };
    expect(made.ok).toBe(true);
    expect((await get(made.value.url)).status).toBe(200);
    await call('tab-a', sessionA, 'auth.signOut');
    const after = await get(made.value.url);
    expect(after.status).toBe(403);
    expect(await after.json()).toMatchObject({ ok: false, error: { code: 'signed_out' } });

    const people = (await call('tab-a', null, 'auth.status')).value as { people: { id: number }[] };
    const again = ((await call('tab-a', null, 'auth.signIn', { userId: people.people[0]?.id, secret: PIN })).value as { sessionId: string })
      .sessionId;
    const second = (await call('tab-a', again, 'export.list', { list: 'dip', format: 'csv', year: 2026 })) as { value: { url: string } };
    expect((await get(second.value.url)).status).toBe(200);
    // Signing in again does not bring the first session's file back.
    expect((await get(made.value.url)).status).toBe(403);
    now += (15 + 1) * 60_000;
    expect((await get(second.value.url)).status).toBe(403);
  });

  it('a file made outside any signed-in call (the CLI, a test) is never served over HTTP', async () => {
    const { core, get } = await serve();
    const file = core.exportFiles.put('daftar.csv', 'text/csv', Buffer.from('a,b\n'));
    expect((await get(file.url)).status).toBe(403);
  });
});
