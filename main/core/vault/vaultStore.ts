import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { lemariError } from '../../../shared/api/raise';
import { createInspector } from './hostileFiles';
import { isSha256, sniffContentType, SNIFF_BYTES, type BlobContentType } from '../../../shared/domain/vault';
import { errnoCode, type ReadHandle, type VaultFs, type WriteHandle } from './vaultFs';

/** `<archive>/vault/{objects,tmp,quarantine}`: the layout backups and the `vault://` protocol rely on. */
export interface VaultLayout {
  root: string;
  objects: string;
  tmp: string;
  quarantine: string;
}

export function vaultLayout(archiveDir: string): VaultLayout {
  const root = join(archiveDir, 'vault');
  return { root, objects: join(root, 'objects'), tmp: join(root, 'tmp'), quarantine: join(root, 'quarantine') };
}

/** `objects/ab/cd/<sha256>`. */
export function objectRelPath(sha256: string): string {
  return join(sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export interface PutResult {
  sha256: string;
  size: number;
  contentType: BlobContentType;
  /** The same bytes were already stored. */
  existed: boolean;
}

export interface StoreOptions {
  chunkBytes?: number;
  /** Space kept free beyond the file itself, so the database can still commit. */
  reserveBytes?: number;
}

export interface StoredObject {
  /** Relative to objects/. */
  rel: string;
  /** The hash its place claims, or null for a file that does not belong in objects/ at all. */
  sha256: string | null;
  size: number;
}

const MIB = 1024 * 1024;

/** Maps a write failure on the archive's disk to what the officer can act on. */
function writeError(error: unknown): unknown {
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return lemariError('disk_full');
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return lemariError('archive_read_only');
  return error;
}

/**
 * The content-addressed store on disk, with the ingest order RELIABILITY.md fixes:
 * lstat → size and free space → stream to tmp hashing and sniffing → fsync → rename → fsync dir.
 * It knows nothing of the database: a caller records the blob only after `put` resolves.
 */
export function createVaultStore(fs: VaultFs, layout: VaultLayout, options: StoreOptions = {}) {
  const chunkBytes = options.chunkBytes ?? MIB;
  const reserveBytes = options.reserveBytes ?? 8 * MIB;

  async function ensureDir(path: string, parent: string): Promise<void> {
    // A new directory's own entry lives in its parent: make that durable too.
    if (await fs.mkdir(path)) await fs.syncDir(parent);
  }

  async function init(): Promise<void> {
    try {
      await ensureDir(layout.root, join(layout.root, '..'));
      await ensureDir(layout.objects, layout.root);
      await ensureDir(layout.tmp, layout.root);
      await ensureDir(layout.quarantine, layout.root);
    } catch (error) {
      throw writeError(error);
    }
  }

  async function copyHashing(source: ReadHandle, out: WriteHandle, name: string, maxBytes: number) {
    const hash = createHash('sha256');
    let current = Buffer.allocUnsafe(chunkBytes);
    let spare = Buffer.allocUnsafe(chunkBytes);
    let position = 0;
    let contentType: BlobContentType | null = null;
    let inspector: ReturnType<typeof createInspector> | null = null;
    let pendingWrite: Promise<void> = Promise.resolve();
    try {
      let read = await source.read(current, 0);
      if (read === 0) throw lemariError('unsupported_file', { key: 'vault.empty', params: { name } });
      while (read > 0) {
        const chunk = current.subarray(0, read);
        if (position === 0) {
          contentType = sniffContentType(chunk.subarray(0, SNIFF_BYTES));
          if (contentType === null) throw lemariError('unsupported_file', { key: 'vault.unsupported', params: { name } });
          inspector = createInspector(contentType, name);
        }
        inspector?.feed(chunk);
        position += read;
        if (position > maxBytes)
          throw lemariError('too_large', { key: 'vault.tooLarge', params: { name, limit: Math.floor(maxBytes / MIB) } });
        hash.update(chunk);
        await pendingWrite;
        pendingWrite = out.write(chunk);
        // Its failure is taken up at the next await of it; until then it must not count as unhandled.
        pendingWrite.catch(() => undefined);
        [current, spare] = [spare, current];
        // The next read overlaps the write of the chunk just hashed; the buffer it fills was written already.
        read = await source.read(current, position);
      }
      await pendingWrite;
      // Hostile content (a lying image, a PDF with scripts) is refused before the object gets its name.
      await inspector?.finish(position, (buffer, at) => source.read(buffer, at));
    } catch (error) {
      await pendingWrite.catch(() => undefined);
      throw error;
    }
    if (contentType === null) throw lemariError('unsupported_file', { key: 'vault.unsupported', params: { name } });
    return { sha256: hash.digest('hex'), size: position, contentType };
  }

  /** Stores a file durably and answers its hash. Leaves no partial file behind on any failure. */
  async function put(sourcePath: string, name: string, maxBytes: number): Promise<PutResult> {
    const facts = await fs.lstat(sourcePath);
    if (facts === null) throw lemariError('not_found', { key: 'vault.sourceMissing', params: { name } });
    if (facts.kind !== 'file') throw lemariError('unsupported_file', { key: 'vault.notRegular', params: { name } });
    if (facts.size > maxBytes)
      throw lemariError('too_large', { key: 'vault.tooLarge', params: { name, limit: Math.floor(maxBytes / MIB) } });
    const free = await fs.freeBytes(layout.tmp);
    if (free < facts.size + reserveBytes) {
      throw lemariError('disk_full', {
        key: 'vault.noSpace',
        params: { needed: Math.ceil((facts.size + reserveBytes) / MIB), free: Math.floor(free / MIB) },
      });
    }

    const temp = join(layout.tmp, `${randomBytes(12).toString('hex')}.part`);
    let out: WriteHandle | null = null;
    let tempExists = false;
    const source = await fs.openRead(sourcePath).catch((error: unknown) => {
      throw errnoCode(error) === 'ENOENT'
        ? lemariError('not_found', { key: 'vault.sourceMissing', params: { name } })
        : lemariError('unsupported_file', { key: 'vault.cannotRead', params: { name } });
    });
    try {
      out = await fs.createExclusive(temp).catch((error: unknown) => {
        throw writeError(error);
      });
      tempExists = true;
      const copied = await copyHashing(source, out, name, maxBytes).catch((error: unknown) => {
        throw writeError(error);
      });
      await out.sync().catch((error: unknown) => {
        throw writeError(error);
      });
      await out.close();
      out = null;

      const dirA = join(layout.objects, copied.sha256.slice(0, 2));
      const dirB = join(dirA, copied.sha256.slice(2, 4));
      const final = join(dirB, copied.sha256);
      let existed = false;
      try {
        await ensureDir(dirA, layout.objects);
        await ensureDir(dirB, dirA);
        const present = await fs.lstat(final);
        if (present?.kind === 'file' && present.size === copied.size) {
          // Same name means same content: keep the stored copy, drop ours.
          existed = true;
          await fs.unlink(temp);
        } else {
          // Absent, or a damaged copy of different length: the complete, synced file takes the name.
          await fs.rename(temp, final);
        }
        tempExists = false;
        await fs.syncDir(dirB);
      } catch (error) {
        throw writeError(error);
      }
      return { ...copied, existed };
    } finally {
      await source.close().catch(() => undefined);
      if (out) await out.close().catch(() => undefined);
      if (tempExists) await fs.unlink(temp).catch(() => undefined);
    }
  }

  function pathOf(sha256: string): string {
    return join(layout.objects, objectRelPath(sha256));
  }

  /** Re-reads a file and answers its SHA-256; `onBytes` is told how far it got. */
  async function hashFile(path: string, onBytes: (bytes: number) => void = () => undefined): Promise<string> {
    const handle = await fs.openRead(path);
    try {
      const hash = createHash('sha256');
      let current = Buffer.allocUnsafe(chunkBytes);
      let spare = Buffer.allocUnsafe(chunkBytes);
      let position = 0;
      let read = await handle.read(current, 0);
      while (read > 0) {
        const chunk = current.subarray(0, read);
        position += read;
        [current, spare] = [spare, current];
        const next = handle.read(current, position);
        hash.update(chunk);
        onBytes(read);
        read = await next;
      }
      return hash.digest('hex');
    } finally {
      await handle.close();
    }
  }

  /** Every file under objects/, with the hash its place claims (null when it has no business there). */
  async function listObjects(): Promise<StoredObject[]> {
    const found: StoredObject[] = [];
    async function walk(dir: string, rel: string[]): Promise<void> {
      for (const name of (await fs.readdir(dir)).sort()) {
        const path = join(dir, name);
        const facts = await fs.lstat(path);
        if (facts === null) continue;
        const parts = [...rel, name];
        if (facts.kind === 'dir') {
          await walk(path, parts);
          continue;
        }
        const [a, b, file] = parts;
        const fits =
          parts.length === 3 &&
          facts.kind === 'file' &&
          file !== undefined &&
          isSha256(file) &&
          file.slice(0, 2) === a &&
          file.slice(2, 4) === b;
        found.push({ rel: parts.join('/'), sha256: fits ? file : null, size: facts.size });
      }
    }
    await walk(layout.objects, []);
    return found;
  }

  /** Moves a stray file out of objects/ into quarantine/<stamp>/; never deletes it. Answers the new place, relative to the vault. */
  async function quarantine(rel: string, stamp: string): Promise<string> {
    const dir = join(layout.quarantine, stamp);
    await ensureDir(dir, layout.quarantine);
    const flat = rel.replace(/[/\\]/g, '_');
    await fs.rename(join(layout.objects, ...rel.split('/')), join(dir, flat));
    await fs.syncDir(dir);
    return `quarantine/${stamp}/${flat}`;
  }

  /** Temp files left by a crash are incomplete copies of files still held at their source: removed at start. */
  async function recoverTmp(): Promise<number> {
    let removed = 0;
    for (const name of await fs.readdir(layout.tmp)) {
      await fs.unlink(join(layout.tmp, name));
      removed += 1;
    }
    if (removed > 0) await fs.syncDir(layout.tmp);
    return removed;
  }

  return { init, put, pathOf, hashFile, listObjects, quarantine, recoverTmp, layout };
}

export type VaultStore = ReturnType<typeof createVaultStore>;
