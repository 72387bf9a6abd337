import type { AgencyProfile } from '../../../shared/domain/agency';
import type { ServiceDeps } from '../support/deps';
import type { ExportFiles } from '../export/exportFiles';
import { createLetterService } from './letter.service';
import { createObjectionService } from './objection.service';
import { createReportService } from './report.service';
import { requestHandlers } from './request.handlers';
import { createRequestService, type DikSource } from './request.service';

/** Wires the request domain: register, objections and disputes, letters, the annual report. */
export function createRequestDomain(deps: ServiceDeps, agency: { get(): AgencyProfile }, dik: DikSource, files: ExportFiles) {
  const requests = createRequestService(deps, agency, dik);
  const objections = createObjectionService(deps, requests);
  const letters = createLetterService(deps, requests, agency, files);
  const reports = createReportService(deps, () => requests.holidays(), agency, files);
  const handlers = { ...requestHandlers(requests, objections, letters, reports) };
  return { requests, objections, letters, reports, handlers };
}

export type RequestDomain = ReturnType<typeof createRequestDomain>;
