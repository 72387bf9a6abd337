import { isLemariError, type LemariError } from '../../../shared/api/errors';
import { lemariError } from '../../../shared/api/raise';
import { toArchiveError } from '../db/connection';

export function errnoCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    if (typeof error.code === 'string') return error.code;
  }
  return '';
}

/** Failures worth another try from the last complete entry: a stick that hiccups, a busy device. */
export function isRetryable(error: unknown): boolean {
  return ['EIO', 'EAGAIN', 'EBUSY', 'ETIMEDOUT', 'EINTR'].includes(errnoCode(error));
}

/** Turns what the disk said into words an officer can act on, naming the backup folder. */
export function backupWriteError(error: unknown, folder: string): LemariError {
  if (isLemariError(error)) return error;
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL'))
    return lemariError('disk_full', { key: 'backup.err.diskFull', params: { folder } });
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return lemariError('archive_read_only', { key: 'backup.err.readOnly', params: { folder } });
  if (code === 'EFBIG') return lemariError('too_large', { key: 'backup.err.fileTooBig', params: { folder } });
  if (code === 'ENOENT' || code === 'ENOTDIR') return lemariError('not_found', { key: 'backup.err.folderMissing', params: { folder } });
  if (isRetryable(error)) return lemariError('internal', { key: 'backup.err.io', params: { folder } });
  return toArchiveError(error) ?? lemariError('internal', { key: 'backup.err.io', params: { folder } });
}

/** A backup that does not check out: names what failed so the officer picks another. */
export function backupInvalid(detail: string): LemariError {
  return lemariError('archive_corrupt', { key: 'backup.err.invalid', params: { detail: detail.slice(0, 200) } });
}
