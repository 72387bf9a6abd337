import { lemariError } from '../../../shared/api/raise';
import { mayAct, type Act, type RoleRules } from '../../../shared/domain/approval';
import { actWords, roleWords } from '../../../shared/i18n/fieldLabel';
import type { Role, User, UserFields } from '../../../shared/domain/user';
import { signedInCaller } from '../auth/callScope';
import type { ServiceDeps } from '../support/deps';
import { createUserRepo } from './user.repo';

/** Who is acting in the exemption workflow: the profile, the role it acts in, the audit actor string. */
export interface Acting {
  user: User;
  role: Role;
  actor: string;
}

/**
 * Local user profiles. The acting one is the person signed in on the window or tab the call came
 * through (auth/callScope.ts, set by dispatch): two tabs signed in as two people act as each.
 */
export function createUserService({ db, audit, events, clock }: ServiceDeps) {
  const repo = createUserRepo(db);

  function active(): User | null {
    const caller = signedInCaller();
    if (!caller) return null;
    const user = repo.get(caller.id);
    return user?.active ? user : null;
  }

  /** The active profile if one of its roles may `act`; otherwise a refusal naming who may. */
  // The transport's name is no longer part of the actor: the audit trail names the person (issue 13).
  function requireAct(act: Act, _transportActor: string): Acting {
    const user = active();
    if (!user) throw lemariError('forbidden', { key: 'exemption.err.noActiveUser' });
    const rules = repo.rules();
    const allowed = rules[act];
    if (!mayAct(rules, act, user.roles)) {
      throw lemariError('forbidden', {
        key: 'exemption.err.roleRefused',
        params: { name: user.name, act: actWords(act), roles: roleWords(allowed) },
      });
    }
    const role = user.roles.find((r) => allowed.includes(r)) ?? allowed[0] ?? 'petugas';
    return { user, role, actor: user.name };
  }

  /** The first account comes from auth.setupFirst; every later change to users needs a user manager signed in. */
  function assertMayManage(transportActor: string): string {
    return requireAct('manageUsers', transportActor).actor;
  }

  function assertNameFree(name: string, exceptId: number | null): void {
    const other = repo.findByName(name);
    if (other && other.id !== exceptId)
      throw lemariError('conflict', { key: 'exemption.err.userNameTaken', params: { name }, field: 'fields.name' });
  }

  function create(fields: UserFields, transportActor: string): User {
    const user = db
      .transaction(() => {
        const actor = assertMayManage(transportActor);
        assertNameFree(fields.name, null);
        const created = repo.get(repo.insert(fields, clock().toISOString()));
        if (!created) throw new Error('user vanished inside its own transaction');
        audit.record({ actor, action: 'user.create', entityType: 'user', entityId: created.id, before: null, after: created });
        return created;
      })
      .immediate();
    events.emit('user.changed', { id: user.id });
    return user;
  }

  /**
   * The body always keeps one active PPID: the PPID is who manages people by default and who signs
   * the lists, so neither deactivating nor taking the role from the last one is allowed.
   */
  function assertPpidRemains(before: User, after: Pick<User, 'active' | 'roles'>): void {
    const wasPpid = before.active && before.roles.includes('ppid');
    const staysPpid = after.active && after.roles.includes('ppid');
    if (wasPpid && !staysPpid && repo.otherActivePpids(before.id) === 0) {
      throw lemariError('conflict', {
        key: 'people.err.lastPpid',
        params: { name: before.name },
        field: after.active ? 'fields.roles' : 'active',
      });
    }
  }

  function update(id: number, fields: UserFields, expectedVersion: number, transportActor: string): User {
    const user = db
      .transaction(() => {
        const actor = assertMayManage(transportActor);
        const before = repo.get(id);
        if (!before) throw lemariError('not_found');
        assertNameFree(fields.name, id);
        assertPpidRemains(before, fields);
        if (!repo.update(id, fields, expectedVersion, clock().toISOString())) throw lemariError('conflict');
        const after = repo.get(id);
        if (!after) throw new Error('user vanished inside its own transaction');
        audit.record({ actor, action: 'user.update', entityType: 'user', entityId: id, before, after });
        return after;
      })
      .immediate();
    events.emit('user.changed', { id: user.id });
    return user;
  }

  /**
   * A person leaves or returns: a deactivated person cannot sign in (auth resolves every call against
   * `active`, so their open sessions end at the next call), but stays in the list, in history and in
   * the audit trail under the same name.
   */
  function setActive(id: number, active: boolean, expectedVersion: number, transportActor: string): User {
    const user = db
      .transaction(() => {
        const actor = assertMayManage(transportActor);
        const before = repo.get(id);
        if (!before) throw lemariError('not_found');
        if (before.active === active)
          throw lemariError('conflict', { key: active ? 'people.err.alreadyActive' : 'people.err.alreadyInactive' });
        assertPpidRemains(before, { active, roles: before.roles });
        const { id: _id, version: _version, updatedAt: _updatedAt, ...fields } = before;
        if (!repo.update(id, { ...fields, active }, expectedVersion, clock().toISOString())) throw lemariError('conflict');
        const after = repo.get(id);
        if (!after) throw new Error('user vanished inside its own transaction');
        audit.record({
          actor,
          action: active ? 'user.reactivate' : 'user.deactivate',
          entityType: 'user',
          entityId: id,
          before: { name: before.name, active: before.active },
          after: { name: after.name, active: after.active },
        });
        return after;
      })
      .immediate();
    events.emit('user.changed', { id: user.id });
    return user;
  }

  /** Writes and audits one rule inside the caller's transaction; the caller has checked who may (setRule, the approval chain). */
  function writeRule(act: Act, roles: readonly Role[], actor: string): RoleRules {
    const before = repo.rules();
    repo.setRule(act, [...new Set(roles)]);
    const after = repo.rules();
    audit.record({ actor, action: 'user.setRule', entityType: 'role_rules', entityId: act, before: before[act], after: after[act] });
    return after;
  }

  function setRule(act: Act, roles: Role[], transportActor: string): RoleRules {
    const rules = db.transaction(() => writeRule(act, roles, assertMayManage(transportActor))).immediate();
    events.emit('user.changed', { id: null });
    return rules;
  }

  return {
    list: repo.list,
    get: repo.get,
    assertMayManage,
    create,
    update,
    setActive,
    active,
    requireAct,
    rules: repo.rules,
    setRule,
    writeRule,
  };
}

export type UserService = ReturnType<typeof createUserService>;
