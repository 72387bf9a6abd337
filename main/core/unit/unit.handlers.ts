import type { Handlers } from '../../../shared/api/handlers';
import type { UnitService } from './unit.service';

export function unitHandlers(units: UnitService) {
  return {
    'unit.list': ({ includeInactive }) => units.list(includeInactive),
    'unit.create': ({ fields }, { actor }) => units.create(fields, actor),
    'unit.update': ({ id, fields, expectedVersion }, { actor }) => units.update(id, fields, expectedVersion, actor),
  } satisfies Pick<Handlers, 'unit.list' | 'unit.create' | 'unit.update'>;
}
