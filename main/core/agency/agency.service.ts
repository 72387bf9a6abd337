import { lemariError } from '../../../shared/api/raise';
import type { AgencyFields, AgencyProfile } from '../../../shared/domain/agency';
import type { ServiceDeps } from '../support/deps';
import { createAgencyRepo } from './agency.repo';

/** The public body's profile: letterhead and signature data for every printed list. */
export function createAgencyService({ db, audit, events, clock }: ServiceDeps) {
  const repo = createAgencyRepo(db);

  function update(fields: AgencyFields, expectedVersion: number, actor: string): AgencyProfile {
    const saved = db
      .transaction(() => {
        const before = repo.get();
        if (!repo.update(fields, expectedVersion, clock().toISOString())) throw lemariError('conflict');
        const after = repo.get();
        audit.record({ actor, action: 'agency.update', entityType: 'agency', entityId: 1, before, after });
        return after;
      })
      .immediate();
    events.emit('agency.changed', { version: saved.version });
    return saved;
  }

  return { get: () => repo.get(), update };
}

export type AgencyService = ReturnType<typeof createAgencyService>;
