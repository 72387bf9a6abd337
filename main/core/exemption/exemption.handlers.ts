import type { Handlers } from '../../../shared/api/handlers';
import { exemptionMatches } from '../../../shared/domain/listFilter';
import type { DecisionService } from '../decision/decision.service';
import type { UploadService } from '../upload/upload.service';
import type { ApprovalChainService } from './approvalChain.service';
import type { ExemptionService } from './exemption.service';
import type { ExemptionViews } from './exemption.views';

type ExemptionMethods = Extract<keyof Handlers, `exemption.${string}`>;

/**
 * Contract → the exemption workflow and its views; the transport's actor is passed on for the audit
 * trail. `exemption.declassify` keeps its name (the renderer and the SOP call it that) but is the
 * decision domain's act: it records the opening decision.
 */
export function exemptionHandlers(
  exemptions: ExemptionService,
  views: ExemptionViews,
  decisions: Pick<DecisionService, 'declassify'>,
  { chain, uploads }: { chain: ApprovalChainService; uploads: Pick<UploadService, 'resolve' | 'discard'> },
) {
  return {
    'exemption.list': ({ status, periodKind, includeOpened, search, year }) =>
      exemptions
        .list()
        .filter(
          (x) =>
            (includeOpened || x.status !== 'opened') &&
            (status === null || x.status === status) &&
            (periodKind === null || x.period.kind === periodKind) &&
            exemptionMatches(x, { search, year }),
        ),
    'exemption.get': ({ entryId }) => exemptions.get(entryId),
    'exemption.create': ({ fields }, { actor }) => exemptions.create(fields, actor),
    'exemption.update': ({ entryId, fields, expectedVersion }, { actor }) => exemptions.update(entryId, fields, expectedVersion, actor),
    'exemption.submit': ({ entryId, expectedVersion, note }, { actor }) => exemptions.submit(entryId, expectedVersion, note, actor),
    'exemption.approve': ({ entryId, expectedVersion, note }, { actor }) => exemptions.approve(entryId, expectedVersion, note, actor),
    'exemption.return': ({ entryId, expectedVersion, note }, { actor }) =>
      exemptions.returnToDrafter(entryId, expectedVersion, note, actor),
    // The staged scan is handed to the service and discarded whatever happens (as decision.attachScan).
    'exemption.recordApproval': async ({ entryId, expectedVersion, approver, signedOn, note, scan }, { actor }) => {
      const staged = uploads.resolve(scan.uploadId);
      try {
        const paper = { approverUserId: approver.userId, approverName: approver.name, role: approver.role, signedOn, note };
        return await exemptions.recordApproval(entryId, expectedVersion, paper, staged, actor);
      } finally {
        uploads.discard(scan.uploadId);
      }
    },
    'exemption.approvalChain': () => chain.get(),
    'exemption.setApprovalChain': ({ chain: next, expectedVersion }, { actor }) => chain.set(next, expectedVersion, actor),
    'exemption.review': ({ entryId, expectedVersion, note }, { actor }) => exemptions.review(entryId, expectedVersion, note, actor),
    'exemption.classify': () => views.classify(),
    'exemption.due': ({ asOf, withinWorkingDays }) => views.due(asOf, withinWorkingDays),
    'exemption.declassify': (input, { actor }) => decisions.declassify(input, actor),
    'exemption.reclassify': ({ entryId, testId }, { actor }) => exemptions.reclassify(entryId, testId, actor),
    'exemption.lineage': ({ entryId }) => views.lineage(entryId),
  } satisfies Pick<Handlers, ExemptionMethods>;
}
