import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface VaultFile {
  /** Path inside the archive folder, with forward slashes: "vault/objects/ab/cd/<sha256>". */
  relative: string;
  absolute: string;
  hash: string;
  size: number;
}

const HEX2 = /^[0-9a-f]{2}$/;
const HASH = /^[0-9a-f]{64}$/;

/**
 * Every object in `<archive>/vault/objects/ab/cd/<sha256>` (the vault's layout). Only regular files
 * whose name is a hash under the matching folders count; anything else is the vault's own
 * verify to report (untracked), so it is counted here but never carried into a backup.
 */
export function listVaultObjects(archiveDir: string): { objects: VaultFile[]; skipped: number } {
  const root = join(archiveDir, 'vault', 'objects');
  const objects: VaultFile[] = [];
  let skipped = 0;
  const entries = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };
  for (const a of entries(root)) {
    if (!a.isDirectory() || !HEX2.test(a.name)) {
      skipped += 1;
      continue;
    }
    for (const b of entries(join(root, a.name))) {
      if (!b.isDirectory() || !HEX2.test(b.name)) {
        skipped += 1;
        continue;
      }
      for (const file of entries(join(root, a.name, b.name))) {
        const absolute = join(root, a.name, b.name, file.name);
        if (!file.isFile() || !HASH.test(file.name) || !file.name.startsWith(a.name + b.name)) {
          skipped += 1;
          continue;
        }
        objects.push({
          relative: `vault/objects/${a.name}/${b.name}/${file.name}`,
          absolute,
          hash: file.name,
          size: lstatSync(absolute).size,
        });
      }
    }
  }
  objects.sort((x, y) => (x.relative < y.relative ? -1 : 1));
  return { objects, skipped };
}
