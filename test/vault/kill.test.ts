import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempArchive';
import { filesUnder, openCore } from './helpers';

const script = join(import.meta.dirname, 'scripts', 'ingestLoop.ts');

/** Runs the ingest loop until it has acknowledged some scans, then kill -9 at a random moment. */
function runAndKill(archiveDir: string, srcDir: string, acksBeforeKill: number, extraMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, archiveDir, srcDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let stderr = '';
    let buffer = '';
    let killing = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ACK ')) acked.push(line.slice(4));
      if (!killing && acked.length >= acksBeforeKill) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`child ended without kill: ${stderr}`))));
  });
}

describe('kill -9 during ingest (RELIABILITY #3)', () => {
  it(
    'every acknowledged scan survives with its row and link; no row without its file; the database is whole',
    { timeout: 120_000 },
    async () => {
      const archiveDir = tempDir('lemari-kill-');
      const srcDir = tempDir('lemari-kill-src-');
      const allAcked: string[] = [];
      for (let round = 0; round < 6; round += 1) {
        allAcked.push(...(await runAndKill(archiveDir, srcDir, 1 + (round % 3), Math.floor(Math.random() * 250))));
        const core = openCore(archiveDir);
        try {
          await core.vault.ready;
          expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(filesUnder(join(archiveDir, 'vault', 'tmp'))).toEqual([]);
          const linked = new Set((core.db.prepare('SELECT sha256 FROM document_files').all() as { sha256: string }[]).map((r) => r.sha256));
          for (const sha of allAcked) {
            expect(linked.has(sha)).toBe(true);
            const opened = core.vault.open(sha);
            expect(opened).not.toBeNull();
            expect(
              createHash('sha256')
                .update(readFileSync(opened?.path ?? ''))
                .digest('hex'),
            ).toBe(sha);
          }
          // No row without its file, no damaged object; an orphan from the cut moment is only quarantined.
          const check = await core.vault.verify('manual', 'uji');
          expect(check.missing).toEqual([]);
          expect(check.changed).toEqual([]);
          expect(check.untracked.every((u) => u.quarantinedTo !== null)).toBe(true);
        } finally {
          core.close();
        }
      }
      expect(allAcked.length).toBeGreaterThanOrEqual(6);
    },
  );
});
