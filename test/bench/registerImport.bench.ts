// Issue 3's import benchmark: a 10,000-row DIP workbook, time and peak RSS, against the baseline
// of exceljs merely reading the same file. Each run is a fresh `node --import tsx` child that
// does only that one thing, so process.resourceUsage().maxRSS is its own peak.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMessyWorkbook } from '../fixtures/registerWorkbook';
import { fmt, percentile, table } from './measure';

interface ChildResult {
  ms: number;
  rows: number;
  rssBeforeMb: number;
  maxRssMb: number;
}

const RUNS = 3;

function child(mode: 'import' | 'read', archiveDir: string, file: string): ChildResult {
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
    const reads: ChildResult[] = [];
    const imports: ChildResult[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      reads.push(child('read', join(dir, `unused-${String(i)}`), file));
      imports.push(child('import', join(dir, `arsip-${String(i)}`), file));
    }
    const med = (list: ChildResult[], key: 'ms' | 'maxRssMb') =>
      percentile(
        list.map((r) => r[key]),
        50,
      );
    const mb = (value: number) => `${value.toFixed(0)} MB`;
    table([
      {
        run: 'exceljs readFile (baseline)',
        'median time': fmt(med(reads, 'ms')),
        'peak RSS median': mb(med(reads, 'maxRssMb')),
        'peak RSS max': mb(Math.max(...reads.map((r) => r.maxRssMb))),
        'RSS at start': mb(reads[0]?.rssBeforeMb ?? 0),
        rows: reads[0]?.rows ?? 0,
      },
      {
        run: 'lemari import.commit',
        'median time': fmt(med(imports, 'ms')),
        'peak RSS median': mb(med(imports, 'maxRssMb')),
        'peak RSS max': mb(Math.max(...imports.map((r) => r.maxRssMb))),
        'RSS at start': mb(imports[0]?.rssBeforeMb ?? 0),
        rows: imports[0]?.rows ?? 0,
      },
    ]);
    console.log(
      `time ratio import / read: ${(med(imports, 'ms') / med(reads, 'ms')).toFixed(2)}×, peak RSS ratio: ${(med(imports, 'maxRssMb') / med(reads, 'maxRssMb')).toFixed(2)}×`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
