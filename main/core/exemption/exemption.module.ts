import type { AgencyService } from '../agency/agency.service';
import type { ServiceDeps } from '../support/deps';
import { createUserService } from '../user/user.service';
import { createDecisionService } from './decision.service';
import { exemptionHandlers } from './exemption.handlers';
import { createExemptionService } from './exemption.service';
import { createReferenceService } from './reference.service';
import { createTestService } from './test.service';
import { createExemptionViews } from './views';

/** Wires the exemption domain (users, reference data, tests, decisions, views) from the core's deps. */
export function createExemptionDomain(deps: ServiceDeps, agency: Pick<AgencyService, 'get'>) {
  const users = createUserService(deps);
  const reference = createReferenceService(deps, (actor) => users.assertMayManage(actor));
  const tests = createTestService(deps, users);
  const exemptions = createExemptionService(deps, users, tests);
  const decisions = createDecisionService(deps, users, exemptions);
  const views = createExemptionViews(exemptions, reference, deps.audit, deps.clock);
  const handlers = exemptionHandlers({ users, reference, exemptions, tests, decisions, views, agency, clock: deps.clock });
  return { users, reference, tests, exemptions, decisions, views, handlers };
}

export type ExemptionDomain = ReturnType<typeof createExemptionDomain>;
