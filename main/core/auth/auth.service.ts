import { randomBytes } from 'node:crypto';
import { lemariError } from '../../../shared/api/raise';
import type { CallContext } from '../../../shared/api/handlers';
import { mayAct, type Act } from '../../../shared/domain/approval';
import { secretScheme, type AuthStatus, type Session, type SignedIn } from '../../../shared/domain/auth';
import type { User, UserFields } from '../../../shared/domain/user';
import type { ServiceDeps } from '../support/deps';
import { createUserRepo } from '../user/user.repo';
import { createAuthRepo } from './auth.repo';
import { signedInCaller } from './callScope';
import { defaultScryptParams, hashSecret, secretMatches, type ScryptParams } from './secret';

/**
 * Wrong attempts in a row: after each of the first four the next try must wait 1, 2, 4, 8 s
 * (a person mistyping hardly notices; a guesser gets ~4 tries a minute), and the fifth locks the
 * account for 15 minutes. A 6-digit PIN has 10^6 values: at one lock per 5 tries and 15 min a lock,
 * trying them all takes about 5 years. Every further miss after a lock locks again; a right
 * PIN (or a new one set by a user manager) clears the count.
 */
export const MAX_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;
export function delayAfterFailure(failedCount: number): number {
  return failedCount >= MAX_ATTEMPTS ? LOCK_MINUTES * 60_000 : 1000 * 2 ** (failedCount - 1);
}

interface LiveSession {
  userId: number;
  channel: string;
  lastSeen: number;
}

export interface AuthOptions {
  /** Idle minutes from Pengaturan, read at every call so a change applies at once. */
  idleMinutes: () => number;
  scrypt?: ScryptParams;
}

function toSignedIn(user: User): SignedIn {
  return { id: user.id, name: user.name, roles: [...user.roles] };
}

/**
 * Local accounts and sessions. Sessions live only in memory, each bound to the channel (window or
 * browser tab) it was started on: an id copied into another tab, or made up, resolves to nobody.
 */
export function createAuthService({ db, audit, events, clock }: ServiceDeps, options: AuthOptions) {
  const repo = createAuthRepo(db);
  const users = createUserRepo(db);
  const params = options.scrypt ?? defaultScryptParams;
  const sessions = new Map<string, LiveSession>();

  function idleMs(): number {
    return options.idleMinutes() * 60_000;
  }

  /**
   * The person on this call's channel, if the session is theirs, live and not idle. A call touches
   * the idle clock; the sign-in screen's polling of auth.status does not (`touch` false).
   */
  function resolve(context: CallContext, touch = true): SignedIn | null {
    const id = context.sessionId;
    if (!id) return null;
    const session = sessions.get(id);
    if (!session || session.channel !== (context.channel ?? '')) return null;
    const now = clock().getTime();
    if (now - session.lastSeen > idleMs()) {
      sessions.delete(id);
      return null;
    }
    const user = users.get(session.userId);
    if (!user?.active) {
      sessions.delete(id);
      return null;
    }
    if (touch) session.lastSeen = now;
    return toSignedIn(user);
  }

  function mayDo(user: SignedIn, act: Act): boolean {
    // Roles are read fresh: a role taken away applies to the next call, not the next sign-in.
    const current = users.get(user.id);
    return !!current?.active && mayAct(users.rules(), act, current.roles);
  }

  function start(user: User, channel: string): Session {
    const sessionId = randomBytes(32).toString('base64url');
    sessions.set(sessionId, { userId: user.id, channel, lastSeen: clock().getTime() });
    return { sessionId, user: toSignedIn(user), idleMinutes: options.idleMinutes() };
  }

  function status(context: CallContext): AuthStatus {
    const holders = repo.holders();
    return {
      needsSetup: holders.size === 0,
      signedIn: context.user ?? null,
      idleMinutes: options.idleMinutes(),
      people: users
        .list(false)
        .filter((user) => holders.has(user.id))
        .map(toSignedIn),
    };
  }

  async function setupFirst(fields: Omit<UserFields, 'roles' | 'active'>, secret: string, context: CallContext): Promise<Session> {
    const hashed = await hashSecret(secret, params);
    const user = db
      .transaction(() => {
        if (repo.any()) throw lemariError('forbidden', { key: 'auth.err.setupDone' });
        if (users.findByName(fields.name))
          throw lemariError('conflict', { key: 'exemption.err.userNameTaken', params: { name: fields.name }, field: 'fields.name' });
        const at = clock().toISOString();
        const created = users.get(users.insert({ ...fields, roles: ['ppid'], active: true }, at));
        if (!created) throw new Error('user vanished inside its own transaction');
        repo.save(created.id, secretScheme(secret), hashed.salt, hashed.hash, hashed.params, at);
        // The first PPID creates themself: they are the actor of their own account.
        audit.record({
          actor: created.name,
          action: 'auth.setupFirst',
          entityType: 'user',
          entityId: created.id,
          before: null,
          after: created,
        });
        return created;
      })
      .immediate();
    events.emit('user.changed', { id: user.id });
    return start(user, context.channel ?? '');
  }

  function recordAttempt(user: User, failedCount: number, lockedUntil: string | null, actor: string): void {
    db.transaction(() => {
      repo.setAttempts(user.id, failedCount, lockedUntil, clock().toISOString());
      audit.record({
        actor,
        action: failedCount >= MAX_ATTEMPTS ? 'auth.locked' : 'auth.failed',
        entityType: 'user',
        entityId: user.id,
        before: null,
        after: { name: user.name, failedCount, lockedUntil },
      });
    }).immediate();
  }

  async function signIn(userId: number, secret: string, context: CallContext): Promise<Session> {
    const user = users.get(userId);
    const credential = user?.active ? repo.get(userId) : null;
    if (!user || !credential) throw lemariError('forbidden', { key: 'auth.err.wrongSecret' });
    const now = clock();
    if (credential.lockedUntil !== null && Date.parse(credential.lockedUntil) > now.getTime()) {
      const seconds = Math.ceil((Date.parse(credential.lockedUntil) - now.getTime()) / 1000);
      if (credential.failedCount >= MAX_ATTEMPTS) {
        throw lemariError('forbidden', { key: 'auth.err.locked', params: { minutes: Math.ceil(seconds / 60) } });
      }
      throw lemariError('forbidden', { key: 'auth.err.wait', params: { seconds } });
    }
    if (!(await secretMatches(secret, credential))) {
      const failed = credential.failedCount + 1;
      recordAttempt(user, failed, new Date(clock().getTime() + delayAfterFailure(failed)).toISOString(), context.actor);
      if (failed >= MAX_ATTEMPTS) throw lemariError('forbidden', { key: 'auth.err.locked', params: { minutes: LOCK_MINUTES } });
      throw lemariError('forbidden', { key: 'auth.err.wrongSecret' });
    }
    db.transaction(() => {
      repo.setAttempts(user.id, 0, null, clock().toISOString());
      audit.record({
        actor: user.name,
        action: 'auth.signIn',
        entityType: 'user',
        entityId: user.id,
        before: null,
        after: { name: user.name, channel: context.channel ?? '' },
      });
    }).immediate();
    return start(user, context.channel ?? '');
  }

  function signOut(context: CallContext): null {
    if (context.sessionId) sessions.delete(context.sessionId);
    return null;
  }

  /** One's own PIN, or anyone's by a role that manages users; sets a new salt and clears a lock. */
  async function setSecret(userId: number, secret: string): Promise<null> {
    const caller = signedInCaller();
    if (!caller) throw lemariError('signed_out');
    if (caller.id !== userId && !mayDo(caller, 'manageUsers')) {
      const rules = users.rules();
      throw lemariError('forbidden', {
        key: 'exemption.err.roleRefused',
        params: { name: caller.name, act: 'manageUsers', roles: rules.manageUsers.join(', ') },
      });
    }
    const target = users.get(userId);
    if (!target) throw lemariError('not_found');
    const hashed = await hashSecret(secret, params);
    db.transaction(() => {
      repo.save(userId, secretScheme(secret), hashed.salt, hashed.hash, hashed.params, clock().toISOString());
      audit.record({
        actor: caller.name,
        action: 'auth.setSecret',
        entityType: 'user',
        entityId: userId,
        before: null,
        after: { name: target.name, scheme: secretScheme(secret) },
      });
    }).immediate();
    // A PIN reset by a user manager ends that person's sessions: whoever knew the old one is out.
    if (caller.id !== userId) {
      for (const [id, session] of sessions) if (session.userId === userId) sessions.delete(id);
    }
    return null;
  }

  /** The roles the body's role table lets do `act` (named in a refusal). */
  const allowedRoles = (act: Act): readonly string[] => users.rules()[act];

  return { resolve, mayAct: mayDo, allowedRoles, status, setupFirst, signIn, signOut, setSecret };
}

export type AuthService = ReturnType<typeof createAuthService>;
