import type { Handlers } from '../../../shared/api/handlers';
import { decisionMatches } from '../../../shared/domain/listFilter';
import type { UploadService } from '../upload/upload.service';
import type { DecisionService } from './decision.service';

type DecisionMethods = Extract<keyof Handlers, `decision.${string}`>;

/** Contract → decisions (SK); a staged scan is handed to the service and discarded whatever happens. */
export function decisionHandlers(decisions: DecisionService, uploads: Pick<UploadService, 'resolve' | 'discard'>) {
  return {
    'decision.list': (query) => decisions.list().filter((decision) => decisionMatches(decision, query)),
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
  } satisfies Pick<Handlers, DecisionMethods>;
}
