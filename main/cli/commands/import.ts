import { createReadStream, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { entryCategorySchema } from '../../../shared/domain/entry';
import { archiveOption, jsonOption, openArchive, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';
import { signInCli, userOptions } from '../signIn';

export const importCommand: Command = {
  name: 'import',
  summary: 'Impor DIP/DIK dari .xlsx atau .csv / import a DIP/DIK from .xlsx or .csv',
  usage: 'lemari import FILE --user NAME [--pin-stdin] [--archive DIR] [--category KATEGORI] [--dry-run] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...archiveOption, ...jsonOption, ...userOptions, category: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
      true,
    );
    const [file] = positionals;
    if (file === undefined || positionals.length > 1) throw new UsageError('sebutkan satu berkas / name one file');
    const path = resolve(file);
    if (!existsSync(path)) throw new UsageError(`berkas tidak ada / no such file: ${file}`);
    const category = values.category === undefined ? undefined : entryCategorySchema.safeParse(values.category);
    if (category && !category.success) throw new UsageError(`kategori: berkala | serta_merta | setiap_saat | dikecualikan`);
    const core = openArchive(values.archive);
    try {
      // The same path as the app: signed in, a staged upload, then the import through dispatch.
      const { call } = await signInCli(core, values);
      const staged = await core.uploads.stage(createReadStream(path), basename(path));
      const result = await call('import.commit', {
        upload: { uploadId: staged.uploadId },
        dryRun: values['dry-run'],
        ...(category ? { category: category.data } : {}),
      });
      if (values['dry-run']) core.uploads.discard(staged.uploadId);
      if (values.json) {
        io.out(JSON.stringify(result, null, 2));
        return 0;
      }
      io.out(
        `${basename(path)}: ${String(result.read)} dibaca/read, ${String(result.imported)} diimpor/imported, ${String(result.rejected)} ditolak/rejected`,
      );
      if (values['dry-run']) io.out('Uji coba: tidak ada yang disimpan. / Dry run: nothing saved.');
      for (const row of result.rejectedRows) {
        for (const problem of row.problems) io.out(`  baris/row ${String(row.row)}: ${problem.message} / ${problem.messageEn}`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
};
