import type { Db } from '../db/connection';

export interface LastBackup {
  file: string;
  bytes: number;
  sha256: string;
  createdAt: string;
  auditHead: string | null;
}

export interface LastBackupError {
  at: string;
  message: string;
  messageEn: string;
}

export const BACKUP_LAST_KEY = 'backup.last';
const LAST_ERROR = 'backup.lastError';
/** The recovery key's public half (age X25519 recipient) for backups made with no one present. */
export const BACKUP_RECIPIENT_KEY = 'backup.recipient';

/**
 * The last backup's outcome, kept in the settings table under keys outside settingsSchema (the
 * settings service ignores them), so no migration is needed and it travels with the archive.
 */
export function createBackupRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const put = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const drop = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  const read = <T>(key: string): T | null => {
    const row = get.get(key);
    if (!row) return null;
    try {
      return JSON.parse(row.value) as T;
    } catch {
      return null;
    }
  };
  return {
    last: () => read<LastBackup>(BACKUP_LAST_KEY),
    lastError: () => read<LastBackupError>(LAST_ERROR),
    setLast: (value: LastBackup) => {
      put.run(BACKUP_LAST_KEY, JSON.stringify(value));
      drop.run(LAST_ERROR);
    },
    setLastError: (value: LastBackupError) => put.run(LAST_ERROR, JSON.stringify(value)),
    recipient: () => read<string>(BACKUP_RECIPIENT_KEY),
    setRecipient: (recipient: string) => put.run(BACKUP_RECIPIENT_KEY, JSON.stringify(recipient)),
  };
}
