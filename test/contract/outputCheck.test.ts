import { afterEach, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/createCore';
import { createDispatch } from '../../main/transport/dispatch';
import type { Handlers } from '../../shared/api/handlers';
import { tempDir } from '../support/tempArchive';

let core: Core | null = null;
afterEach(() => core?.close());

/** The real handlers, with unit.list drifted from its contract (a number where the schema wants a string). */
function drifted(): Handlers {
  core = createCore({ archiveDir: tempDir(), background: false });
  const real = core.handlers;
  return { ...real, 'unit.list': () => [{ id: 1, name: 42 }] as never };
}

it('in tests, dispatch parses every answer with its output schema and a mismatch comes back as internal, naming the field', async () => {
  const logged: string[] = [];
  const dispatch = createDispatch(drifted(), { checkOutput: true, log: (message) => logged.push(message) });
  const result = await dispatch('unit.list', {}, { actor: 'uji' });
  expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  expect(!result.ok && result.error.messageEn).toMatch(/output of unit\.list does not match its contract schema: 0\.name/);
  expect(logged).toHaveLength(1);
  // A correct answer passes through untouched.
  expect(await dispatch('app.info', {}, { actor: 'uji' })).toMatchObject({ ok: true });
});

it('in the app (no checkOutput) the answer is passed on as the handler gave it', async () => {
  const dispatch = createDispatch(drifted(), () => undefined);
  expect(await dispatch('unit.list', {}, { actor: 'uji' })).toEqual({ ok: true, value: [{ id: 1, name: 42 }] });
});
