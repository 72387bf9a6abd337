import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/tempArchive';
import { createCore } from '../../core/createCore';
import { createDispatch } from '../dispatch';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { httpRoutes } from './routes';
import { startHttpServer } from './server';

async function serve() {
  const core = createCore({ archiveDir: tempDir() });
  const server = await startHttpServer({
    dispatch: createDispatch(core),
    events: core.events,
    staticDir: null,
    context: () => ({ actor: 't' }),
    routes: httpRoutes(core),
    maxBodyBytes: 1024 * 1024,
  });
  const base = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', 'x-lemari-tab': 'tab-a' };
  // Signed in as a browser tab is after the first-run screen: the session id goes in a header, per tab.
  const setup = await fetch(`${server.origin}/api/auth.setupFirst`, {
    method: 'POST',
    headers: base,
    body: JSON.stringify({ fields: { name: 'PPID Uji', nip: '', jabatan: 'PPID' }, secret: '246810' }),
  });
  const session = ((await setup.json()) as { value: { sessionId: string } }).value.sessionId;
  return { core, server, headers: { ...base, 'x-lemari-session': session } };
}

describe('the loopback server', () => {
  it('refuses a session id sent from another tab, or with no tab, and serves it from its own', async () => {
    const { core, server, headers } = await serve();
    const list = (h: Record<string, string>) => fetch(`${server.origin}/api/unit.list`, { method: 'POST', headers: h, body: '{}' });
    expect(await (await list(headers)).json()).toEqual({ ok: true, value: [] });
    expect(await (await list({ ...headers, 'x-lemari-tab': 'tab-b' })).json()).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    const { 'x-lemari-tab': _tab, ...noTab } = headers;
    expect(await (await list(noTab)).json()).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    await server.close();
    core.close();
  });

  it('answers an oversized body with 413 and a readable error, and keeps serving', async () => {
    const { core, server, headers } = await serve();
    const huge = JSON.stringify({ includeInactive: true, pad: 'x'.repeat(3 * 1024 * 1024) });
    const refused = await fetch(`${server.origin}/api/unit.list`, { method: 'POST', headers, body: huge });
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'too_large' } });
    const after = await fetch(`${server.origin}/api/unit.list`, { method: 'POST', headers, body: '{}' });
    expect(await after.json()).toEqual({ ok: true, value: [] });
    await server.close();
    core.close();
  });

  it('refuses non-JSON bodies (no form posts from other pages) and malformed JSON', async () => {
    const { core, server, headers } = await serve();
    const form = await fetch(`${server.origin}/api/unit.list`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const broken = await fetch(`${server.origin}/api/unit.list`, { method: 'POST', headers, body: '{"includeInactive":' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await server.close();
    core.close();
  });

  it('listens on a private 127.x.y.z: nothing of Lemari answers on 127.0.0.1 at its port (issue 13 item 3)', async () => {
    const { core, server, headers } = await serve();
    expect(server.host).toMatch(/^127\.\d+\.\d+\.\d+$/);
    expect(server.host).not.toBe('127.0.0.1');
    expect(server.origin).toBe(`http://${server.host}:${String(server.port)}`);
    await expect(fetch(`http://127.0.0.1:${String(server.port)}/api/unit.list`, { method: 'POST', headers, body: '{}' })).rejects.toThrow();
    await server.close();
    core.close();
  });

  it('serves a scan with Cache-Control: no-store, never as an immutable cached object', async () => {
    const { core, server, headers } = await serve();
    const file = join(tempDir(), 'scan.png');
    writeFileSync(file, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077530de', 'hex'));
    const { blob } = await core.vault.ingest(file, 'scan.png', 't');
    const minted = await fetch(`${server.origin}/api/auth.fileKey`, { method: 'POST', headers, body: '{}' });
    const { key } = ((await minted.json()) as { value: { key: string } }).value;
    const response = await fetch(`${server.origin}/vault/${blob.sha256}?k=${key}`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    await server.close();
    core.close();
  });
});
