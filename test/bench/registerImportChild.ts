// Child for the import benchmark: one measurement in a fresh process, so its peak RSS is that
// measurement's own. `import` runs import.commit on a new archive; `read` is the baseline,
// exceljs merely reading the same file.
import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import { createCore } from '../../main/core/createCore';
import { planSheet } from '../../main/core/import/plan';
import { readSheet } from '../../main/core/import/sheetReader';

// `sheet` and `parse` split the import where its time goes: Lemari's read (zip check, SAX) of the
// workbook alone, then that read plus detection and parsing of every row (no database).
const [mode, archiveDir, file] = process.argv.slice(2);
if ((mode !== 'import' && mode !== 'read' && mode !== 'sheet' && mode !== 'parse') || !archiveDir || !file)
  throw new Error('usage: registerImportChild import|read|sheet|parse ARCHIVE FILE');

const rssBefore = process.memoryUsage().rss;
// CPU time of this process over the measured span (every thread's): far less moved by other load on the machine than the wall clock.
let cpu: NodeJS.CpuUsage;
let ms: number;
let used: NodeJS.CpuUsage;
let rows = 0;
if (mode === 'read') {
  cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  rows = workbook.worksheets[0]?.rowCount ?? 0;
  ms = Number(process.hrtime.bigint() - start) / 1e6;
  used = process.cpuUsage(cpu);
} else if (mode === 'sheet' || mode === 'parse') {
  cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const grid = await readSheet(file, 'dip-10000.xlsx');
  const table = grid.tables[0];
  if (!table) throw new Error('no sheet');
  rows = table.rows.length;
  if (mode === 'parse') {
    const plan = planSheet(table, {
      request: { upload: { uploadId: 'bench' } },
      remembered: () => null,
      units: new Map(),
      useRequestMapping: true,
    });
    rows = plan?.parsed.rows.length ?? 0;
  }
  ms = Number(process.hrtime.bigint() - start) / 1e6;
  used = process.cpuUsage(cpu);
} else {
  const core = createCore({ archiveDir, background: false });
  const staged = await core.uploads.stage(createReadStream(file), 'dip-10000.xlsx');
  cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = await core.handlers['import.commit']({ upload: { uploadId: staged.uploadId }, dryRun: false }, { actor: 'bench' });
  ms = Number(process.hrtime.bigint() - start) / 1e6;
  used = process.cpuUsage(cpu);
  rows = result.imported;
  core.close();
}
const cpuMs = (used.user + used.system) / 1000;
process.stdout.write(
  JSON.stringify({ ms, cpuMs, rows, rssBeforeMb: rssBefore / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
