import type { Handlers } from '../../../shared/api/handlers';
import type { TimeZone } from '../../../shared/domain/timeZone';
import type { AuditService } from '../audit/audit.service';
import type { Db } from '../db/connection';
import { APP_VERSION } from './version';

/** Archive-wide facts for the home screen and `lemari info`; domains add their counts here. */
export function appHandlers(deps: {
  db: Db;
  archiveDir: string;
  audit: AuditService;
  counts: () => Record<string, number>;
  today: () => string;
  timeZone: () => TimeZone;
}) {
  return {
    'app.info': () => ({
      appVersion: APP_VERSION,
      archiveDir: deps.archiveDir,
      schemaVersion: deps.db.pragma('user_version', { simple: true }) as number,
      counts: { ...deps.counts(), auditEvents: deps.audit.count() },
      auditHead: deps.audit.head(),
      today: deps.today(),
      timeZone: deps.timeZone(),
    }),
  } satisfies Pick<Handlers, 'app.info'>;
}
