import type { CallContext } from '../../shared/api/handlers';
import type { Session } from '../../shared/domain/auth';
import { entryFieldsSchema, type Entry, type EntryFields } from '../../shared/domain/entry';
import { createAuditService } from '../../main/core/audit/audit.service';
import type { Core } from '../../main/core/createCore';
import { exemptionEditGuard } from '../../main/core/exemption/editGuard';
import { createEntryService } from '../../main/core/register/entry.service';
import { createEntryWriter } from '../../main/core/register/entry.writer';
import { createDispatch, type Dispatch, type DispatchOptions, type DispatchTarget } from '../../main/transport/dispatch';
import type { ScryptParams } from '../../main/core/auth/secret';

/** scrypt at 1/32 of the production cost: tests sign in hundreds of times; the scheme is the same. */
export const testScrypt: ScryptParams = { N: 1024, r: 8, p: 1, keylen: 32 };

export const TEST_PIN = '246810';

/**
 * The one place tests sign in: the first run's PPID account through `auth.setupFirst` (refused once
 * any account exists), on a channel of its own. Returns the context to pass to dispatch afterwards.
 */
export async function signInTestPpid(
  dispatch: Dispatch,
  options: { name?: string; channel?: string; pin?: string } = {},
): Promise<{ context: CallContext; session: Session }> {
  const channel = options.channel ?? 'test-tab';
  const result = await dispatch(
    'auth.setupFirst',
    { fields: { name: options.name ?? 'PPID Uji', nip: '', jabatan: 'PPID' }, secret: options.pin ?? TEST_PIN },
    { actor: 'test', channel },
  );
  if (!result.ok) throw new Error(`auth.setupFirst: ${result.error.messageEn}`);
  const session = result.value as Session;
  return { context: { actor: 'test', channel, sessionId: session.sessionId }, session };
}

/** Signs a person in with their PIN on `channel`; the returned context carries the session. */
export async function signInAs(dispatch: Dispatch, userId: number, pin: string, channel = 'test-tab'): Promise<CallContext> {
  const result = await dispatch('auth.signIn', { userId, secret: pin }, { actor: 'test', channel });
  if (!result.ok) throw new Error(`auth.signIn: ${result.error.messageEn}`);
  return { actor: 'test', channel, sessionId: (result.value as Session).sessionId };
}

/**
 * Dispatch as a signed-in PPID: the first call creates the first run's account on its own channel
 * and every call goes with that session (whatever context the test passes), so tests about other
 * rules than sign-in keep calling `dispatch(method, input, ctx)` as before.
 */
const sessions = new WeakMap<DispatchTarget, Promise<CallContext>>();

export function signedInDispatch(target: DispatchTarget, options: DispatchOptions | DispatchOptions['log'] = {}): Dispatch {
  // Tests check every answer against its contract schema inside dispatch.
  const dispatch = createDispatch(
    target,
    typeof options === 'function' ? { log: options, checkOutput: true } : { checkOutput: true, ...options },
  );
  return async (method, input, context) => {
    // One first-run account per core, however many dispatchers a test builds on it.
    let signed = sessions.get(target);
    if (!signed) {
      signed = signInTestPpid(dispatch, { channel: 'signed-in-test' }).then((result) => result.context);
      sessions.set(target, signed);
    }
    return dispatch(method, input, { ...context, ...(await signed) });
  };
}

/**
 * A DIK row as archives from before the exemption workflow hold them (and as an imported DIK
 * makes): entry.create refuses a DIK row now (issue 13), so tests seed one with the register
 * service itself, audited as usual, after the same parsing an import or entry.create applies.
 */
export function seedLegacyDik(core: Core, fields: EntryFields, actor = 'Data lama'): Entry {
  const clock = () => new Date();
  const deps = { db: core.db, audit: createAuditService(core.db, clock), events: core.events, clock, archiveDir: core.archiveDir };
  const entries = createEntryService(deps, createEntryWriter(deps, exemptionEditGuard(core.db)));
  // Parsed as the contract parses entry fields (text trimmed), so a seeded row is one the app could hold.
  return entries.create(entryFieldsSchema.parse(fields), actor);
}
