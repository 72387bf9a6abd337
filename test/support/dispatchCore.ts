import { Readable } from 'node:stream';
import { afterEach } from 'vitest';
import type { Method, MethodInput, MethodOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import type { CallContext } from '../../shared/api/handlers';
import type { UserFields } from '../../shared/domain/user';
import { createCore, type Core } from '../../main/core/createCore';
import { createDispatch } from '../../main/transport/dispatch';
import { signInAs, signInTestPpid, TEST_PIN, testScrypt } from './signIn';
import { tempDir } from './tempArchive';

const opened: Core[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
});

/**
 * A fresh archive driven through dispatch, as the transports do, with a clock the test can move
 * (RELIABILITY #15). `call` expects success, `refuse` expects an error as data, `stage` makes an upload.
 * Nobody is signed in at first: `firstPpid` creates the first run's PPID and signs them in,
 * `signInAs(user)` signs another person in (giving them the test PIN first, as the PPID would),
 * `signInAs(null)` signs out. Moving the clock signs the same person in again, past the idle timeout.
 */
export function dispatchCore(startAt: string) {
  let now = new Date(startAt);
  const core = createCore({ archiveDir: tempDir(), clock: () => now, background: false, scrypt: testScrypt });
  opened.push(core);
  // Tests check every answer against its contract schema inside dispatch.
  const dispatch = createDispatch(core, { log: () => undefined, checkOutput: true });
  let context: CallContext = { actor: 'laptop', channel: 'test-tab' };
  let ppidId: number | null = null;
  let currentId: number | null = null;
  const withPin = new Set<number>();

  const call = async <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await dispatch(method, input, context);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.messageEn}`);
    return result.value as MethodOutput<M>;
  };
  const refuse = async <M extends Method>(method: M, input: MethodInput<M>): Promise<ApiError> => {
    const result = await dispatch(method, input, context);
    if (result.ok) throw new Error(`${method} was accepted but should have been refused`);
    return result.error;
  };

  async function firstPpid(fields: Pick<UserFields, 'name'> & Partial<UserFields>) {
    const { context: signed, session } = await signInTestPpid(dispatch, { name: fields.name });
    context = signed;
    ppidId = currentId = session.user.id;
    withPin.add(session.user.id);
    return await call('user.update', {
      id: session.user.id,
      fields: {
        name: fields.name,
        nip: fields.nip ?? '',
        jabatan: fields.jabatan ?? 'PPID',
        roles: fields.roles ?? ['ppid'],
        active: true,
      },
      expectedVersion: 0,
    });
  }

  async function signIn(user: { id: number } | null): Promise<void> {
    if (user === null) {
      await call('auth.signOut', {});
      context = { actor: 'laptop', channel: 'test-tab' };
      currentId = null;
      return;
    }
    if (!withPin.has(user.id)) {
      if (ppidId === null) throw new Error('call firstPpid before signing anyone else in');
      const ppid = await signInAs(dispatch, ppidId, TEST_PIN, 'test-ppid');
      const set = await dispatch('auth.setSecret', { userId: user.id, secret: TEST_PIN }, ppid);
      if (!set.ok) throw new Error(`auth.setSecret: ${set.error.messageEn}`);
      withPin.add(user.id);
    }
    context = await signInAs(dispatch, user.id, TEST_PIN);
    currentId = user.id;
  }

  const stage = async (bytes: Buffer, name: string) => ({ uploadId: (await core.uploads.stage(Readable.from([bytes]), name)).uploadId });
  const setClock = async (iso: string) => {
    now = new Date(iso);
    if (currentId !== null) await signIn({ id: currentId });
  };
  /** Moves the clock and nothing else: for tests of the idle timeout and the lock. */
  const setClockOnly = (iso: string) => {
    now = new Date(iso);
    return Promise.resolve();
  };
  return { core, dispatch, call, refuse, stage, setClock, setClockOnly, firstPpid, signInAs: signIn, context: () => context };
}
