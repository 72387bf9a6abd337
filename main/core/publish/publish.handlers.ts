import type { Handlers } from '../../../shared/api/handlers';
import type { AuditService } from '../audit/audit.service';
import type { ExportService } from '../export/export.service';
import type { EditionService } from './edition.service';
import type { PublishService } from './publish.service';

type ExportMethods =
  | 'export.list'
  | 'edition.publish'
  | 'edition.preview'
  | 'edition.list'
  | 'edition.get'
  | 'edition.diff'
  | 'edition.diffPdf'
  | 'publish.package';

export function publishHandlers(exports: ExportService, editions: EditionService, publish: PublishService, audit: AuditService) {
  return {
    'export.list': ({ jobId, ...request }) => exports.exportList(request, jobId),
    'edition.publish': (input, context) => editions.publish(input, context.actor),
    'edition.preview': ({ list, year }) => editions.preview(list, year),
    'edition.list': () => editions.list(),
    'edition.get': ({ id }) => editions.get(id),
    'edition.diff': ({ id }) => editions.diff(id),
    'edition.diffPdf': ({ id, paper }) => publish.diffPdf(id, paper, audit.head()),
    'publish.package': ({ editionId, jobId }) => publish.toDownload(editionId, jobId),
  } satisfies Pick<Handlers, ExportMethods>;
}
