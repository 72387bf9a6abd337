import { createReadStream, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { toArchiveError } from '../../core/db/connection';
import { entryCategorySchema } from '../../../shared/domain/entry';
import { importListSchema } from '../../../shared/domain/entryImport';
import { isoDateSchema } from '../../../shared/domain/workingDays';
import { archiveOption, jsonOption, openArchive, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';
import { signInCli, userOptions } from '../signIn';

export const importCommand: Command = {
  name: 'import',
  summary: 'Impor DIP/DIK dari .xlsx atau .csv / import a DIP/DIK from .xlsx or .csv',
  usage:
    'lemari import FILE --user NAME [--pin-stdin] [--archive DIR] [--sheet NAME|N|all] [--list dip|dik] [--sk-number TEXT --sk-date YYYY-MM-DD [--sk-signer TEXT] [--sk-position TEXT] [--sk-scan FILE]] [--upstream-decision TEXT] [--category KATEGORI] [--allow-public-despite-dik] [--dry-run] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        ...archiveOption,
        ...jsonOption,
        ...userOptions,
        category: { type: 'string' },
        sheet: { type: 'string' },
        list: { type: 'string' },
        'allow-public-despite-dik': { type: 'boolean', default: false },
        'sk-number': { type: 'string' },
        'sk-date': { type: 'string' },
        'sk-signer': { type: 'string' },
        'sk-position': { type: 'string' },
        'sk-scan': { type: 'string' },
        'upstream-decision': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
      true,
    );
    const [file] = positionals;
    if (file === undefined || positionals.length > 1) throw new UsageError('sebutkan satu berkas / name one file');
    const path = resolve(file);
    if (!existsSync(path)) throw new UsageError(`berkas tidak ada / no such file: ${file}`);
    const category = values.category === undefined ? undefined : entryCategorySchema.safeParse(values.category);
    if (category && !category.success) throw new UsageError(`kategori: berkala | serta_merta | setiap_saat | dikecualikan`);
    const list = values.list === undefined ? undefined : importListSchema.safeParse(values.list);
    if (list && !list.success) throw new UsageError('--list dip|dik');
    const decision = decisionOf(values);
    const sheet = values.sheet === undefined ? {} : values.sheet.toLowerCase() === 'all' ? { allSheets: true } : { sheet: values.sheet };
    const core = openArchive(values.archive);
    try {
      // The same path as the app: signed in, a staged upload, then the import through dispatch. The staged
      // copy never outlives the command (a full disk used to leave it behind); SQLite's "disk full" is said as such.
      const { call } = await signInCli(core, values);
      const staged = await core.uploads.stage(createReadStream(path), basename(path));
      const scan = decision?.scanPath ? await core.uploads.stage(createReadStream(decision.scanPath), basename(decision.scanPath)) : null;
      const input = {
        upload: { uploadId: staged.uploadId },
        dryRun: values['dry-run'],
        ...sheet,
        ...(category ? { category: category.data } : {}),
        ...(list ? { list: list.data } : {}),
        ...(values['allow-public-despite-dik'] ? { allowPublicDespiteDik: true } : {}),
        ...(decision ? { decision: { ...decision.fields, scan: scan ? { uploadId: scan.uploadId } : null } } : {}),
        ...(values['upstream-decision'] ? { upstreamDecision: values['upstream-decision'] } : {}),
      };
      let result: Awaited<ReturnType<typeof call<'import.commit'>>>;
      try {
        // An undecided sheet or a DIK headed for a public category is refused by the service, naming --list.
        result = await call('import.commit', input);
      } catch (error) {
        throw toArchiveError(error) ?? error;
      } finally {
        core.uploads.discard(staged.uploadId);
        if (scan) core.uploads.discard(scan.uploadId);
      }
      if (values.json) {
        io.out(JSON.stringify(result, null, 2));
        return 0;
      }
      for (const part of result.parts) {
        io.out(`${part.sheet}: ${part.message} / ${part.messageEn}`);
        const counts = Object.entries(part.byCategory)
          .map(([category, n]) => `${category} ${String(n)}`)
          .join(', ');
        io.out(`  ${part.sheet} → ${part.list.toUpperCase()}: ${String(part.imported)} (${counts})`);
        if (part.exemptions) {
          const x = part.exemptions;
          io.out(
            `  ${String(x.decided)} ditetapkan, ${String(x.awaiting)} menunggu SK, ${String(x.toReview)} perlu ditinjau / ${String(x.decided)} decided, ${String(x.awaiting)} awaiting their SK, ${String(x.toReview)} to review`,
          );
        }
      }
      io.out(
        `${basename(path)}: ${String(result.read)} dibaca/read, ${String(result.imported)} diimpor/imported, ${String(result.rejected)} ditolak/rejected`,
      );
      if (values['dry-run']) io.out('Uji coba: tidak ada yang disimpan. / Dry run: nothing saved.');
      if (result.decisionId !== null) io.out(`SK #${String(result.decisionId)} dicatat / recorded: ${decision?.fields.number ?? ''}`);
      for (const row of result.rejectedRows) {
        for (const problem of row.problems) io.out(`  baris/row ${String(row.row)}: ${problem.message} / ${problem.messageEn}`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
};

/** The SK given on the command line: number and date together, signer and scan optional. */
function decisionOf(values: {
  'sk-number'?: string | undefined;
  'sk-date'?: string | undefined;
  'sk-signer'?: string | undefined;
  'sk-position'?: string | undefined;
  'sk-scan'?: string | undefined;
}) {
  const number = values['sk-number'];
  const date = values['sk-date'];
  if (number === undefined && date === undefined) {
    if (values['sk-signer'] !== undefined || values['sk-scan'] !== undefined || values['sk-position'] !== undefined)
      throw new UsageError('--sk-signer/--sk-position/--sk-scan perlu --sk-number dan --sk-date / need --sk-number and --sk-date');
    return null;
  }
  if (number === undefined || date === undefined) throw new UsageError('--sk-number dan --sk-date diberikan bersama / are given together');
  if (!isoDateSchema.safeParse(date).success) throw new UsageError('--sk-date YYYY-MM-DD');
  const scanPath = values['sk-scan'] === undefined ? null : resolve(values['sk-scan']);
  if (scanPath !== null && !existsSync(scanPath)) throw new UsageError(`berkas tidak ada / no such file: ${values['sk-scan'] ?? ''}`);
  return {
    fields: { number, date, signerName: values['sk-signer'] ?? '', signerPosition: values['sk-position'] ?? '' },
    scanPath,
  };
}
