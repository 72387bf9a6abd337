import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isLemariError } from '../../shared/api/errors';
import { openArchiveSession } from '../../main/core/recovery/session';
import { cleanupTemp, openCore, safetyTemp } from './support/archive';
import { recordSafety } from './support/tally';

// RELIABILITY #13: two processes open one archive — the second is told "archive in use"; the first is unaffected.
const tally = { runs: 0, refusals: 0, firstProcessWrites: 0 };
const repoRoot = join(import.meta.dirname, '..', '..');

function startHolder(archive: string): { child: ChildProcess; waitFor(text: string): Promise<string>; send(line: string): void } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'test', 'safety', 'scripts', 'holder.ts'), archive], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return {
    child,
    async waitFor(text) {
      const started = Date.now();
      while (!out.includes(text)) {
        if (Date.now() - started > 30_000 || child.exitCode !== null) throw new Error(`holder never said ${text}: ${out} ${err}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return out;
    },
    send: (line) => child.stdin.write(`${line}\n`),
  };
}

function refusedAsInUse(open: () => unknown): boolean {
  try {
    const opened = open();
    (opened as { close?: () => void }).close?.();
    return false;
  } catch (error) {
    return isLemariError(error) && error.code === 'archive_in_use';
  }
}

describe('safety #13: two processes on one archive', () => {
  afterAll(() => {
    recordSafety('13 two processes', tally);
    cleanupTemp();
  });

  it('refuses the second opener (core, recovery session, CLI) and leaves the first working', async () => {
    const archive = join(safetyTemp(), 'arsip');
    openCore(archive).close();
    const holder = startHolder(archive);
    await holder.waitFor('READY');

    // In-process: createCore and the session (which must not mistake a lock for damage and go to recovery).
    expect(refusedAsInUse(() => openCore(archive))).toBe(true);
    expect(refusedAsInUse(() => openArchiveSession({ archiveDir: archive, background: false }))).toBe(true);
    // A real second process: the CLI says so in words and exits 1.
    const cli = spawnSync(process.execPath, [join(repoRoot, 'bin', 'lemari.mjs'), 'info', '--archive', archive], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/sedang dibuka|in use/i);
    tally.refusals += 3;

    // The first keeps writing as if nothing happened.
    for (let i = 1; i <= 3; i += 1) {
      holder.send('write');
      await holder.waitFor(`ACK ${String(i)}`);
      tally.firstProcessWrites += 1;
    }
    holder.send('quit');
    await holder.waitFor('CLOSED');
    await new Promise((r) => holder.child.on('close', r));

    // Once it has closed, the archive opens here with every write of the first process.
    const core = openCore(archive);
    expect(core.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM units').get()?.n).toBe(3);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    core.close();
    tally.runs += 1;
  });
});
