import type { ParsedInput } from '../../../shared/api/contract';
import type { Handlers } from '../../../shared/api/handlers';
import type { EntryFields } from '../../../shared/domain/entry';
import type { EntryService } from './entry.service';

type Patch = ParsedInput<'entry.patch'>['patch'];

/** zod's partial output carries explicit `undefined`s; only the fields actually sent are laid over the entry. */
function definedOnly(patch: Patch): Partial<EntryFields> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

export function entryHandlers(entries: EntryService) {
  return {
    'entry.list': (query) => entries.list(query),
    'entry.get': ({ id }) => entries.get(id),
    'entry.create': ({ fields }, { actor }) => entries.create(fields, actor),
    'entry.update': ({ id, fields, expectedVersion }, { actor }) => entries.update(id, fields, expectedVersion, actor),
    'entry.patch': ({ id, patch, expectedVersion }, { actor }) => entries.patch(id, definedOnly(patch), expectedVersion, actor),
    'entry.delete': ({ id, expectedVersion }, { actor }) => entries.remove(id, expectedVersion, actor),
    'entry.restore': ({ id, expectedVersion }, { actor }) => entries.restore(id, expectedVersion, actor),
    'entry.history': ({ id }) => entries.history(id),
    'entry.years': () => entries.years(),
  } satisfies Pick<
    Handlers,
    | 'entry.list'
    | 'entry.get'
    | 'entry.create'
    | 'entry.update'
    | 'entry.patch'
    | 'entry.delete'
    | 'entry.restore'
    | 'entry.history'
    | 'entry.years'
  >;
}
