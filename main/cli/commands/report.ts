import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { createCore } from '../../core/createCore';
import { defaultArchiveDir } from '../../core/support/paths';
import { archiveOption, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';

/** `lemari report`: the year's Laporan Layanan Informasi Publik as a PDF or XLSX file (by the file's extension). */
export const reportCommand: Command = {
  name: 'report',
  summary: 'Laporan Layanan Informasi Publik setahun / the yearly public information service report',
  usage: 'lemari report --year N --out FILE.pdf|FILE.xlsx [--archive DIR] [--paper a4|f4]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      ...archiveOption,
      year: { type: 'string' },
      out: { type: 'string' },
      paper: { type: 'string' },
    });
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2200)
      throw new UsageError('--year harus tahun, mis. 2026 / --year must be a year such as 2026');
    const out = values.out;
    const format = out ? extname(out).toLowerCase().slice(1) : '';
    if (!out || (format !== 'pdf' && format !== 'xlsx'))
      throw new UsageError('--out harus berakhiran .pdf atau .xlsx / --out must end in .pdf or .xlsx');
    const paper = values.paper ?? 'a4';
    if (paper !== 'a4' && paper !== 'f4') throw new UsageError('--paper harus a4 atau f4 / --paper must be a4 or f4');
    const core = createCore({ archiveDir: values.archive ?? defaultArchiveDir(), background: false });
    try {
      const reports = core.requests.reports;
      const { data } = await reports.file(year, format, paper);
      writeFileSync(out, data);
      const r = reports.report(year);
      io.out(
        `Laporan ${String(year)}: ${String(r.total)} permohonan, ${String(r.answered)} dijawab, ${String(r.objections.total)} keberatan → ${out}`,
      );
      return 0;
    } finally {
      core.close();
    }
  },
};
