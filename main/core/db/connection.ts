import Database from 'better-sqlite3';
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { LemariError } from '../../../shared/api/errors';
import { lemariError } from '../../../shared/api/raise';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better-sqlite3 build for another ABI (Electron); Node uses the one in node_modules. */
  nativeBinding?: string;
}

function sqliteCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    if (typeof error.code === 'string') return error.code;
  }
  return '';
}

/** Maps SQLite's failure codes to the errors an officer can act on; anything else stays an exception. */
export function toArchiveError(error: unknown): LemariError | null {
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return lemariError('archive_in_use');
  }
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return lemariError('archive_corrupt');
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EROFS' || code === 'EACCES') {
    return lemariError('archive_read_only');
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return lemariError('disk_full');
  }
  return null;
}

/**
 * Opens the archive database with the settings RELIABILITY.md measured as safe:
 * EXCLUSIVE locking before WAL (so no shared-memory index exists and a second
 * process is refused), synchronous=FULL, foreign keys, secure_delete, then takes
 * the write lock at once so "archive in use" is said at open, not at the first save.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db | undefined;
  try {
    // A short busy timeout: long enough to ride out a Lemari that is just closing, short enough
    // that a second copy is told "archive in use" at once instead of hanging (better-sqlite3 waits 5 s by default).
    db = new Database(file, { timeout: 750, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw lemariError('archive_corrupt');
    }
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof LemariError) throw error;
    throw toArchiveError(error) ?? readOnlyFolderError(file) ?? error;
  }
}

/**
 * On read-only media SQLite fails with a bare "disk I/O error" (it cannot create the -wal file);
 * say what the officer can act on when the archive's folder is not writable (RELIABILITY #5).
 */
function readOnlyFolderError(file: string): LemariError | null {
  try {
    accessSync(dirname(file), constants.W_OK);
    return null;
  } catch (error) {
    return toArchiveError(error);
  }
}
