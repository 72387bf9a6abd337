import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contract, type Method } from '../../shared/api/contract';
import { AUDITED_TABLES, type AuditedTable } from '../../main/core/audit/audit.repo';
import { main } from '../../main/cli';
import { createCore, DB_FILE } from '../../main/core/createCore';
import { samples } from '../contract/samples';
import type { Sample, SampleContext } from '../contract/samples/sample';
import { inProcess } from '../contract/transports';
import { TEST_PIN, testScrypt } from '../support/signIn';
import { tempDir } from '../support/tempArchive';

/**
 * Issue 13 #4, the rest of the tables: every audited change records the hash of the rows it wrote, so a
 * row changed outside Lemari is named by `audit.verify` and `lemari verify` in every audited table, not
 * only entries and exemptions. One archive gets every contract sample's calls (the real writers of every
 * domain), is verified clean, then one byte of one row per table is flipped with raw SQLite.
 */
const skipped = (method: Method) =>
  // Sign-in and recovery change who is at the window or which archive is open, not rows of this one.
  method.startsWith('auth.') || method.startsWith('recovery.') || method === 'backup.restore';

async function busyArchive(): Promise<string> {
  const harness = await inProcess();
  const ctx: SampleContext = {
    harness,
    async call(method, input) {
      const result = await harness.client.call(method, input);
      // The samples' staff are made afresh by each sample; in one archive the second one finds them there.
      if (method === 'user.create' && !result.ok && result.error.code === 'conflict') {
        const people = await harness.client.call('user.list', { includeInactive: true });
        const name = (input as { fields: { name: string } }).fields.name;
        const found = people.ok ? people.value.find((p) => p.name === name) : undefined;
        if (found) return found as never;
      }
      if (!result.ok) throw new Error(`${method}: ${result.error.messageEn}`);
      return result.value;
    },
    stage: (bytes, name) => harness.stage(bytes, name),
    scratch: () => tempDir('lemari-rows-'),
    signInAs: (person) => harness.signInAs(person),
  };
  const status = await harness.client.call('auth.status', {});
  const ppid = status.ok ? status.value.people[0] : undefined;
  for (const method of (Object.keys(contract) as Method[]).sort()) {
    if (skipped(method)) continue;
    // Each sample starts as the first run's PPID, whoever the one before left signed in.
    if (ppid) await harness.signInAs({ userId: ppid.id, pin: TEST_PIN });
    const sample = samples[method] as unknown as Sample<Method>;
    try {
      await harness.client.call(method, await sample.input(ctx));
    } catch {
      // A sample that needs another person signed in, or rows another sample took first: its writes, if
      // any, still happened through the services; what counts is that verify stays clean afterwards.
    }
  }
  // The background vault check (vault.verify's sample) writes its row before the archive closes.
  for (let i = 0; i < 50; i += 1) {
    const checks = await harness.client.call('vault.checks', { limit: 1 });
    if (checks.ok && checks.value.length > 0) break;
    await sleep(100);
  }
  const dir = harness.core.archiveDir;
  await harness.close();
  // Kept for every case of this file (tempDir folders go after each test).
  const kept = join(mkdtempSync(join(tmpdir(), 'lemari-rows-busy-')), 'archive');
  keptDirs.push(kept);
  cpSync(dir, kept, { recursive: true });
  return kept;
}

const keptDirs: string[] = [];
afterAll(() => {
  for (const dir of keptDirs) rmSync(join(dir, '..'), { recursive: true, force: true });
});

/** The last letter or digit of a text with its lowest bit flipped ('d' → 'e'): JSON and CHECKed words stay well-formed. */
function flipLastAlnum(value: string): string | null {
  const at = value.search(/[a-z0-9](?=[^a-z0-9]*$)/i);
  return at < 0 ? null : value.slice(0, at) + String.fromCharCode(value.charCodeAt(at) ^ 1) + value.slice(at + 1);
}

/**
 * One byte of a row an audited change wrote, flipped through a raw connection, as rot or a raw edit
 * would. The table's triggers (editions are immutable) are dropped for the edit and put back, as an
 * attacker with the file would; a column whose CHECK refuses the new byte is passed over for the next.
 */
const KEYS: Partial<Record<string, string>> = {
  role_rules: 'act',
  pasal17_grounds: 'code',
  holidays: 'date',
  request_reports: 'year',
  settings: 'key',
  blobs: 'sha256',
};

function flipOneByte(dir: string, table: AuditedTable): string | null {
  const db = new Database(join(dir, DB_FILE));
  try {
    const key = KEYS[table] ?? 'id';
    const hashed = db
      .prepare<[string], { row_id: string }>('SELECT row_id FROM audit_rows WHERE tbl = ? AND row_hash IS NOT NULL ORDER BY event_seq DESC')
      .all(table);
    const current = db.prepare<[string], Record<string, unknown>>(`SELECT * FROM ${table} WHERE ${key} = ?`);
    const id = hashed.map((h) => h.row_id).find((rowId) => current.get(rowId) !== undefined);
    const row = id === undefined ? undefined : current.get(id);
    if (id === undefined || !row) return null;
    const columns = db
      .prepare<[], { name: string; type: string }>(`SELECT name, type FROM pragma_table_info('${table}')`)
      .all()
      .filter((c) => c.type === 'TEXT' && c.name !== key);
    const triggers = db
      .prepare<[string], { sql: string; name: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?")
      .all(table);
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
    try {
      for (const column of columns) {
        const value = row[column.name];
        const flipped = typeof value === 'string' ? flipLastAlnum(value) : null;
        if (flipped === null) continue;
        try {
          db.prepare(`UPDATE ${table} SET ${column.name} = ? WHERE ${key} = ?`).run(flipped, id);
          return id;
        } catch {
          // A CHECK constraint on this column: try the next one.
        }
      }
      return null;
    } finally {
      for (const trigger of triggers) db.exec(trigger.sql);
    }
  } finally {
    db.close();
  }
}

async function verify(dir: string) {
  const core = createCore({ archiveDir: dir, background: false, scrypt: testScrypt });
  try {
    return await core.handlers['audit.verify']({}, { actor: 'uji' });
  } finally {
    core.close();
  }
}

describe('row hashes in every audited table (issue 13 #4)', () => {
  let archive: Promise<string> | null = null;
  const copyOfBusyArchive = async () => {
    const source = await (archive ??= busyArchive());
    // The whole closed archive (database, vault, anchor file), so `lemari verify` finds only the flip.
    const dir = join(tempDir('lemari-rows-copy-'), 'archive');
    cpSync(source, dir, { recursive: true });
    return dir;
  };

  it('after every writer of every domain ran, verify finds nothing changed: no false alarm', async () => {
    const verdict = await verify(await copyOfBusyArchive());
    expect(verdict.changedRows).toEqual([]);
  }, 120_000);

  // Written out, not read from AUDITED_TABLES, so the list the issue asks for is checked, not the code's own.
  const tables: AuditedTable[] = [
    'decisions',
    'consequence_tests',
    'units',
    'documents',
    'ordners',
    'places',
    'user_profiles',
    'role_rules',
    'pasal17_grounds',
    'statutes',
    'holidays',
    'agency_profile',
    'editions',
    'requests',
    'requesters',
    'objections',
    'disputes',
    'request_reports',
    'settings',
    'blobs',
    'vault_checks',
    'document_types',
    'exemption_approvals',
  ];
  it('every table an audited change writes rows of carries their hashes', () => {
    expect(Object.keys(AUDITED_TABLES).sort()).toEqual([...tables, 'entries', 'exemptions'].sort());
  });
  it.each(tables)(
    'a byte flipped in a row of %s through raw SQLite is named by audit.verify and lemari verify',
    async (table) => {
      const dir = await copyOfBusyArchive();
      const id = flipOneByte(dir, table);
      expect(id, `no audited change wrote a ${table} row with a text column`).not.toBeNull();
      const verdict = await verify(dir);
      expect(verdict.ok).toBe(false);
      expect(verdict.changedRows).toContainEqual(expect.objectContaining({ table, id, state: 'changed' }));
      const lines: string[] = [];
      const code = await main(['verify', '--archive', dir], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
      expect(code).toBe(1);
      expect(lines.join('\n')).toContain(table);
    },
    120_000,
  );
});
