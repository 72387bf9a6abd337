import { lemariError } from '../../../shared/api/raise';
import type { UnassignedScan } from '../../../shared/domain/upkeep';
import { blobContentTypeSchema } from '../../../shared/domain/vault';
import { signedInCaller } from '../auth/callScope';
import type { ServiceDeps } from '../support/deps';
import type { VaultService } from '../vault/vault.service';
import { createUnassignedRepo, type UnassignedRow } from './unassigned.repo';

function toScan(row: UnassignedRow): UnassignedScan {
  const type = blobContentTypeSchema.safeParse(row.content_type);
  return {
    sha256: row.sha256,
    size: row.size,
    contentType: type.success ? type.data : null,
    names: JSON.parse(row.names_json) as string[],
    firstSeenAt: row.first_seen,
  };
}

/**
 * Scans the scanner inbox copied into the vault and nobody assigned (issue 13 #7): the file left the
 * scanner folder without going into a document. Nothing is removed by itself; the PPID (act
 * `discardScans`, checked by dispatch) removes one at a time, audited with its names and size.
 */
export function createUnassignedScans({ db, audit, events }: ServiceDeps, vault: VaultService) {
  const repo = createUnassignedRepo(db);

  async function discard(sha256: string, transportActor: string): Promise<{ sha256: string; size: number }> {
    const actor = signedInCaller()?.name ?? transportActor;
    const removed = await vault.discard(sha256, (deleteRow) => {
      const row = repo.one(sha256);
      // Assigned, still waiting in the inbox, used by a document, an SK or an edition, or never from the inbox.
      if (!row) throw lemariError('conflict', { key: 'upkeep.err.inUse' });
      repo.detach(sha256);
      deleteRow();
      const scan = toScan(row);
      audit.record({
        actor,
        action: 'inbox.discard',
        entityType: 'blob',
        entityId: sha256,
        before: { size: scan.size, contentType: scan.contentType, names: scan.names, firstSeenAt: scan.firstSeenAt },
        after: null,
      });
      return { sha256, size: scan.size };
    });
    events.emit('inbox.changed', { count: 1 });
    return removed;
  }

  return { list: () => repo.list().map(toScan), discard };
}

export type UnassignedScans = ReturnType<typeof createUnassignedScans>;
