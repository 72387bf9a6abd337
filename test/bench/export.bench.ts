// Issue 6's benchmarks: a 10,000-entry DIP as PDF and as XLSX (time and peak RSS, each in its own
// process), and our PDF against LibreOffice headless converting our own XLSX of the same list to
// PDF (what an office would do today). LibreOffice is optional: without it the ratio is skipped, said plainly.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, table } from './measure';

const ROWS = 10_000;
const RUNS = 3;

interface Measured {
  ms: number;
  maxRssMB: number;
  bytes: number;
}

function child(format: 'pdf' | 'xlsx', out: string): Measured {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'export.child.ts'), format, out, String(ROWS)],
    { encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Measured;
}

function best(format: 'pdf' | 'xlsx', out: string): Measured {
  const runs = Array.from({ length: RUNS }, () => child(format, out));
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

function libreOffice(): string | null {
  for (const name of ['libreoffice', 'soffice']) {
    if (spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0) return name;
  }
  return null;
}

export default function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lemari-bench-export-'));
  try {
    const pdf = best('pdf', join(dir, 'dip.pdf'));
    const xlsx = best('xlsx', join(dir, 'dip.xlsx'));
    const pages = /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [join(dir, 'dip.pdf')], { encoding: 'utf8' }).stdout)?.[1] ?? '?';
    const rows: Array<Record<string, string | number>> = [
      {
        measure: `DIP ${String(ROWS)} rows → PDF (A4, embedded Noto Sans, ${pages} pages)`,
        time: fmt(pdf.ms),
        peakRssMB: Math.round(pdf.maxRssMB),
        size: `${(pdf.bytes / 1e6).toFixed(2)} MB`,
      },
      {
        measure: `DIP ${String(ROWS)} rows → XLSX (streaming writer)`,
        time: fmt(xlsx.ms),
        peakRssMB: Math.round(xlsx.maxRssMB),
        size: `${(xlsx.bytes / 1e6).toFixed(2)} MB`,
      },
    ];
    const lo = libreOffice();
    if (lo === null) {
      console.log(
        'LibreOffice not installed: the PDF-vs-LibreOffice ratio is not measured (apt-get install -y --no-install-recommends libreoffice-calc).',
      );
    } else {
      const profile = join(dir, 'lo-profile');
      const start = process.hrtime.bigint();
      execFileSync(
        lo,
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          join(dir, 'lo'),
          join(dir, 'dip.xlsx'),
        ],
        { stdio: 'ignore' },
      );
      const loMs = Number(process.hrtime.bigint() - start) / 1e6;
      const loPages = /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [join(dir, 'lo', 'dip.pdf')], { encoding: 'utf8' }).stdout)?.[1] ?? '?';
      rows.push({
        measure: `LibreOffice headless: our XLSX → PDF (${loPages} pages, first run incl. start-up)`,
        time: fmt(loMs),
        peakRssMB: '-',
        size: '-',
      });
      rows.push({ measure: 'ratio LibreOffice / Lemari PDF', time: `${(loMs / pdf.ms).toFixed(1)}×`, peakRssMB: '-', size: '-' });
    }
    table(rows);
    console.log(
      `Best of ${String(RUNS)} runs each for Lemari; goals (issue 6): PDF < 3 s and ≥ 5× faster than LibreOffice, XLSX < 1.5 s, RSS < 300 MB.`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return Promise.resolve();
}
