// Issue 3's import benchmark: a 10,000-row DIP workbook, time and peak RSS, against the baseline
// of exceljs merely reading the same file. Each run is a fresh `node --import tsx` child that
// does only that one thing, so process.resourceUsage().maxRSS is its own peak.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMessyWorkbook } from '../fixtures/registerWorkbook';
import { fmt, percentile, table } from './measure';

interface ChildResult {
  ms: number;
  cpuMs: number;
  rows: number;
  rssBeforeMb: number;
  maxRssMb: number;
}

const RUNS = 5;

function child(mode: 'import' | 'read' | 'sheet' | 'parse', archiveDir: string, file: string): ChildResult {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'registerImportChild.ts'), mode, archiveDir, file],
    {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    },
  );
  return JSON.parse(out) as ChildResult;
}

export default async function registerImportBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lemari-bench-import-'));
  try {
    const file = join(dir, 'dip-10000.xlsx');
    await writeMessyWorkbook(file, 10_000 - 6);
    console.log('\n### Import of a 10,000-row DIP workbook (each run in its own child process)');
    const loadAtStart = loadavg();
    const reads: ChildResult[] = [];
    const imports: ChildResult[] = [];
    const sheets: ChildResult[] = [];
    const parses: ChildResult[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      reads.push(child('read', join(dir, `unused-${String(i)}`), file));
      imports.push(child('import', join(dir, `arsip-${String(i)}`), file));
      sheets.push(child('sheet', join(dir, `unused-${String(i)}`), file));
      parses.push(child('parse', join(dir, `unused-${String(i)}`), file));
    }
    const med = (list: ChildResult[], key: 'ms' | 'cpuMs' | 'maxRssMb') =>
      percentile(
        list.map((r) => r[key]),
        50,
      );
    const mb = (value: number) => `${value.toFixed(0)} MB`;
    table([
      {
        run: 'exceljs readFile (baseline)',
        'median time': fmt(med(reads, 'ms')),
        'median CPU': fmt(med(reads, 'cpuMs')),
        'peak RSS median': mb(med(reads, 'maxRssMb')),
        'peak RSS max': mb(Math.max(...reads.map((r) => r.maxRssMb))),
        'RSS at start': mb(reads[0]?.rssBeforeMb ?? 0),
        rows: reads[0]?.rows ?? 0,
      },
      {
        run: 'lemari read only (zip check + SAX)',
        'median time': fmt(med(sheets, 'ms')),
        'median CPU': fmt(med(sheets, 'cpuMs')),
        'peak RSS median': mb(med(sheets, 'maxRssMb')),
        'peak RSS max': mb(Math.max(...sheets.map((r) => r.maxRssMb))),
        'RSS at start': mb(sheets[0]?.rssBeforeMb ?? 0),
        rows: sheets[0]?.rows ?? 0,
      },
      {
        run: 'lemari read + detect + parse',
        'median time': fmt(med(parses, 'ms')),
        'median CPU': fmt(med(parses, 'cpuMs')),
        'peak RSS median': mb(med(parses, 'maxRssMb')),
        'peak RSS max': mb(Math.max(...parses.map((r) => r.maxRssMb))),
        'RSS at start': mb(parses[0]?.rssBeforeMb ?? 0),
        rows: parses[0]?.rows ?? 0,
      },
      {
        run: 'lemari import.commit',
        'median time': fmt(med(imports, 'ms')),
        'median CPU': fmt(med(imports, 'cpuMs')),
        'peak RSS median': mb(med(imports, 'maxRssMb')),
        'peak RSS max': mb(Math.max(...imports.map((r) => r.maxRssMb))),
        'RSS at start': mb(imports[0]?.rssBeforeMb ?? 0),
        rows: imports[0]?.rows ?? 0,
      },
    ]);
    const ratio = med(imports, 'ms') / med(reads, 'ms');
    const peak = Math.max(...imports.map((r) => r.maxRssMb));
    console.log(
      `time ratio import / read: ${ratio.toFixed(2)}×, CPU time ratio: ${(med(imports, 'cpuMs') / med(reads, 'cpuMs')).toFixed(2)}×, peak RSS ratio: ${(med(imports, 'maxRssMb') / med(reads, 'maxRssMb')).toFixed(2)}×`,
    );
    // Each pair of runs side by side: the load moves within a run too.
    console.log(`pairs (import / read): ${imports.map((r, i) => `${(r.ms / (reads[i]?.ms ?? Number.NaN)).toFixed(2)}×`).join(', ')}`);
    const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
    console.log(`load average (1, 5, 15 min) at start: ${load(loadAtStart)}; at end: ${load(loadavg())}`);
    // Issue 11 item 7's goals, judged in this run.
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `goals: ratio ≤ 2× ${verdict(ratio <= 2)}; import < 3 s ${verdict(med(imports, 'ms') < 3000)}; peak RSS < 300 MB ${verdict(peak < 300)} (max ${peak.toFixed(0)} MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
