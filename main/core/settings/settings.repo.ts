import type { Db } from '../db/connection';

/** SQL for the key/value settings table; values are JSON. */
export function createSettingsRepo(db: Db) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    all: () => Object.fromEntries(all.all().map((row) => [row.key, JSON.parse(row.value) as unknown])),
    set: (key: string, value: unknown) => upsert.run(key, JSON.stringify(value)),
  };
}
