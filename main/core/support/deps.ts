import type { AuditService } from '../audit/audit.service';
import type { Db } from '../db/connection';
import type { Clock } from './clock';
import type { EventBus } from './events';

/** What every domain service is built from; createCore makes one and hands it to each. */
export interface ServiceDeps {
  db: Db;
  audit: AuditService;
  events: EventBus;
  clock: Clock;
  archiveDir: string;
}
