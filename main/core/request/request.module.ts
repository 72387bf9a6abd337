import type { AgencyProfile } from '../../../shared/domain/agency';
import type { ServiceDeps } from '../support/deps';
import { requestHandlers } from './request.handlers';
import { createRequestService, type DikSource } from './request.service';

/** Wires the request domain: register, objections and disputes, letters, the annual report. */
export function createRequestDomain(deps: ServiceDeps, agency: { get(): AgencyProfile }, dik: DikSource) {
  const requests = createRequestService(deps, agency, dik);
  const handlers = { ...requestHandlers(requests) };
  return { requests, handlers };
}
