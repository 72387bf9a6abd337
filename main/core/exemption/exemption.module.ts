import type { AgencyService } from '../agency/agency.service';
import type { ServiceDeps } from '../support/deps';
import type { UploadService } from '../upload/upload.service';
import type { VaultService } from '../vault/vault.service';
import { createUserService } from '../user/user.service';
import { createDecisionService } from './decision.service';
import { exemptionHandlers } from './exemption.handlers';
import { createExemptionService } from './exemption.service';
import { createReferenceService } from './reference.service';
import { createTestService } from './test.service';
import { createExemptionViews } from './views';

/** Wires the exemption domain (users, reference data, tests, decisions, views) from the core's deps. */
/** `vault` stores signed SK scans; `uploads` hands over the staged files. */
export function createExemptionDomain(
  deps: ServiceDeps,
  agency: Pick<AgencyService, 'get'>,
  vault: Pick<VaultService, 'ingest'>,
  uploads: UploadService,
) {
  const users = createUserService(deps);
  const reference = createReferenceService(deps, (actor) => users.assertMayManage(actor));
  const tests = createTestService(deps, users);
  const exemptions = createExemptionService(deps, users, tests);
  const decisions = createDecisionService(deps, users, exemptions, vault);
  const views = createExemptionViews(exemptions, reference, deps.audit, deps.clock);
  const handlers = exemptionHandlers({ users, reference, exemptions, tests, decisions, views, agency, uploads, clock: deps.clock });
  return { users, reference, tests, exemptions, decisions, views, handlers };
}

export type ExemptionDomain = ReturnType<typeof createExemptionDomain>;
