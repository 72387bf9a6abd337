import type { Handlers } from '../../../shared/api/handlers';
import { lemariError } from '../../../shared/api/raise';
import type { BackupService } from './backup.service';

/** backup.* for an archive that opened normally; recovery.* answer "not in recovery" here (main/core/recovery has the other side). */
export function backupHandlers(backup: BackupService, archiveDir: string) {
  return {
    'backup.status': () => backup.status(),
    'backup.create': (_input, { actor }) => backup.create('manual', actor),
    'backup.list': () => backup.list(),
    'backup.testRestore': ({ file }) => backup.testRestore(file ?? null),
    'backup.restore': ({ file, targetDir }) => backup.restore(file, targetDir),
    'recovery.status': () => ({ mode: 'normal' as const, archiveDir, reason: null, backups: [], restored: null }),
    'recovery.restore': () => {
      throw lemariError('conflict', { key: 'backup.err.notRecovery' });
    },
  } satisfies Pick<
    Handlers,
    'backup.status' | 'backup.create' | 'backup.list' | 'backup.testRestore' | 'backup.restore' | 'recovery.status' | 'recovery.restore'
  >;
}
