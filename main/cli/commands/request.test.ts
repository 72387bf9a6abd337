import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../core/createCore';
import { signedInDispatch } from '../../../test/support/signIn';
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
