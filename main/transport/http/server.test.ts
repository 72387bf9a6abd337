import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/tempArchive';
import { createCore } from '../../core/createCore';
import { createDispatch } from '../dispatch';
import { startHttpServer } from './server';

async function serve() {
  const core = createCore({ archiveDir: tempDir() });
  const server = await startHttpServer({
    dispatch: createDispatch(core),
    events: core.events,
    staticDir: null,
    context: () => ({ actor: 't' }),
    maxBodyBytes: 1024 * 1024,
  });
  return { core, server, headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' } };
}

describe('the loopback server', () => {
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
});
