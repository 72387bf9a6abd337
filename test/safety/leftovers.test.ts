import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/createCore';
import { archiveLocationRisk } from '../../main/core/support/leftovers';
import { createDispatch } from '../../main/transport/dispatch';
import { signInTestPpid, TEST_PIN } from '../support/signIn';
import { tempDir } from '../support/tempArchive';

/** RELIABILITY #24 and issue 13 item 7: no copy of archive data left behind after a crash. */
const old = new Date(Date.now() - 10 * 60 * 1000);

function aged(path: string): string {
  utimesSync(path, old, old);
  return path;
}

/** A folder like a crashed restore leaves: a database copy and a vault object, all untouched for 10 minutes. */
function crashedRestore(path: string): string {
  mkdirSync(join(path, 'vault', 'objects', 'ab'), { recursive: true });
  aged(writeFileAged(join(path, 'lemari.sqlite'), 'SQLite format 3\0 rahasia KNRLEFTQ7X'));
  aged(writeFileAged(join(path, 'vault', 'objects', 'ab', 'scan'), 'pindaian rahasia'));
  aged(join(path, 'vault', 'objects', 'ab'));
  aged(join(path, 'vault', 'objects'));
  aged(join(path, 'vault'));
  return aged(path);
}

function writeFileAged(path: string, text: string): string {
  writeFileSync(path, text);
  return aged(path);
}

describe('leftovers of a crash are removed at the next start and reported', () => {
  it('temp test restores, a restore staged beside the target, partial backups, staged uploads', () => {
    const parent = tempDir('lemari-left-');
    const archiveDir = join(parent, 'arsip');
    createCore({ archiveDir, background: false }).close();
    const testRestore = crashedRestore(join(tmpdir(), `lemari-uji-pulih-${String(process.pid)}x`));
    const running = join(tmpdir(), `lemari-uji-pulih-${String(process.pid)}live`);
    mkdirSync(running);
    writeFileSync(join(running, 'lemari.sqlite'), 'masih ditulis');
    const beside = crashedRestore(join(parent, `.arsip.pulih-0a1b2c3d`));
    const otherArchive = crashedRestore(join(parent, `.lain.pulih-0a1b2c3d`));
    mkdirSync(join(archiveDir, 'backups'), { recursive: true });
    const partial = writeFileAged(join(archiveDir, 'backups', '.lemari-dinas-2026.lemari-backup.partial'), 'separuh cadangan');
    const upload = writeFileAged(join(archiveDir, 'tmp', 'uploads', '4f1c2d3e-1111-4222-8333-944455566677'), 'unggahan');
    writeFileSync(`${upload}.json`, '{"name":"x.pdf"}');

    const core = createCore({ archiveDir, background: false });
    try {
      const removed = core.startup.leftovers.map((leftover) => [leftover.kind, leftover.path]);
      expect(removed).toEqual(
        expect.arrayContaining([
          ['test_restore', testRestore],
          ['restore_staging', beside],
          ['backup_partial', partial],
          ['upload', upload],
        ]),
      );
      for (const path of [testRestore, beside, partial, upload, `${upload}.json`]) expect(existsSync(path), path).toBe(false);
      // Still being written (touched just now), or another archive's restore: left alone.
      expect(existsSync(running)).toBe(true);
      expect(existsSync(otherArchive)).toBe(true);
      expect(core.startup.locationRisk).toBeNull();
    } finally {
      core.close();
      rmSync(running, { recursive: true, force: true });
    }
  });

  it('the CLI says what it removed', () => {
    const archiveDir = join(tempDir('lemari-left-cli-'), 'arsip');
    createCore({ archiveDir, background: false }).close();
    crashedRestore(join(dirname(archiveDir), `.${basename(archiveDir)}.pulih-00ff00ff`));
    const run = spawnSync(process.execPath, ['bin/lemari.mjs', 'info', '--archive', archiveDir], { encoding: 'utf8' });
    expect(run.stderr).toContain('Sisa dihapus / leftover removed (pemulihan yang terputus / interrupted restore)');
  });
});

describe('the archive on a removable, network or synced folder is warned about', () => {
  it.each([
    ['C:\\Users\\siti\\OneDrive - Pemkab Sukamaju\\Lemari', 'synced'],
    ['C:\\Users\\siti\\OneDrive\\Lemari', 'synced'],
    ['/home/siti/Dropbox/lemari', 'synced'],
    ['/home/siti/Dropbox (Pemkab)/lemari', 'synced'],
    ['G:\\My Drive\\Lemari', 'synced'],
    ['/Users/siti/Google Drive/Lemari', 'synced'],
    ['/media/siti/FLASHDISK/lemari', 'removable'],
    ['/run/media/siti/USB/lemari', 'removable'],
    ['/mnt/usb/lemari', 'removable'],
    ['\\\\server\\ppid\\lemari', 'network'],
    ['//server/ppid/lemari', 'network'],
    ['/home/siti/Dokumen/lemari', null],
    ['C:\\Users\\siti\\AppData\\Roaming\\Lemari', null],
    ['/home/siti/dropboxes-old/lemari', null],
  ])('%s → %s', (path, risk) => {
    expect(archiveLocationRisk(path)).toBe(risk);
  });

  it('a drive letter the OS reports as removable', () => {
    expect(archiveLocationRisk('E:\\Lemari', ['E:'])).toBe('removable');
    expect(archiveLocationRisk('D:\\Lemari', ['E:'])).toBeNull();
  });
});

const isRoot = process.getuid?.() === 0;
describe('CLI import on a full disk', () => {
  it.skipIf(!isRoot)('says the disk is full and leaves no staged copy (real 2 MB tmpfs; needs root)', async () => {
    const mount = tempDir('lemari-full-');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]);
    try {
      const archiveDir = join(mount, 'arsip');
      // A CSV in the app's own export format: the staged copy fits, the imported rows do not.
      const source = createCore({ archiveDir: tempDir('lemari-full-src-'), background: false });
      const made = await source.exports.render({ list: 'dip', format: 'csv', year: 2026, paper: 'a4', layout: 'daftar', editionId: null });
      source.close();
      const header = made.data.toString('utf8').split(/\r?\n/)[0] ?? '';
      // The export writes the separator Excel expects in an Indonesian locale; the rows follow it.
      const separator = header.includes(';') ? ';' : ',';
      const rows = Array.from({ length: 6000 }, (_, i) =>
        [
          'Berkala',
          String(i + 1),
          `Laporan keuangan triwulan ${String(i)}`,
          `Ringkasan laporan keuangan yang cukup panjang ${String(i)}`,
          'Bagian Keuangan',
          'Kepala Bagian',
          '2026',
          'Kantor',
          'Hardcopy',
        ].join(separator),
      );
      const csv = join(tempDir('lemari-full-csv-'), 'daftar.csv');
      writeFileSync(csv, `${header}\n${rows.join('\n')}\n`);
      // The archive's first run: the PPID's account, who then imports from the CLI with the PIN on stdin.
      const made2 = createCore({ archiveDir, background: false });
      await signInTestPpid(createDispatch(made2));
      made2.close();
      const run = spawnSync(
        process.execPath,
        ['bin/lemari.mjs', 'import', csv, '--list', 'dip', '--archive', archiveDir, '--user', 'PPID Uji', '--pin-stdin'],
        { encoding: 'utf8', input: `${TEST_PIN}\n` },
      );
      const said = `${run.stdout}${run.stderr}`;
      expect(run.status, said).not.toBe(0);
      expect(said).toMatch(/disk penuh|ruang disk|disk is full|disk full/i);
      expect(said).not.toMatch(/unexpected|tak terduga/i);
      expect(readdirSync(join(archiveDir, 'tmp', 'uploads'))).toEqual([]);
    } finally {
      execFileSync('umount', [mount]);
    }
  });
});
