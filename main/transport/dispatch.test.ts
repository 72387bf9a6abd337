import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/api/handlers';
import { lemariError } from '../../shared/api/raise';
import { createCore } from '../core/createCore';
import { tempDir } from '../../test/support/tempArchive';
import { signedInDispatch } from '../../test/support/signIn';
import { createDispatch } from './dispatch';

const ctx = { actor: 'uji' };

function withCore() {
  const core = createCore({ archiveDir: tempDir() });
  return { core, dispatch: signedInDispatch(core, () => undefined) };
}

/** For the error-mapping tests only: a gate that lets every call through to the fake handlers. */
const everyoneSignedIn = {
  resolve: () => ({ id: 1, name: 'Uji', roles: ['ppid' as const] }),
  mayAct: () => true,
  allowedRoles: () => ['ppid'],
};

describe('dispatch', () => {
  it('answers an unknown method with an error as data', async () => {
    const { core, dispatch } = withCore();
    for (const method of ['register.nuke', 42, null, '__proto__', 'constructor', 'toString']) {
      const result = await dispatch(method, {}, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    core.close();
  });

  it('names the field at fault, in both languages', async () => {
    const { core, dispatch } = withCore();
    const profile = await core.handlers['agency.get']({}, ctx);
    const { version: _v, updatedAt: _u, ...fields } = profile;
    const result = await dispatch('agency.update', { fields: { ...fields, ppidNip: '123' }, expectedVersion: 0 }, ctx);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'fields.ppidNip',
        message: 'Isian "NIP PPID" tidak valid: NIP harus 18 angka (spasi boleh).',
        messageEn: 'Field "PPID NIP" is not valid: A NIP has 18 digits (spaces allowed).',
      },
    });
    expect(await core.handlers['agency.get']({}, ctx)).toEqual(profile);
    core.close();
  });

  it('refuses unknown keys rather than ignoring them', async () => {
    const { core, dispatch } = withCore();
    const result = await dispatch('unit.list', { includeInactive: true, sneaky: 1 }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'sneaky' } });
    core.close();
  });

  it('fills defaults and treats a missing input as an empty object', async () => {
    const { core, dispatch } = withCore();
    expect(await dispatch('unit.list', undefined, ctx)).toEqual({ ok: true, value: [] });
    core.close();
  });

  it('returns a thrown LemariError as data and hides unexpected errors behind "internal"', async () => {
    const logged: string[] = [];
    const handlers = {
      'app.info': () => {
        throw lemariError('not_found');
      },
      'unit.list': () => {
        throw new Error('secret stack detail');
      },
    } as unknown as Handlers;
    const dispatch = createDispatch({ handlers, gate: everyoneSignedIn }, (message) => logged.push(message));
    expect(await dispatch('app.info', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('tidak ditemukan') },
    });
    const internal = await dispatch('unit.list', {}, ctx);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('secret stack detail');
    expect(logged).toEqual(['unit.list failed']);
  });

  it('maps SQLite failures to errors an officer can act on', async () => {
    const sqliteFull = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const handlers = {
      'app.info': () => {
        throw sqliteFull;
      },
    } as unknown as Handlers;
    const result = await createDispatch({ handlers, gate: everyoneSignedIn })('app.info', {}, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full', message: expect.stringContaining('Ruang disk penuh') } });
  });
});
