import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAuditService } from '../../main/core/audit/audit.service';
import { createCore, type Core, type CoreOptions } from '../../main/core/createCore';
import { createEventBus } from '../../main/core/support/events';
import { createVaultService, type VaultServiceOptions } from '../../main/core/vault/vault.service';
import { tempDir } from '../support/tempArchive';

/** A fresh archive without background jobs, closed by the caller. */
export function openCore(archiveDir = tempDir('lemari-vault-'), options: Partial<CoreOptions> = {}): Core {
  return createCore({ archiveDir, background: false, ...options });
}

export function fileIn(dir: string, name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Every file under a folder, relative (empty when the folder does not exist). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

export function blobCount(core: Core): number {
  return (core.db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n;
}

/** A second vault service over a core's database with another fs or store options (fault injection). */
export function vaultWith(core: Core, options: VaultServiceOptions) {
  return createVaultService(
    {
      db: core.db,
      audit: createAuditService(core.db, () => new Date()),
      events: createEventBus(),
      clock: () => new Date(),
      archiveDir: core.archiveDir,
    },
    options,
  );
}
