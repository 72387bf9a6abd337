import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../main/core/audit/verifyChain';
import { verifyBackupFile } from '../../main/core/backup/readBackup';
import { addVaultObjects, cleanupTemp, openCore, safetyTemp } from './support/archive';
import { recordSafety, soak } from './support/tally';
import { TEST_KEY } from './support/backupKeys';

// RELIABILITY #3: kill -9 of a child process at random points while it edits and backs up:
// integrity_check ok, every acknowledged write present, no partial transaction.
const tally = {
  kills: 0,
  acknowledgedWrites: 0,
  lostWrites: 0,
  corruptArchives: 0,
  backupsChecked: 0,
  halfBackupsUnderFinalName: 0,
  partialsLeft: 0,
};
const repoRoot = join(import.meta.dirname, '..', '..');

function spawnEditor(archive: string, mode: 'edit' | 'backup'): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'test', 'safety', 'scripts', 'editor.ts'), archive, mode], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the editor, kills it with SIGKILL at a random moment, and returns every line it acknowledged. */
async function runAndKill(archive: string, mode: 'edit' | 'backup', maxDelayMs: number): Promise<string[]> {
  const child = spawnEditor(archive, mode);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<void>((resolveExit) => child.on('close', () => resolveExit()));
  const started = Date.now();
  while (!out.includes('READY')) {
    if (child.exitCode !== null || Date.now() - started > 30_000) throw new Error(`editor did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, randomInt(5, maxDelayMs)));
  child.kill('SIGKILL');
  await exited;
  tally.kills += 1;
  return out.split('\n').filter((line) => line.startsWith('ACK '));
}

function checkAfterKill(archive: string, acks: string[]): void {
  // Reopened the way Lemari opens it: WAL recovery, quick_check, migrations.
  const core = openCore(archive);
  try {
    const integrity = core.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') tally.corruptArchives += 1;
    expect(integrity).toBe('ok');
    expect(verifyAuditChain(core.db).ok).toBe(true);
    const version = core.db.prepare<[number], { version: number }>('SELECT version FROM units WHERE id = ?');
    for (const ack of acks) {
      const [, kind, id, v] = ack.split(' ');
      tally.acknowledgedWrites += 1;
      if (kind === 'unit') {
        const row = version.get(Number(id));
        if (!row || row.version < Number(v)) tally.lostWrites += 1;
        expect(row?.version ?? -1).toBeGreaterThanOrEqual(Number(v));
      }
      if (kind === 'agency') {
        const agency = core.db.prepare<[], { version: number }>('SELECT version FROM agency_profile WHERE id = 1').get();
        expect(agency?.version ?? -1).toBeGreaterThanOrEqual(Number(id));
      }
    }
    // No partial transaction: every change and its audit entry committed together, or neither did.
    const counts = core.db
      .prepare<[], { units: number; creates: number; updates: number; versions: number }>(
        `SELECT (SELECT count(*) FROM units) AS units,
                (SELECT count(*) FROM audit_events WHERE action = 'unit.create') AS creates,
                (SELECT count(*) FROM audit_events WHERE action = 'unit.update') AS updates,
                (SELECT coalesce(sum(version), 0) FROM units) AS versions`,
      )
      .get();
    expect(counts?.units).toBe(counts?.creates);
    expect(counts?.versions).toBe(counts?.updates);
  } finally {
    core.close();
  }
}

describe('safety #3: kill -9 during edits and backups', () => {
  afterAll(() => {
    recordSafety('3 kill -9', tally);
    cleanupTemp();
  });

  it('loses no acknowledged edit and leaves no partial transaction', async () => {
    const archive = join(safetyTemp(), 'arsip');
    openCore(archive).close();
    for (let i = 0; i < soak(8, 100); i += 1) {
      const acks = await runAndKill(archive, 'edit', 400);
      checkAfterKill(archive, acks);
    }
    expect(tally.lostWrites).toBe(0);
  }, 120_000);

  it('never leaves a half backup under the final name', async () => {
    const base = safetyTemp();
    const archive = join(base, 'arsip');
    mkdirSync(join(base, 'cadangan'));
    openCore(archive).close();
    addVaultObjects(archive, 40, 256 * 1024);
    for (let i = 0; i < soak(5, 60); i += 1) {
      const acks = await runAndKill(archive, 'backup', 1500);
      checkAfterKill(archive, acks);
      const folder = join(base, 'cadangan');
      for (const name of readdirSync(folder)) {
        // The audit anchor left beside the backups (issue 13 #4) is not a backup.
        if (name === 'audit-anchor.json' || name === '.audit-anchor.json.tmp') continue;
        if (name.endsWith('.partial')) {
          tally.partialsLeft += 1;
          continue;
        }
        // Anything under a final name must be a whole, verifying backup.
        const verified = await verifyBackupFile(join(folder, name), { key: TEST_KEY }).then(
          () => true,
          () => false,
        );
        if (!verified) tally.halfBackupsUnderFinalName += 1;
        expect(verified, name).toBe(true);
        tally.backupsChecked += 1;
      }
    }
    expect(tally.halfBackupsUnderFinalName).toBe(0);
  }, 120_000);
});
