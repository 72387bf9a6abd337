import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isLemariError } from '../../shared/api/errors';
import type { Core } from '../../main/core/createCore';
import { createNodeVaultFs, type VaultFs } from '../../main/core/vault/vaultFs';
import { tempDir } from '../support/tempArchive';
import { pngBytes } from './fixtures';
import { blobCount, fileIn, filesUnder, openCore, vaultWith } from './helpers';

const isRoot = process.getuid?.() === 0;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function opened(dir?: string): Core {
  const core = openCore(dir);
  cleanups.push(() => core.close());
  return core;
}

/** A PNG of about `mb` megabytes (valid header, padded). */
function bigPng(mb: number): Buffer {
  return Buffer.concat([pngBytes(4, 4, [1, 2, 3]), Buffer.alloc(Math.floor(mb * 1024 * 1024), 7)]);
}

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isLemariError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

function integrity(core: Core): string {
  return core.db.pragma('integrity_check', { simple: true }) as string;
}

describe('disk full and read-only media (RELIABILITY #5)', () => {
  it('ENOSPC injected at every write: a clear message, no temp file, no row, and the vault still works after', async () => {
    const core = opened();
    const source = fileIn(tempDir(), 'tebal.png', bigPng(0.5));
    const writes = Math.ceil((0.5 * 1024 * 1024) / (64 * 1024)) + 1;
    for (let failAt = 1; failAt <= writes; failAt += 1) {
      const real = createNodeVaultFs();
      let count = 0;
      const full: VaultFs = {
        ...real,
        createExclusive: async (path) => {
          const handle = await real.createExclusive(path);
          return { ...handle, write: (data) => (++count === failAt ? Promise.reject(errno('ENOSPC')) : handle.write(data)) };
        },
      };
      const error = await codeOf(vaultWith(core, { fs: full, store: { chunkBytes: 64 * 1024 } }).ingest(source, 'tebal.png', 't'));
      expect(error.code).toBe('disk_full');
      expect(error.message).toContain('Ruang disk penuh');
      expect(filesUnder(join(core.archiveDir, 'vault'))).toEqual([]);
      expect(blobCount(core)).toBe(0);
    }
    // ENOSPC at fsync and at rename too.
    for (const at of ['sync', 'rename'] as const) {
      const real = createNodeVaultFs();
      const full: VaultFs =
        at === 'sync'
          ? {
              ...real,
              createExclusive: async (path) => ({ ...(await real.createExclusive(path)), sync: () => Promise.reject(errno('ENOSPC')) }),
            }
          : { ...real, rename: () => Promise.reject(errno('ENOSPC')) };
      expect((await codeOf(vaultWith(core, { fs: full }).ingest(source, 'tebal.png', 't'))).code).toBe('disk_full');
      expect(filesUnder(join(core.archiveDir, 'vault'))).toEqual([]);
    }
    expect(integrity(core)).toBe('ok');
    await core.vault.ingest(source, 'tebal.png', 't');
    expect(blobCount(core)).toBe(1);
  });

  it('a full disk (a real 3 MB tmpfs as root): the free-space check refuses first, and a write that runs out of space leaves nothing', async () => {
    const mount = tempDir('lemari-tmpfs-');
    if (isRoot) {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mount]);
      cleanups.push(() => execFileSync('umount', [mount]));
    }
    const core = opened(join(mount, 'arsip'));
    const src = tempDir();
    const small = fileIn(src, 'kecil.png', pngBytes(20, 20, [5, 5, 5]));
    const kept = await core.vault.ingest(small, 'kecil.png', 't').catch((error: unknown) => error);
    // With the 8 MB reserve, a 3 MB disk is already too full: refused before a byte is copied.
    expect(isLemariError(kept) && kept.code).toBe('disk_full');
    expect(filesUnder(join(core.archiveDir, 'vault'))).toEqual([]);

    // Without the reserve and with free space over-reported, the copy itself meets ENOSPC.
    const real = createNodeVaultFs();
    let written = 0;
    const liar = vaultWith(core, {
      fs: {
        ...real,
        freeBytes: () => Promise.resolve(isRoot ? 1024 ** 3 : 3 * 1024 * 1024),
        // Not root: no tmpfs, so the disk "fills" after 3 MB of writes instead.
        createExclusive: async (path) => {
          const handle = await real.createExclusive(path);
          return {
            ...handle,
            write: (data) => (!isRoot && (written += data.length) > 3 * 1024 * 1024 ? Promise.reject(errno('ENOSPC')) : handle.write(data)),
          };
        },
      },
      store: { reserveBytes: 0 },
    });
    await liar.ingest(small, 'kecil.png', 't');
    const error = await codeOf(liar.ingest(fileIn(src, 'besar.png', bigPng(4)), 'besar.png', 't'));
    expect(error.code).toBe('disk_full');
    expect(filesUnder(join(core.archiveDir, 'vault', 'tmp'))).toEqual([]);
    expect(filesUnder(join(core.archiveDir, 'vault', 'objects'))).toHaveLength(1);
    expect(blobCount(core)).toBe(1);
    expect(integrity(core)).toBe('ok');
  });

  it('read-only media: a clear message and no partial file (a read-only bind mount as root, injected EROFS otherwise)', async () => {
    const core = opened();
    const src = tempDir();
    await core.vault.ingest(fileIn(src, 'satu.png', pngBytes(10, 10, [1, 1, 1])), 'satu.png', 't');
    const vaultDir = join(core.archiveDir, 'vault');
    let vault = core.vault;
    if (isRoot) {
      execFileSync('mount', ['--bind', vaultDir, vaultDir]);
      cleanups.push(() => execFileSync('umount', [vaultDir]));
      execFileSync('mount', ['-o', 'remount,bind,ro', vaultDir]);
    } else {
      const real = createNodeVaultFs();
      vault = vaultWith(core, {
        fs: { ...real, createExclusive: () => Promise.reject(errno('EROFS')), mkdir: () => Promise.reject(errno('EROFS')) },
      });
    }
    const error = await codeOf(vault.ingest(fileIn(src, 'dua.png', pngBytes(11, 11, [2, 2, 2])), 'dua.png', 't'));
    expect(error.code).toBe('archive_read_only');
    expect(error.message).toContain('hanya-baca');
    expect(filesUnder(join(vaultDir, 'tmp'))).toEqual([]);
    expect(filesUnder(join(vaultDir, 'objects'))).toHaveLength(1);
    expect(blobCount(core)).toBe(1);
    mkdirSync(join(core.archiveDir, 'after'), { recursive: true });
  });
});
