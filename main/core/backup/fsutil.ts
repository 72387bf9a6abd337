import { closeSync, fsyncSync, openSync, rmSync } from 'node:fs';

/** Makes a rename or a new file durable: the directory entry is data too (not possible, nor needed, on Windows). */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    // Some FUSE and FAT drivers refuse fsync on a directory; the file itself was synced.
    if (!['EINVAL', 'ENOTSUP', 'EPERM', 'EISDIR', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Removes our own temp file or folder; a failure here must not hide the error that got us here. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Best effort: the caller is already reporting the real failure.
  }
}
