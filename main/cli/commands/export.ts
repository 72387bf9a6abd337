import { writeFileSync } from 'node:fs';
import { exportFormatSchema, exportRequestSchema, listKindSchema, paperSizeSchema } from '../../../shared/domain/export';
import { archiveOption, openArchive, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';

function parseYear(value: string | undefined): number | null {
  if (value === undefined) return null;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new UsageError(`--year "${value}" bukan tahun / is not a year`);
  return year;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Ekspor DIP/DIK ke PDF, XLSX, CSV, JSON atau HTML / export the DIP or DIK',
  usage:
    'lemari export --list dip|dik --format pdf|xlsx|csv|json|html --out FILE [--year N] [--paper a4|f4] [--layout daftar|lampiran] [--archive DIR]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      ...archiveOption,
      list: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      year: { type: 'string' },
      paper: { type: 'string', default: 'a4' },
      layout: { type: 'string', default: 'daftar' },
    });
    const list = listKindSchema.safeParse(values.list);
    const format = exportFormatSchema.safeParse(values.format);
    const paper = paperSizeSchema.safeParse(values.paper);
    if (!list.success) throw new UsageError('--list harus dip atau dik / must be dip or dik');
    if (!format.success) throw new UsageError('--format harus pdf, xlsx, csv, json atau html / must be pdf, xlsx, csv, json or html');
    if (!paper.success) throw new UsageError('--paper harus a4 atau f4 / must be a4 or f4');
    if (values.out === undefined) throw new UsageError('--out FILE wajib / is required');
    const request = exportRequestSchema.parse({
      list: list.data,
      format: format.data,
      paper: paper.data,
      layout: values.layout,
      year: parseYear(values.year),
    });
    const core = openArchive(values.archive);
    try {
      const made = await core.exports.render(request);
      writeFileSync(values.out, made.data);
      io.out(`${values.out} (${String(made.data.length)} bytes)`);
      return 0;
    } finally {
      core.close();
    }
  },
};
