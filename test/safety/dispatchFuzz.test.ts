import fc from 'fast-check';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Method } from '../../shared/api/contract';
import { errorCodes } from '../../shared/api/errors';
import type { Result } from '../../shared/api/result';
import type { Core } from '../../main/core/createCore';
import type { Dispatch } from '../../main/transport/dispatch';
import { roles } from '../../shared/domain/user';
import { createDispatch } from '../../main/transport/dispatch';
import { signInAs, signInTestPpid } from '../support/signIn';
import { httpRoutes } from '../../main/transport/http/routes';
import { startHttpServer, type HttpServer } from '../../main/transport/http/server';
import { addUnits, cleanupTemp, openCore, safetyTemp } from './support/archive';
import { recordSafety, soak } from './support/tally';
import { arbitraryFor, junkArb, junkValues, nearMiss } from './support/zodArbitrary';

// RELIABILITY #2: dispatch fuzzing with valid inputs generated from the zod schemas and arbitrary junk,
// through the in-process dispatch and the real HTTP server: no uncaught exception, a typed error for
// junk, no DB change and no file written for rejected calls.
const tally = { inputs: 0, valid: 0, rejected: 0, http: 0, internalErrors: 0 };
const methods = Object.keys(contract) as Method[];
// Valid calls of these touch folders outside the archive (restore targets, scanner inbox, backup
// folders) or take seconds each; they still get every junk and near-miss input.
const junkOnly = new Set<string>([
  'backup.create',
  'backup.restore',
  'backup.testRestore',
  'recovery.restore',
  'vault.configure',
  'vault.verify',
  'inbox.scan',
  'settings.update',
]);
const ctx = { actor: 'fuzz' };

let core: Core;
let dispatch: Dispatch;
let server: HttpServer;
let archive: string;
const internal: string[] = [];

function fileState(dir: string): string {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(`${full}:${String(statSync(full).size)}`);
    }
  };
  walk(dir);
  return out.sort().join('\n');
}

const totalChanges = () => core.db.prepare<[], { n: number }>('SELECT total_changes() AS n').get()?.n ?? -1;

function isTypedError(result: Result<unknown>): boolean {
  return (
    !result.ok &&
    (errorCodes as readonly string[]).includes(result.error.code) &&
    result.error.message.length > 0 &&
    result.error.messageEn.length > 0
  );
}

/** One call in process: never throws; rejected input changes nothing on disk or in the database. */
async function callInProcess(method: Method, input: unknown): Promise<void> {
  tally.inputs += 1;
  const valid = contract[method].input.safeParse(input === undefined ? {} : input).success;
  const changes = totalChanges();
  const files = valid ? '' : fileState(archive);
  let result: Result<unknown>;
  try {
    result = await dispatch(method, input, ctx);
  } catch (error) {
    throw new Error(`dispatch threw for ${method}: ${String(error)}`);
  }
  if (!valid) {
    tally.rejected += 1;
    expect(result.ok, method).toBe(false);
    expect(!result.ok && result.error.code, method).toBe('invalid_input');
    expect(totalChanges(), `${method}: rejected input changed the database`).toBe(changes);
    expect(fileState(archive), `${method}: rejected input wrote a file`).toBe(files);
    return;
  }
  tally.valid += 1;
  expect(result.ok || isTypedError(result), method).toBe(true);
  if (!result.ok && result.error.code === 'internal') {
    tally.internalErrors += 1;
    internal.push(method);
  }
}

/** The same over HTTP: JSON (junk that JSON cannot carry arrives as what JSON.stringify makes of it). */
async function callOverHttp(method: string, body: string): Promise<void> {
  tally.http += 1;
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body,
  });
  expect([200, 400, 413, 415]).toContain(response.status);
  const result = (await response.json()) as Result<unknown>;
  expect(result.ok || isTypedError(result)).toBe(true);
  if (!result.ok && result.error.code === 'internal') {
    tally.internalErrors += 1;
    internal.push(`http ${method}`);
  }
}

function jsonOf(value: unknown): string {
  try {
    // JSON.stringify(undefined) is undefined at run time, whatever its declared type says.
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) as string | undefined;
    return text ?? '';
  } catch {
    return '{"unserializable": true}';
  }
}

/**
 * Dispatch checks the policy before the input, so junk from someone without the act is `forbidden`
 * unread. The fuzzer signs in as a person holding every role, so every method's input is really
 * parsed (approve and answerObjection belong to the Atasan PPID, not the first run's PPID).
 */
async function holderOfEveryRole(base: Dispatch): Promise<Dispatch> {
  const { context: ppid } = await signInTestPpid(base, { channel: 'fuzz-setup' });
  const fields = { name: 'Penguji Segala Peran', nip: '', jabatan: 'Penguji', roles: [...roles], active: true };
  const made = await base('user.create', { fields }, ppid);
  if (!made.ok) throw new Error(`user.create: ${made.error.messageEn}`);
  const userId = (made.value as { id: number }).id;
  const pin = '975310';
  const secret = await base('auth.setSecret', { userId, secret: pin }, ppid);
  if (!secret.ok) throw new Error(`auth.setSecret: ${secret.error.messageEn}`);
  const every = await signInAs(base, userId, pin, 'fuzz');
  // A valid auth.signOut ends the session it is called with: it gets a window with no session (it is
  // open to all), so the fuzzer stays signed in and the call still runs the handler.
  const noSession = { ...every, channel: 'fuzz-out', sessionId: null };
  return (method, input, context) => base(method, input, { ...context, ...(method === 'auth.signOut' ? noSession : every) });
}

describe('safety #2: dispatch fuzzing through both transports', () => {
  beforeAll(async () => {
    archive = join(safetyTemp(), 'arsip');
    core = openCore(archive);
    await addUnits(core, 3);
    dispatch = await holderOfEveryRole(createDispatch(core, { log: (message) => internal.push(message), checkOutput: true }));
    server = await startHttpServer({ dispatch, events: core.events, staticDir: null, context: () => ctx, routes: httpRoutes(core) });
  });
  afterAll(async () => {
    await server.close();
    core.close();
    recordSafety('2 dispatch fuzzing', { ...tally, internalMethods: [...new Set(internal)].join(',') || 'none' });
    cleanupTemp();
  });

  it('answers every junk value to every method with a typed error and no change', async () => {
    for (const method of methods) for (const junk of junkValues) await callInProcess(method, junk);
    // Not a method at all.
    for (const name of [undefined, null, 42, '', 'unit', 'unit.create.x', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const result = await dispatch(name, {}, ctx);
      expect(!result.ok && result.error.code).toBe('unknown_method');
      tally.inputs += 1;
    }
  });

  it('generated valid and near-miss inputs, in process', async () => {
    const arb = fc
      .constantFrom(...methods)
      .chain((method) =>
        fc.tuple(
          fc.constant(method),
          junkOnly.has(method)
            ? nearMiss(contract[method].input)
            : fc.oneof(arbitraryFor(contract[method].input), nearMiss(contract[method].input), junkArb),
        ),
      );
    await fc.assert(
      fc.asyncProperty(arb, async ([method, input]) => {
        await callInProcess(method, input);
      }),
      { numRuns: soak(3_000, 50_000) },
    );
    expect(tally.valid).toBeGreaterThan(100);
    expect(internal, `internal errors from valid input: ${internal.join(', ')}`).toEqual([]);
  }, 120_000);

  it('the same through the real HTTP server, plus bodies that are not JSON', async () => {
    const arb = fc
      .constantFrom(...methods)
      .chain((method) => fc.tuple(fc.constant(method), fc.oneof(nearMiss(contract[method].input), junkArb).map(jsonOf)));
    await fc.assert(
      fc.asyncProperty(arb, async ([method, body]) => {
        await callOverHttp(method, body);
      }),
      { numRuns: soak(300, 5_000) },
    );
    for (const body of ['{', 'null', '"', '\u0000', '[]'.repeat(100_000), '{"__proto__":{"polluted":true}}'])
      await callOverHttp('unit.create', body);
    // Over the 8 MB body limit the server stops reading: the client sees a 413 or a reset connection
    // (server.ts destroys the request mid-body), and the server keeps serving either way.
    const huge = await fetch(`${server.origin}/api/unit.create`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: `{"a":"${'x'.repeat(9 * 1024 * 1024)}"}`,
    }).then(
      (response) => response.status,
      () => 'reset',
    );
    expect([413, 'reset']).toContain(huge);
    tally.http += 1;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const info = await dispatch('app.info', {}, ctx);
    expect(info.ok).toBe(true);
  }, 120_000);
});
