import type { Handlers } from '../../../shared/api/handlers';
import type { AgencyService } from './agency.service';

export function agencyHandlers(agency: AgencyService) {
  return {
    'agency.get': () => agency.get(),
    'agency.update': ({ fields, expectedVersion }, { actor }) => agency.update(fields, expectedVersion, actor),
  } satisfies Pick<Handlers, 'agency.get' | 'agency.update'>;
}
