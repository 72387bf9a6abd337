import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/createCore';
import { writeBook } from '../import/support';
import { repoRoot } from '../support/child';
import { signedInDispatch, TEST_PIN } from '../support/signIn';
import { tempDir } from '../support/tempArchive';

/** The CLI as the archive's PPID, signed in with the PIN on stdin. */
function lemari(args: string[]) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'lemari.mjs'), ...args, '--user', 'PPID Uji', '--pin-stdin'], {
    input: `${TEST_PIN}\n`,
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function archive(): Promise<string> {
  const dir = tempDir();
  const core = createCore({ archiveDir: dir, background: false });
  // The first run's PPID ("PPID Uji", the test PIN), made by the one sign-in helper.
  expect((await signedInDispatch(core, () => undefined)('entry.years', {}, { actor: 'test' })).ok).toBe(true);
  core.close();
  return dir;
}

describe('lemari import of an existing DIK with its SK, then lemari expiring', () => {
  it('imports decided exemptions with end dates that `lemari expiring` lists; usage errors name the options', async () => {
    const dir = await archive();
    const file = await writeBook(join(tempDir(), 'dik.xlsx'), [
      {
        name: 'Lembar1',
        rows: [
          ['No', 'Informasi', 'Dasar Hukum', 'Jangka Waktu'],
          [1, 'Data pribadi pemohon informasi', 'Pasal 17 huruf h angka 1 UU 14/2008', '5 (lima) tahun'],
          [2, 'Rekam medis pegawai', 'Pasal 17 UU 14/2008', '20 Tahun'],
        ],
      },
    ]);
    // The file does not say which list: a DIK is asked for by name, with its SK.
    const dry = lemari(['import', file, '--archive', dir, '--list', 'dik', '--dry-run', '--json']);
    expect(dry.code, dry.err).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ importId: null, parts: [{ list: 'dik', exemptions: { decided: 0, awaiting: 2 } }] });

    const half = lemari(['import', file, '--archive', dir, '--list', 'dik', '--sk-number', '300.2.11 / 1864 / IV / 2025']);
    expect(half.code).not.toBe(0);
    expect(half.err).toContain('--sk-date');

    const run = lemari([
      'import',
      file,
      '--archive',
      dir,
      '--list',
      'dik',
      '--sk-number',
      '300.2.11 / 1864 / IV / 2025',
      '--sk-date',
      '2025-04-14',
      '--sk-signer',
      'Rina Marlina',
      '--json',
    ]);
    expect(run.code, run.err).toBe(0);
    const result = JSON.parse(run.out) as { decisionId: number | null; parts: { exemptions?: { decided: number; toReview: number } }[] };
    expect(result.decisionId).not.toBeNull();
    // Neither row has its consequences written: both are flagged for review.
    expect(result.parts[0]?.exemptions).toMatchObject({ decided: 2, toReview: 2 });

    const expiring = lemari(['expiring', '--archive', dir, '--as-of', '2030-03-20', '--within-days', '30', '--json']);
    expect(expiring.code, expiring.err).toBe(0);
    const due = JSON.parse(expiring.out) as { entries: { judul: string; endDate: string | null; reason: string }[] };
    expect(due.entries).toEqual([
      expect.objectContaining({ judul: 'Data pribadi pemohon informasi', endDate: '2030-04-13', reason: 'ending' }),
    ]);
  }, 240_000);
});
