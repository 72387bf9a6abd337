import type { Handlers } from '../../../shared/api/handlers';
import { lemariError } from '../../../shared/api/raise';
import type { DecryptKey } from './ageStream';
import type { BackupKeyChoice, BackupService } from './backup.service';

/** The one key an officer gave; several at once is a mistake, not a choice. */
export function keyChoice(input: {
  passphrase?: string | undefined;
  newRecoveryKey?: boolean | undefined;
  unencrypted?: boolean | undefined;
}): BackupKeyChoice | undefined {
  const given = [input.passphrase !== undefined, input.newRecoveryKey === true, input.unencrypted === true].filter(Boolean).length;
  if (given > 1) throw lemariError('invalid_input', { key: 'backup.err.noKey', field: 'passphrase' });
  if (input.passphrase !== undefined) return { passphrase: input.passphrase };
  if (input.newRecoveryKey === true) return { newRecoveryKey: true };
  if (input.unencrypted === true) return { unencrypted: true };
  return undefined;
}

export function decryptKey(input: { passphrase?: string | undefined; identity?: string | undefined }): DecryptKey | null {
  if (input.identity !== undefined) return { identity: input.identity };
  if (input.passphrase !== undefined) return { passphrase: input.passphrase };
  return null;
}

/** backup.* for an archive that opened normally; recovery.* answer "not in recovery" here (main/core/recovery has the other side). */
export function backupHandlers(backup: BackupService, archiveDir: string) {
  return {
    'backup.status': () => backup.status(),
    'backup.create': ({ passphrase, newRecoveryKey, unencrypted }, { actor }) =>
      backup.create('manual', actor, null, keyChoice({ passphrase, newRecoveryKey, unencrypted })),
    'backup.list': () => backup.list(),
    'backup.testRestore': ({ file, passphrase, identity }) => backup.testRestore(file ?? null, decryptKey({ passphrase, identity })),
    'backup.restore': ({ file, targetDir, passphrase, identity }) => backup.restore(file, targetDir, decryptKey({ passphrase, identity })),
    'recovery.status': () => ({ mode: 'normal' as const, archiveDir, reason: null, backups: [], restored: null }),
    'recovery.restore': () => {
      throw lemariError('conflict', { key: 'backup.err.notRecovery' });
    },
  } satisfies Pick<
    Handlers,
    'backup.status' | 'backup.create' | 'backup.list' | 'backup.testRestore' | 'backup.restore' | 'recovery.status' | 'recovery.restore'
  >;
}
