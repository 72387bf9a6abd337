import type { AgencyProfile } from '../../../shared/domain/agency';
import type { ServiceDeps } from '../support/deps';
import type { ExportFiles } from '../export/exportFiles';
import type { ReferenceService } from '../reference/reference.service';
import type { UserService } from '../user/user.service';
import { createLetterService } from './letter.service';
import { createObjectionService } from './objection.service';
import { createRegisterService } from './register.service';
import { createReportService } from './report.service';
import { requestHandlers } from './request.handlers';
import { createRequestService, type DikSource } from './request.service';

/** Wires the request domain: register, objections and disputes, letters, the annual report. */
export interface RequestDomainPeers {
  /** Who is signed in and what the role rules allow: each letter kind has its issuer. */
  users: Pick<UserService, 'active' | 'rules'>;
  /** The holiday calendar: its edits move open deadlines, recorded here. */
  calendar: Pick<ReferenceService, 'watchCalendar'>;
}

export function createRequestDomain(
  deps: ServiceDeps,
  agency: { get(): AgencyProfile },
  dik: DikSource,
  files: ExportFiles,
  peers: RequestDomainPeers,
) {
  const requests = createRequestService(deps, agency, dik);
  peers.calendar.watchCalendar(requests.calendarWatcher);
  const objections = createObjectionService(deps, requests);
  const letters = createLetterService(deps, requests, agency, files, peers.users);
  const reports = createReportService(deps, () => requests.holidays(), agency, files);
  const registers = createRegisterService(deps, agency, files);
  const handlers = { ...requestHandlers(requests, objections, letters, reports, registers) };
  return { requests, objections, letters, reports, registers, handlers };
}

export type RequestDomain = ReturnType<typeof createRequestDomain>;
