import type { Handlers } from '../../../shared/api/handlers';
import type { AuditService } from './audit.service';

export function auditHandlers(audit: AuditService) {
  return {
    'audit.list': ({ entityType, entityId, limit }) => audit.list({ entityType, entityId, limit }),
    'audit.verify': () => audit.verify(),
  } satisfies Pick<Handlers, 'audit.list' | 'audit.verify'>;
}
