import type { Handlers } from '../../../shared/api/handlers';
import { lemariError } from '../../../shared/api/raise';
import { logCheckFailure, type VaultService } from './vault.service';

export function vaultHandlers(vault: VaultService) {
  return {
    'vault.status': () => vault.status(),
    'vault.configure': ({ config }, { actor }) => vault.configure(config, actor),
    'vault.verify': (_input, { actor }) => {
      const job = vault.startVerify('manual', actor);
      job.done.catch(logCheckFailure);
      return { jobId: job.jobId };
    },
    'vault.checks': ({ limit }) => vault.checks(limit),
    'vault.blob': ({ sha256 }) => {
      const blob = vault.blob(sha256);
      if (!blob) throw lemariError('not_found');
      return blob;
    },
  } satisfies Pick<Handlers, 'vault.status' | 'vault.configure' | 'vault.verify' | 'vault.checks' | 'vault.blob'>;
}
