import { entryCategorySchema, categoryHeadings, type EntryCategory } from '../../../shared/domain/entry';
import { archiveOption, jsonOption, openArchive, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';

const PAGE = 500;

export const listCommand: Command = {
  name: 'list',
  summary: 'Tampilkan entri DIP / print register entries',
  usage: 'lemari list [--archive DIR] [--category KATEGORI] [--search TEXT] [--json]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      ...archiveOption,
      ...jsonOption,
      category: { type: 'string' },
      search: { type: 'string' },
    });
    let category: EntryCategory | null = null;
    if (values.category !== undefined) {
      const parsed = entryCategorySchema.safeParse(values.category);
      if (!parsed.success) throw new UsageError('kategori: berkala | serta_merta | setiap_saat | dikecualikan');
      category = parsed.data;
    }
    const core = openArchive(values.archive);
    try {
      const query = {
        search: values.search ?? '',
        category,
        unitId: null,
        year: null,
        bentuk: null,
        deleted: 'active' as const,
        sort: 'number' as const,
        direction: 'asc' as const,
        grouped: true,
        withCounts: false,
      };
      const rows = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await core.handlers['entry.list']({ ...query, offset, limit: PAGE }, { actor: 'cli' });
        rows.push(...page.rows);
        if (offset + PAGE >= page.total) break;
      }
      if (values.json) {
        io.out(JSON.stringify(rows, null, 2));
        return 0;
      }
      let heading: EntryCategory | null = null;
      for (const entry of rows) {
        if (entry.category !== heading) {
          heading = entry.category;
          io.out('');
          io.out(categoryHeadings[heading].toUpperCase());
        }
        const holder = entry.unitName ?? entry.unitText;
        io.out(
          `  ${String(entry.id).padStart(6)}  ${entry.judul}${holder ? ` — ${holder}` : ''}${entry.year ? ` (${String(entry.year)})` : ''}`,
        );
      }
      io.out('');
      io.out(`${String(rows.length)} entri / entries`);
      return 0;
    } finally {
      core.close();
    }
  },
};
