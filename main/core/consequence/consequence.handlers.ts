import type { Handlers } from '../../../shared/api/handlers';
import { periodFromEntries } from '../../../shared/domain/exemption';
import { testMatches } from '../../../shared/domain/listFilter';
import type { AgencyService } from '../agency/agency.service';
import type { ExemptionService } from '../exemption/exemption.service';
import type { ExportFiles } from '../export/exportFiles';
import type { Clock } from '../support/clock';
import type { ConsequenceService } from './consequence.service';
import { renderTestSheet } from './consequenceSheet.pdf';

type ConsequenceMethods = Extract<keyof Handlers, `consequence.${string}`>;

export interface ConsequenceParts {
  tests: ConsequenceService;
  exemptions: Pick<ExemptionService, 'list'>;
  agency: Pick<AgencyService, 'get'>;
  /** The sheet is handed back as a generated file (`/download/<id>`), like every export. */
  files: Pick<ExportFiles, 'put'>;
  clock: Clock;
}

/** Contract → consequence tests; the transport's actor goes to the audit trail. */
export function consequenceHandlers({ tests, exemptions, agency, files, clock }: ConsequenceParts) {
  return {
    'consequence.list': (query) => tests.list().filter((test) => testMatches(test, query)),
    'consequence.get': ({ id }) => tests.get(id),
    'consequence.create': ({ fields }, { actor }) => tests.create(fields, actor),
    'consequence.update': ({ id, fields, expectedVersion }, { actor }) => tests.update(id, fields, expectedVersion, actor),
    'consequence.conclude': ({ id, expectedVersion, fields }, { actor }) =>
      tests.conclude(id, expectedVersion, fields, actor, (entryIds) =>
        periodFromEntries(
          exemptions
            .list()
            .filter((x) => entryIds.includes(x.entryId))
            .map((x) => x.periodText),
        ),
      ),
    'consequence.sheet': async ({ id }) => {
      const test = tests.get(id);
      const covered = new Map(
        exemptions
          .list()
          .filter((x) => test.entryIds.includes(x.entryId))
          .map((x) => [x.entryId, x]),
      );
      const pdf = await renderTestSheet({ test, exemptions: covered, agency: agency.get(), printedAt: clock() });
      return files.put(`lembar-pengujian-konsekuensi-UK-${String(id).padStart(4, '0')}.pdf`, 'application/pdf', pdf);
    },
  } satisfies Pick<Handlers, ConsequenceMethods>;
}
