import type { Migration } from '../migration';

/**
 * Sign-in (issue 13 item 2): one credential per person — a PIN or a password hashed with scrypt
 * and a salt of its own — and the state of wrong attempts (how many in a row, locked until when).
 * Sessions are not stored: they end with the process, so a restart always asks who is there.
 */
export const m0008Credentials: Migration = {
  version: 8,
  name: 'credentials',
  up(db) {
    db.exec(`
      CREATE TABLE credentials (
        user_id INTEGER PRIMARY KEY REFERENCES user_profiles (id),
        scheme TEXT NOT NULL CHECK (scheme IN ('pin', 'password')),
        salt TEXT NOT NULL,
        hash TEXT NOT NULL,
        params TEXT NOT NULL,
        failed_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
        locked_until TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
