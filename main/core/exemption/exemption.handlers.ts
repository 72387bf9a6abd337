import type { Handlers } from '../../../shared/api/handlers';
import type { AgencyService } from '../agency/agency.service';
import type { UserService } from '../user/user.service';
import type { Clock } from '../support/clock';
import type { UploadService } from '../upload/upload.service';
import type { DecisionService } from './decision.service';
import type { ExemptionService } from './exemption.service';
import type { ReferenceService } from './reference.service';
import { renderTestSheet } from './testSheet.pdf';
import type { TestService } from './test.service';
import type { ExemptionViews } from './views';

export interface ExemptionParts {
  users: UserService;
  reference: ReferenceService;
  exemptions: ExemptionService;
  tests: TestService;
  decisions: DecisionService;
  views: ExemptionViews;
  agency: Pick<AgencyService, 'get'>;
  uploads: Pick<UploadService, 'resolve' | 'discard'>;
  clock: Clock;
}

type ExemptionMethods = Extract<
  keyof Handlers,
  `user.${string}` | `reference.${string}` | `holiday.${string}` | `exemption.${string}` | `consequence.${string}` | `decision.${string}`
>;

/** Contract → services for the exemption domain; the transport's actor is passed on for the audit trail. */
export function exemptionHandlers({ users, reference, exemptions, tests, decisions, views, agency, uploads, clock }: ExemptionParts) {
  return {
    'user.list': ({ includeInactive }) => users.list(includeInactive),
    'user.create': ({ fields }, { actor }) => users.create(fields, actor),
    'user.update': ({ id, fields, expectedVersion }, { actor }) => users.update(id, fields, expectedVersion, actor),
    'user.active': () => users.active(),
    'user.rules': () => users.rules(),
    'user.setRule': ({ act, roles }, { actor }) => users.setRule(act, roles, actor),

    'reference.grounds': ({ includeInactive }) => reference.grounds(includeInactive),
    'reference.updateGround': ({ ground }, { actor }) => reference.updateGround(ground, actor),
    'reference.statutes': () => reference.statutes(),
    'reference.saveStatute': (input, { actor }) => reference.saveStatute(input, actor),
    'holiday.list': ({ year }) => reference.holidays(year),
    'holiday.save': ({ holiday }, { actor }) => reference.saveHoliday(holiday, actor),
    'holiday.remove': ({ date }, { actor }) => reference.removeHoliday(date, actor),

    'exemption.list': ({ status, periodKind, includeOpened }) =>
      exemptions
        .list()
        .filter(
          (x) =>
            (includeOpened || x.status !== 'opened') &&
            (status === null || x.status === status) &&
            (periodKind === null || x.period.kind === periodKind),
        ),
    'exemption.get': ({ entryId }) => exemptions.get(entryId),
    'exemption.create': ({ fields }, { actor }) => exemptions.create(fields, actor),
    'exemption.update': ({ entryId, fields, expectedVersion }, { actor }) => exemptions.update(entryId, fields, expectedVersion, actor),
    'exemption.submit': ({ entryId, expectedVersion, note }, { actor }) => exemptions.submit(entryId, expectedVersion, note, actor),
    'exemption.approve': ({ entryId, expectedVersion, note }, { actor }) => exemptions.approve(entryId, expectedVersion, note, actor),
    'exemption.return': ({ entryId, expectedVersion, note }, { actor }) =>
      exemptions.returnToDrafter(entryId, expectedVersion, note, actor),
    'exemption.review': ({ entryId, expectedVersion, note }, { actor }) => exemptions.review(entryId, expectedVersion, note, actor),
    'exemption.classify': () => views.classify(),
    'exemption.due': ({ asOf, withinWorkingDays }) => views.due(asOf, withinWorkingDays),
    'exemption.declassify': (input, { actor }) => decisions.declassify(input, actor),
    'exemption.reclassify': ({ entryId, testId }, { actor }) => exemptions.reclassify(entryId, testId, actor),
    'exemption.lineage': ({ entryId }) => views.lineage(entryId),

    'consequence.list': () => tests.list(),
    'consequence.get': ({ id }) => tests.get(id),
    'consequence.create': ({ fields }, { actor }) => tests.create(fields, actor),
    'consequence.update': ({ id, fields, expectedVersion }, { actor }) => tests.update(id, fields, expectedVersion, actor),
    'consequence.conclude': ({ id, expectedVersion }, { actor }) => tests.conclude(id, expectedVersion, actor),
    'consequence.sheet': async ({ id }) => {
      const test = tests.get(id);
      const covered = new Map(
        exemptions
          .list()
          .filter((x) => test.entryIds.includes(x.entryId))
          .map((x) => [x.entryId, x]),
      );
      const pdf = await renderTestSheet({ test, exemptions: covered, agency: agency.get(), printedAt: clock() });
      return { fileName: `lembar-pengujian-konsekuensi-UK-${String(id).padStart(4, '0')}.pdf`, pdfBase64: pdf.toString('base64') };
    },

    'decision.list': () => decisions.list(),
    'decision.create': async ({ fields, scan }, { actor }) => {
      if (scan === null) return decisions.create(fields, actor);
      const staged = uploads.resolve(scan.uploadId);
      try {
        return await decisions.createWithScan(fields, staged, actor);
      } finally {
        uploads.discard(scan.uploadId);
      }
    },
    'decision.attachScan': async ({ id, upload }, { actor }) => {
      const staged = uploads.resolve(upload.uploadId);
      try {
        return await decisions.attachScan(id, staged, actor);
      } finally {
        uploads.discard(upload.uploadId);
      }
    },
  } satisfies Pick<Handlers, ExemptionMethods>;
}
