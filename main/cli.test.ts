import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test/support/child';
import { tempDir } from '../test/support/tempArchive';
import { main } from './cli';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

describe('the lemari command', () => {
  it('prints archive facts as JSON and exits 0', async () => {
    const dir = tempDir();
    const { io, out } = capture();
    expect(await main(['info', '--archive', dir, '--json'], io)).toBe(0);
    const info = JSON.parse(out.join('\n')) as { archiveDir: string; schemaVersion: number; counts: Record<string, number> };
    expect(info.archiveDir).toBe(dir);
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(info.counts.units).toBe(0);
  });

  it('exits 1 with a readable message on a bad option, an unknown command or a bad port', async () => {
    for (const argv of [['info', '--bogus'], ['frobnicate'], ['serve', '--port', 'delapan'], []]) {
      const { io, err, out } = capture();
      expect(await main(argv, io)).toBe(1);
      expect([...err, ...out].join('\n')).toMatch(/Galat|tidak dikenal|Pemakaian|Lemari —/);
      expect(err.join('\n')).not.toMatch(/\n\s+at /);
    }
  });

  it('runs as `npx lemari` through its bin script', () => {
    const dir = tempDir();
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'lemari.mjs'), 'info', '--archive', dir], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Arsip / archive:        ${dir}`);
  });
});
