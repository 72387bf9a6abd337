import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, statfs, unlink } from 'node:fs/promises';

/** What lstat tells the vault: regular file, directory, or anything else (symlink, device, fifo). */
export interface FileFacts {
  kind: 'file' | 'dir' | 'other';
  size: number;
  mtimeMs: number;
}

export interface ReadHandle {
  /** Reads up to buffer.length bytes at `position`; 0 at the end of the file. */
  read(buffer: Buffer, position: number): Promise<number>;
  close(): Promise<void>;
}

export interface WriteHandle {
  /** Appends all of `data` (loops over short writes). */
  write(data: Buffer): Promise<void>;
  /** fsync: the file's bytes are on the medium when this resolves. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every filesystem call the vault makes, and nothing else. Production uses the real disk;
 * the power-loss model test records these calls and replays their prefixes (RELIABILITY #4),
 * and the disk-full test injects ENOSPC at any write.
 */
export interface VaultFs {
  lstat(path: string): Promise<FileFacts | null>;
  freeBytes(dir: string): Promise<number>;
  openRead(path: string): Promise<ReadHandle>;
  /** Creates a new file; fails if the name exists. */
  createExclusive(path: string): Promise<WriteHandle>;
  rename(from: string, to: string): Promise<void>;
  /** Makes a directory's entries (creates, renames) durable. */
  syncDir(path: string): Promise<void>;
  /** Creates one directory level; false when it existed already. */
  mkdir(path: string): Promise<boolean>;
  readdir(path: string): Promise<string[]>;
  unlink(path: string): Promise<void>;
}

export function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** The real disk. Directory fsync is skipped on Windows, where a directory cannot be opened for it. */
export function createNodeVaultFs(platform: NodeJS.Platform = process.platform): VaultFs {
  return {
    async lstat(path) {
      try {
        const stat = await lstat(path);
        return { kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other', size: stat.size, mtimeMs: stat.mtimeMs };
      } catch (error) {
        if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return null;
        throw error;
      }
    },
    async freeBytes(dir) {
      const stat = await statfs(dir);
      return stat.bavail * stat.bsize;
    },
    async openRead(path) {
      // O_NOFOLLOW: a symlink swapped in after lstat is refused rather than followed.
      const handle = await open(path, platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NOFOLLOW);
      return {
        read: async (buffer, position) => (await handle.read(buffer, 0, buffer.length, position)).bytesRead,
        close: () => handle.close(),
      };
    },
    async createExclusive(path) {
      const handle = await open(path, 'wx');
      return {
        async write(data) {
          let offset = 0;
          while (offset < data.length) {
            const { bytesWritten } = await handle.write(data, offset, data.length - offset);
            offset += bytesWritten;
          }
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
    rename: (from, to) => rename(from, to),
    async syncDir(path) {
      if (platform === 'win32') return;
      const handle = await open(path, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    async mkdir(path) {
      try {
        await mkdir(path);
        return true;
      } catch (error) {
        if (errnoCode(error) === 'EEXIST') return false;
        throw error;
      }
    },
    readdir: (path) => readdir(path),
    unlink: (path) => unlink(path),
  };
}
