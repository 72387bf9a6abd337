import type { Handlers } from '../../../shared/api/handlers';
import type { UserService } from './user.service';

type UserMethods = Extract<keyof Handlers, `user.${string}`>;

/** Contract → local user profiles and role rules; the transport's actor goes to the audit trail. */
export function userHandlers(users: UserService) {
  return {
    'user.list': ({ includeInactive }) => users.list(includeInactive),
    'user.create': ({ fields }, { actor }) => users.create(fields, actor),
    'user.update': ({ id, fields, expectedVersion }, { actor }) => users.update(id, fields, expectedVersion, actor),
    'user.setActive': ({ id, active, expectedVersion }, { actor }) => users.setActive(id, active, expectedVersion, actor),
    'user.active': () => users.active(),
    'user.rules': () => users.rules(),
    'user.setRule': ({ act, roles }, { actor }) => users.setRule(act, roles, actor),
  } satisfies Pick<Handlers, UserMethods>;
}
