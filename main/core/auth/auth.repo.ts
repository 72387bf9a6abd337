import type { Db } from '../db/connection';
import type { ScryptParams } from './secret';

export interface CredentialRow {
  user_id: number;
  scheme: 'pin' | 'password';
  salt: string;
  hash: string;
  params: string;
  failed_count: number;
  locked_until: string | null;
  updated_at: string;
}

export interface Credential {
  userId: number;
  scheme: 'pin' | 'password';
  salt: string;
  hash: string;
  params: ScryptParams;
  failedCount: number;
  lockedUntil: string | null;
}

function toCredential(row: CredentialRow): Credential {
  return {
    userId: row.user_id,
    scheme: row.scheme,
    salt: row.salt,
    hash: row.hash,
    params: JSON.parse(row.params) as ScryptParams,
    failedCount: row.failed_count,
    lockedUntil: row.locked_until,
  };
}

/** SQL for credentials: one row per person, the hash and the count of wrong attempts in a row. */
export function createAuthRepo(db: Db) {
  const byUser = db.prepare<[number], CredentialRow>('SELECT * FROM credentials WHERE user_id = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM credentials');
  const holders = db.prepare<[], { user_id: number }>('SELECT user_id FROM credentials');
  const upsert = db.prepare<[number, string, string, string, string, string]>(
    `INSERT INTO credentials (user_id, scheme, salt, hash, params, failed_count, locked_until, updated_at)
     VALUES (?, ?, ?, ?, ?, 0, NULL, ?)
     ON CONFLICT (user_id) DO UPDATE SET scheme = excluded.scheme, salt = excluded.salt, hash = excluded.hash,
       params = excluded.params, failed_count = 0, locked_until = NULL, updated_at = excluded.updated_at`,
  );
  const setAttempts = db.prepare<[number, string | null, string, number]>(
    'UPDATE credentials SET failed_count = ?, locked_until = ?, updated_at = ? WHERE user_id = ?',
  );

  return {
    get: (userId: number) => {
      const row = byUser.get(userId);
      return row ? toCredential(row) : null;
    },
    any: () => (count.get()?.n ?? 0) > 0,
    holders: () => new Set(holders.all().map((row) => row.user_id)),
    save: (userId: number, scheme: 'pin' | 'password', salt: string, hash: string, params: ScryptParams, at: string) =>
      upsert.run(userId, scheme, salt, hash, JSON.stringify(params), at),
    setAttempts: (userId: number, failedCount: number, lockedUntil: string | null, at: string) =>
      setAttempts.run(failedCount, lockedUntil, at, userId),
  };
}
