// Child for the import benchmark: one measurement in a fresh process, so its peak RSS is that
// measurement's own. `import` runs import.commit on a new archive; `read` is the baseline,
// exceljs merely reading the same file.
import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import { createCore } from '../../main/core/createCore';

const [mode, archiveDir, file] = process.argv.slice(2);
if ((mode !== 'import' && mode !== 'read') || !archiveDir || !file) throw new Error('usage: registerImportChild import|read ARCHIVE FILE');

const rssBefore = process.memoryUsage().rss;
let ms: number;
let rows = 0;
if (mode === 'read') {
  const start = process.hrtime.bigint();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  rows = workbook.worksheets[0]?.rowCount ?? 0;
  ms = Number(process.hrtime.bigint() - start) / 1e6;
} else {
  const core = createCore({ archiveDir, background: false });
  const staged = await core.uploads.stage(createReadStream(file), 'dip-10000.xlsx');
  const start = process.hrtime.bigint();
  const result = await core.handlers['import.commit']({ upload: { uploadId: staged.uploadId }, dryRun: false }, { actor: 'bench' });
  ms = Number(process.hrtime.bigint() - start) / 1e6;
  rows = result.imported;
  core.close();
}
process.stdout.write(JSON.stringify({ ms, rows, rssBeforeMb: rssBefore / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
