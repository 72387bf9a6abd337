import type { ListKind } from '../../../shared/domain/export';
import { archiveOption, openArchive, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';

export const publishCommand: Command = {
  name: 'publish',
  summary: 'Paket situs web dari edisi yang diterbitkan / website package of the published editions',
  usage: 'lemari publish --out DIR [--year N] [--list dip|dik] [--archive DIR]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      ...archiveOption,
      out: { type: 'string' },
      year: { type: 'string' },
      list: { type: 'string' },
    });
    if (values.out === undefined) throw new UsageError('--out DIR wajib / is required');
    if (values.list !== undefined && values.list !== 'dip' && values.list !== 'dik')
      throw new UsageError('--list harus dip atau dik / must be dip or dik');
    const core = openArchive(values.archive);
    try {
      const editions = await core.handlers['edition.list']({}, { actor: 'cli' });
      const year = values.year === undefined ? (editions[0]?.year ?? null) : Number(values.year);
      const lists: ListKind[] = values.list === undefined ? ['dip', 'dik'] : [values.list];
      // The newest edition of each list for that year (editions come newest first).
      const chosen = lists.flatMap((list) => editions.filter((edition) => edition.list === list && edition.year === year).slice(0, 1));
      if (chosen.length === 0) {
        io.err(`Galat: belum ada edisi yang diterbitkan${year === null ? '' : ` untuk tahun ${String(year)}`}.`);
        io.err(`Error: no published edition${year === null ? '' : ` for ${String(year)}`}.`);
        return 1;
      }
      for (const edition of chosen) {
        const made = await core.publish.toFolder(edition.id, values.out);
        io.out(`${made.folder} (${String(made.files.length)} berkas / files)`);
        io.out(`${made.zip} sha256 ${made.zipSha256}`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
};
