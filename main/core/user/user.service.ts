import { lemariError } from '../../../shared/api/raise';
import { mayAct, type Act, type RoleRules } from '../../../shared/domain/approval';
import { actWords, roleWords } from '../../../shared/i18n/fieldLabel';
import { actorName, type Role, type User, type UserFields } from '../../../shared/domain/user';
import type { ServiceDeps } from '../support/deps';
import { createUserRepo } from './user.repo';

/** Who is acting in the exemption workflow: the profile, the role it acts in, the audit actor string. */
export interface Acting {
  user: User;
  role: Role;
  actor: string;
}

/**
 * Local user profiles and the active one. The active profile lives in the core, not in a window:
 * IPC and the loopback server share it, so a rule checked here holds whichever transport calls.
 * It is deliberately not persisted: after a restart someone must say who is at the laptop.
 */
export function createUserService({ db, audit, events, clock }: ServiceDeps) {
  const repo = createUserRepo(db);
  let activeId: number | null = null;

  function active(): User | null {
    if (activeId === null) return null;
    const user = repo.get(activeId);
    return user?.active ? user : null;
  }

  /** The active profile if one of its roles may `act`; otherwise a refusal naming who may. */
  function requireAct(act: Act, transportActor: string): Acting {
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
    return { user, role, actor: actorName(user, transportActor) };
  }

  /** Until the body has a profile allowed to manage users, anyone may set the first ones up. */
  function assertMayManage(transportActor: string): string {
    const rules = repo.rules();
    const managers = repo.list(false).filter((user) => mayAct(rules, 'manageUsers', user.roles));
    if (managers.length === 0) return transportActor;
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

  function update(id: number, fields: UserFields, expectedVersion: number, transportActor: string): User {
    const user = db
      .transaction(() => {
        const actor = assertMayManage(transportActor);
        const before = repo.get(id);
        if (!before) throw lemariError('not_found');
        assertNameFree(fields.name, id);
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

  function switchTo(id: number | null): User | null {
    if (id === null) {
      activeId = null;
    } else {
      const user = repo.get(id);
      if (!user) throw lemariError('not_found');
      if (!user.active) throw lemariError('forbidden', { key: 'exemption.err.userInactive', params: { name: user.name } });
      activeId = id;
    }
    events.emit('user.changed', { id });
    return active();
  }

  function setRule(act: Act, roles: Role[], transportActor: string): RoleRules {
    const rules = db
      .transaction(() => {
        const actor = assertMayManage(transportActor);
        const before = repo.rules();
        repo.setRule(act, [...new Set(roles)]);
        const after = repo.rules();
        audit.record({ actor, action: 'user.setRule', entityType: 'role_rules', entityId: act, before: before[act], after: after[act] });
        return after;
      })
      .immediate();
    events.emit('user.changed', { id: null });
    return rules;
  }

  return { list: repo.list, get: repo.get, assertMayManage, create, update, switchTo, active, requireAct, rules: repo.rules, setRule };
}

export type UserService = ReturnType<typeof createUserService>;
