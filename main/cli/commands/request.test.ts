import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../core/createCore';
import { signedInDispatch, TEST_PIN } from '../../../test/support/signIn';
import { repoRoot } from '../../../test/support/child';
import { walkIn } from '../../../test/support/requestFixtures';
import { tempDir } from '../../../test/support/tempArchive';
import type { RequestSummary } from '../../../shared/domain/request';
import { main } from '../../cli';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

/** An archive with one request received a minute ago (the CLI runs on the real clock). */
async function archiveWithRequest(): Promise<string> {
  const dir = tempDir();
  const core = createCore({ archiveDir: dir, background: false });
  try {
    const received = new Date(Date.now() - 60_000).toISOString();
    const result = await signedInDispatch(core)('request.create', { fields: walkIn(received) }, { actor: 'test' });
    expect(result.ok).toBe(true);
  } finally {
    core.close();
  }
  return dir;
}

describe('lemari request list and lemari report', () => {
  it('lists the register as JSON, filtered by status and by working days left', async () => {
    const dir = await archiveWithRequest();
    const all = capture();
    expect(await main(['request', 'list', '--archive', dir, '--json'], all.io)).toBe(0);
    const rows = JSON.parse(all.out.join('\n')) as RequestSummary[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'diterima', workingDaysLeft: 10 });
    const soon = capture();
    expect(await main(['request', 'list', '--archive', dir, '--due-within', '3', '--json'], soon.io)).toBe(0);
    expect(JSON.parse(soon.out.join('\n'))).toEqual([]);
    const refused = capture();
    expect(await main(['request', 'list', '--archive', dir, '--status', 'ditolak'], refused.io)).toBe(0);
    expect(refused.out.join('\n')).toContain('Belum ada permohonan');
    const bad = capture();
    expect(await main(['request', 'list', '--archive', dir, '--status', 'selesai'], bad.io)).toBe(1);
  });

  it('writes the year’s report as PDF and XLSX', async () => {
    const dir = await archiveWithRequest();
    const year = String(new Date().getUTCFullYear());
    const pdf = join(dir, 'laporan.pdf');
    const run = capture();
    expect(await main(['report', '--archive', dir, '--year', year, '--out', pdf], run.io)).toBe(0);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(`LAPORAN LAYANAN INFORMASI PUBLIK TAHUN ${year}`);
    expect(await main(['report', '--archive', dir, '--year', year, '--out', join(dir, 'laporan.xlsx')], capture().io)).toBe(0);
    expect(await main(['report', '--archive', dir, '--year', year, '--out', join(dir, 'laporan.doc')], capture().io)).toBe(1);
  });
});

describe('lemari request export', () => {
  it('writes the year’s Buku Register Permohonan as XLSX and the Buku Register Keberatan as F4 PDF, signed in; refuses without a person', async () => {
    const dir = await archiveWithRequest();
    const year = String(new Date().getUTCFullYear());
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'bin', 'lemari.mjs'), 'request', 'export', '--archive', dir, '--year', year, ...args], {
        input: `${TEST_PIN}\n`,
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const xlsx = join(dir, 'register.xlsx');
    const made = run(['--kind', 'permohonan', '--out', xlsx, '--user', 'PPID Uji', '--pin-stdin']);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('Buku Register Permohonan Informasi Publik');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const names = book.worksheets[0]?.getColumn(4).values.filter((v): v is string => typeof v === 'string');
    expect(names).toContain('Siti Aminah');

    const pdf = join(dir, 'keberatan.pdf');
    expect(run(['--kind', 'keberatan', '--format', 'pdf', '--paper', 'f4', '--out', pdf, '--user', 'PPID Uji', '--pin-stdin']).status).toBe(
      0,
    );
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+935\.\d+ x 609\.\d+/);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(`BUKU REGISTER KEBERATAN TAHUN ${year}`);

    // Personal data: no person, no book.
    const anonymous = run(['--kind', 'permohonan', '--out', join(dir, 'x.xlsx')]);
    expect(anonymous.status).not.toBe(0);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    expect(run(['--kind', 'ppid', '--out', join(dir, 'y.xlsx'), '--user', 'PPID Uji', '--pin-stdin']).status).not.toBe(0);
  }, 180_000);
});
