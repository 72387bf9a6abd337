import { agencyZone, localDate } from '../../../shared/domain/timeZone';
import type { AgencyService } from '../agency/agency.service';
import { consequenceHandlers } from '../consequence/consequence.handlers';
import { createConsequenceService } from '../consequence/consequence.service';
import { decisionHandlers } from '../decision/decision.handlers';
import { createDecisionService } from '../decision/decision.service';
import type { ExportFiles } from '../export/exportFiles';
import { referenceHandlers } from '../reference/reference.handlers';
import { createReferenceService } from '../reference/reference.service';
import type { EntryService } from '../register/entry.service';
import type { EntryWriter } from '../register/entry.writer';
import type { ServiceDeps } from '../support/deps';
import type { UploadService } from '../upload/upload.service';
import { userHandlers } from '../user/user.handlers';
import { createUserService } from '../user/user.service';
import type { VaultService } from '../vault/vault.service';
import { createApprovalChainService } from './approvalChain.service';
import { exemptionHandlers } from './exemption.handlers';
import { createExemptionService } from './exemption.service';
import { createExemptionViews } from './exemption.views';

export interface ExemptionDomainParts {
  agency: Pick<AgencyService, 'get'>;
  /** Stores signed SK scans and the scans of approvals signed on paper. */
  vault: Pick<VaultService, 'ingest'>;
  /** Hands over the staged files. */
  uploads: UploadService;
  /** Register reads; every register write goes through `writer`. */
  entries: Pick<EntryService, 'find' | 'unitExists'>;
  writer: EntryWriter;
  /** Generated files (the consequence sheet) served by `/download/<id>`. */
  files: Pick<ExportFiles, 'put'>;
}

/**
 * Wires the domains the exemption workflow is made of — user/, reference/, consequence/, decision/
 * and exemption/ — from the core's deps; each keeps its own repo, service and handlers.
 */
export function createExemptionDomain(deps: ServiceDeps, { agency, vault, uploads, entries, writer, files }: ExemptionDomainParts) {
  // "Today" and every due date in the body's own zone (Bulukumba, Pinrang: WITA), read at each call.
  const dateOf = (instant: Date) => localDate(instant, agencyZone(agency.get()));
  const users = createUserService(deps);
  const reference = createReferenceService(deps, (actor) => users.assertMayManage(actor));
  const tests = createConsequenceService(deps, users);
  const exemptions = createExemptionService(deps, { users, tests, entries, writer, documentTypes: reference, dateOf, vault });
  const chain = createApprovalChainService(deps, { users, approvals: exemptions.approvals });
  const decisions = createDecisionService(deps, { users, exemptions, tests, writer, vault });
  const views = createExemptionViews({ exemptions, reference, entries, audit: deps.audit, clock: deps.clock, dateOf });
  const handlers = {
    ...userHandlers(users),
    ...referenceHandlers(reference),
    ...exemptionHandlers(exemptions, views, decisions, { chain, uploads }),
    ...consequenceHandlers({ tests, exemptions, agency, files, clock: deps.clock }),
    ...decisionHandlers(decisions, uploads),
  };
  return { users, reference, tests, exemptions, decisions, views, handlers };
}

export type ExemptionDomain = ReturnType<typeof createExemptionDomain>;
