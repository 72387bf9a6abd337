import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../shared/domain/entry';
import { editionSchema } from '../../shared/domain/edition';
import { createCore } from '../../main/core/createCore';
import { signedInDispatch, TEST_PIN } from '../support/signIn';
import { pdfBytes } from '../contract/samples/fixtures';
import { repoRoot } from '../support/child';
import { tempDir } from '../support/tempArchive';

/** The CLI as the PPID of the archive (signed in with the PIN on stdin). */
function lemari(args: string[]) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'lemari.mjs'), ...args, '--user', 'PPID Uji', '--pin-stdin'], {
    input: `${TEST_PIN}\n`,
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** An archive holding public entries of two years, made through dispatch as the app makes them. */
async function archiveWithEntries(): Promise<string> {
  const dir = tempDir();
  const core = createCore({ archiveDir: dir, background: false });
  const dispatch = signedInDispatch(core, () => undefined);
  for (const [judul, year] of [
    ['Laporan keuangan', 2025],
    ['Profil PPID', 2026],
  ] as const) {
    const made = await dispatch('entry.create', { fields: { ...emptyEntryFields('berkala', year), judul } }, { actor: 'test' });
    expect(made.ok).toBe(true);
  }
  core.close();
  return dir;
}

const decision = ['--sk-number', '300.2.11 / 12 / I / 2026', '--sk-date', '2026-01-12', '--signer-name', 'Ir. Bambang Wibowo'];

describe('lemari edition', () => {
  it('publishes the DIP of a year with its SK scan, then lists it as JSON', async () => {
    const archive = await archiveWithEntries();
    const scan = join(tempDir(), 'SK DIP 2026.pdf');
    writeFileSync(scan, await pdfBytes(1, 'SK DIP'));
    const published = lemari([
      'edition',
      'publish',
      '--archive',
      archive,
      '--list',
      'dip',
      '--year',
      '2026',
      ...decision,
      '--signer-position',
      'Kepala Dinas',
      '--place',
      'Sukamaju',
      '--scan',
      scan,
      '--json',
    ]);
    expect(published.err).toBe('');
    expect(published.code).toBe(0);
    const edition = editionSchema.parse(JSON.parse(published.out));
    // Both entries, 2025 and 2026: the DIP of 2026 is all the public information held.
    expect(edition).toMatchObject({ list: 'dip', year: 2026, rowCount: 2, scanName: 'SK DIP 2026.pdf', publishedBy: 'PPID Uji' });

    const listed = lemari(['edition', 'list', '--archive', archive, '--json']);
    expect(listed.code).toBe(0);
    const editions = editionSchema.array().parse(JSON.parse(listed.out));
    expect(editions.map((e) => e.id)).toEqual([edition.id]);

    const human = lemari(['edition', 'list', '--archive', archive]);
    expect(human.code).toBe(0);
    expect(human.out).toContain('DIP 2026');
    expect(human.out).toContain('SK DIP 2026.pdf');
  }, 120_000);

  it('refuses in both languages: a missing option, an empty DIK, a bad date', async () => {
    const archive = await archiveWithEntries();
    const missing = lemari(['edition', 'publish', '--archive', archive, '--list', 'dip', '--year', '2026', ...decision]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('--signer-position wajib / --signer-position is required');

    const emptyDik = lemari([
      'edition',
      'publish',
      '--archive',
      archive,
      '--list',
      'dik',
      '--year',
      '2026',
      ...decision,
      '--signer-position',
      'Sekda',
      '--place',
      'Sukamaju',
    ]);
    expect(emptyDik.code).toBe(1);
    expect(emptyDik.err).toMatch(/^Galat: .+\nError: .+/m);

    const badDate = lemari([
      'edition',
      'publish',
      '--archive',
      archive,
      '--list',
      'dip',
      '--year',
      '2026',
      ...decision.slice(0, 2),
      '--sk-date',
      '12/01/2026',
      '--signer-name',
      'X',
      '--signer-position',
      'Y',
      '--place',
      'Z',
    ]);
    expect(badDate.code).toBe(1);
    expect(badDate.err).toContain('Galat:');
    expect(badDate.err).not.toContain('at ');

    const none = lemari(['edition', 'list', '--archive', archive]);
    expect(none.code).toBe(0);
    expect(none.out).toContain('Belum ada edisi');
    expect(lemari(['edition', 'frobnicate', '--archive', archive]).code).toBe(1);
  }, 120_000);
});
