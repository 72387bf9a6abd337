import {
  defaultVaultConfig,
  vaultConfigSchema,
  type Blob,
  type BlobContentType,
  type VaultCheck,
  type VaultConfig,
} from '../../../shared/domain/vault';
import type { Db } from '../db/connection';

interface BlobRow {
  sha256: string;
  size: number;
  content_type: BlobContentType;
  name: string;
  created_at: string;
}

interface CheckRow {
  id: number;
  trigger: VaultCheck['trigger'];
  started_at: string;
  finished_at: string;
  ok: number;
  changed_json: string;
  missing_json: string;
  untracked_json: string;
  bytes: number;
}

function toBlob(row: BlobRow): Blob {
  return { sha256: row.sha256, size: row.size, contentType: row.content_type, name: row.name, createdAt: row.created_at };
}

function toCheck(row: CheckRow): VaultCheck {
  const changed = JSON.parse(row.changed_json) as string[];
  const missing = JSON.parse(row.missing_json) as string[];
  const untracked = JSON.parse(row.untracked_json) as VaultCheck['untracked'];
  return {
    id: row.id,
    trigger: row.trigger,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    ok: row.ok,
    changed,
    missing,
    untracked,
    bytes: row.bytes,
    clean: changed.length === 0 && missing.length === 0 && untracked.length === 0,
  };
}

const CONFIG_KEY = 'vault';

/** SQL for blobs, vault checks and the vault's preferences (one JSON row in settings). */
export function createVaultRepo(db: Db) {
  const deleteBlob = db.prepare<[string]>('DELETE FROM blobs WHERE sha256 = ?');
  const insertBlob = db.prepare<[string, number, string, string, string]>(
    'INSERT OR IGNORE INTO blobs (sha256, size, content_type, name, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const blobBySha = db.prepare<[string], BlobRow>('SELECT * FROM blobs WHERE sha256 = ?');
  const allBlobs = db.prepare<[], Pick<BlobRow, 'sha256' | 'size'>>('SELECT sha256, size FROM blobs ORDER BY sha256');
  const totals = db.prepare<[], { n: number; bytes: number | null }>('SELECT count(*) AS n, sum(size) AS bytes FROM blobs');
  const insertCheck = db.prepare<[string, string, string, number, string, string, string, number]>(
    `INSERT INTO vault_checks (trigger, started_at, finished_at, ok, changed_json, missing_json, untracked_json, bytes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const checkById = db.prepare<[number], CheckRow>('SELECT * FROM vault_checks WHERE id = ?');
  const recentChecks = db.prepare<[number], CheckRow>('SELECT * FROM vault_checks ORDER BY id DESC LIMIT ?');
  const configRow = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsertConfig = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  return {
    /** True when the row is new. */
    deleteBlob: (sha256: string) => deleteBlob.run(sha256).changes === 1,
    insertBlob: (blob: Blob) => insertBlob.run(blob.sha256, blob.size, blob.contentType, blob.name, blob.createdAt).changes === 1,
    getBlob: (sha256: string) => {
      const row = blobBySha.get(sha256);
      return row ? toBlob(row) : null;
    },
    allBlobs: () => allBlobs.all(),
    totals: () => {
      const row = totals.get();
      return { objects: row?.n ?? 0, bytes: row?.bytes ?? 0 };
    },
    insertCheck: (check: Omit<VaultCheck, 'id' | 'clean'>) =>
      Number(
        insertCheck.run(
          check.trigger,
          check.startedAt,
          check.finishedAt,
          check.ok,
          JSON.stringify(check.changed),
          JSON.stringify(check.missing),
          JSON.stringify(check.untracked),
          check.bytes,
        ).lastInsertRowid,
      ),
    getCheck: (id: number) => {
      const row = checkById.get(id);
      return row ? toCheck(row) : null;
    },
    recentChecks: (limit: number) => recentChecks.all(limit).map(toCheck),
    /** Stored preferences, re-validated: a hand-edited value falls back to the default. */
    config: (): VaultConfig => {
      const row = configRow.get(CONFIG_KEY);
      if (!row) return defaultVaultConfig;
      const parsed = vaultConfigSchema.safeParse({ ...defaultVaultConfig, ...(JSON.parse(row.value) as object) });
      return parsed.success ? parsed.data : defaultVaultConfig;
    },
    setConfig: (config: VaultConfig) => upsertConfig.run(CONFIG_KEY, JSON.stringify(config)),
  };
}

export type VaultRepo = ReturnType<typeof createVaultRepo>;
