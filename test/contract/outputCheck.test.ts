import { afterEach, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/createCore';
import { createDispatch, type DispatchTarget } from '../../main/transport/dispatch';
import { signInTestPpid, testScrypt } from '../support/signIn';
import { tempDir } from '../support/tempArchive';

let core: Core | null = null;
afterEach(() => core?.close());

/** The real handlers, with unit.list drifted from its contract (a number where the schema wants a string). */
function drifted(): DispatchTarget {
  core = createCore({ archiveDir: tempDir(), background: false, scrypt: testScrypt });
  return { handlers: { ...core.handlers, 'unit.list': () => [{ id: 1, name: 42 }] as never }, gate: core.gate };
}

it('in tests, dispatch parses every answer with its output schema and a mismatch comes back as internal, naming the field', async () => {
  const logged: string[] = [];
  const dispatch = createDispatch(drifted(), { checkOutput: true, log: (message) => logged.push(message) });
  const { context } = await signInTestPpid(dispatch);
  const result = await dispatch('unit.list', {}, context);
  expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  expect(!result.ok && result.error.messageEn).toMatch(/output of unit\.list does not match its contract schema: 0\.name/);
  expect(logged).toHaveLength(1);
  // A correct answer passes through untouched.
  expect(await dispatch('app.info', {}, context)).toMatchObject({ ok: true });
});

it('in the app (no checkOutput) the answer is passed on as the handler gave it', async () => {
  const dispatch = createDispatch(drifted(), () => undefined);
  const { context } = await signInTestPpid(dispatch);
  expect(await dispatch('unit.list', {}, context)).toEqual({ ok: true, value: [{ id: 1, name: 42 }] });
});
