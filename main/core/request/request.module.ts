import type { AgencyProfile } from '../../../shared/domain/agency';
import type { ServiceDeps } from '../support/deps';
import { createObjectionService } from './objection.service';
import { requestHandlers } from './request.handlers';
import { createRequestService, type DikSource } from './request.service';

/** Wires the request domain: register, objections and disputes, letters, the annual report. */
export function createRequestDomain(deps: ServiceDeps, agency: { get(): AgencyProfile }, dik: DikSource) {
  const requests = createRequestService(deps, agency, dik);
  const objections = createObjectionService(deps, requests);
  const handlers = { ...requestHandlers(requests, objections) };
  return { requests, objections, handlers };
}
