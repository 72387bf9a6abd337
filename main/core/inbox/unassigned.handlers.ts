import type { Handlers } from '../../../shared/api/handlers';
import type { UnassignedScans } from './unassigned.service';

/** Contract → inbox scans nobody assigned; the policy table lets only `discardScans` holders remove. */
export function unassignedHandlers(scans: UnassignedScans) {
  return {
    'inbox.unassigned': () => scans.list(),
    'inbox.discard': ({ sha256 }, context) => scans.discard(sha256, context.actor),
  } satisfies Pick<Handlers, 'inbox.unassigned' | 'inbox.discard'>;
}
