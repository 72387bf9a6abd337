import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../../main/core/createCore';
import type { Db } from '../../../main/core/db/connection';
import { useTestRecoveryKey } from './backupKeys';

const made: string[] = [];

/** A temp folder for one safety test; `cleanupTemp` removes them all (call it in afterAll). */
export function safetyTemp(prefix = 'lemari-safety-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanupTemp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A real archive on disk with background jobs off, so a test controls every write. */
export function openCore(archiveDir: string, options: Partial<CoreOptions> = {}): Core {
  return useTestRecoveryKey(createCore({ archiveDir, background: false, ...options }));
}

export async function addUnits(core: Core, count: number, prefix = 'Bidang'): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const unit = await core.handlers['unit.create'](
      { fields: { name: `${prefix} ${String(i)} ${randomBytes(3).toString('hex')}`, kind: 'bidang', head: 'Kepala', active: true } },
      { actor: 'uji' },
    );
    ids.push(unit.id);
  }
  return ids;
}

/** Scan-like files written in the vault's layout (objects/ab/cd/<sha256>), as its ingest leaves them. */
export function addVaultObjects(archiveDir: string, count: number, size = 4096): string[] {
  const hashes: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const bytes = randomBytes(size + i);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const dir = join(archiveDir, 'vault', 'objects', hash.slice(0, 2), hash.slice(2, 4));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, hash), bytes);
    hashes.push(hash);
  }
  return hashes;
}

/** Every file under `dir` with its SHA-256, by relative path. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  try {
    statSync(dir);
    walk(dir);
  } catch {
    // no folder: empty tree
  }
  return out;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Every ordinary table's rows in key order: the logical content two databases must share to be "equal". */
export function dumpDb(db: Db, skipSettingsKeys: RegExp = /^backup\./): Record<string, unknown[]> {
  // The parsed schema's own list (type 'table' leaves out virtual tables and their shadow tables): a flip in
  // sqlite_master's name column, which SQLite ignores, cannot turn a table name into a number here.
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all();
  const dump: Record<string, unknown[]> = {};
  for (const name of tables) {
    if (!IDENT.test(name)) continue;
    let rows = db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all();
    if (name === 'settings') rows = rows.filter((r) => !skipSettingsKeys.test((r as { key: string }).key));
    dump[name] = rows;
  }
  return dump;
}

/** Opens a database file on its own connection (read-only), for checks after a child process died. */
export function rawOpen(file: string, readonly = true): Db {
  return new Database(file, { readonly, fileMustExist: true });
}
