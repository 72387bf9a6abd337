import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Method, MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { Edition } from '../../../shared/domain/edition';
import type { Core } from '../../core/createCore';
import { LemariError } from '../../../shared/api/errors';
import { archiveOption, jsonOption, openArchive, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError, type CliIo } from '../io';
import { signInCli, userOptions } from '../signIn';

const USAGE =
  'lemari edition publish --list dip|dik --year N --sk-number TEXT --sk-date YYYY-MM-DD --signer-name TEXT --signer-position TEXT ' +
  '[--signer-nip N] [--place TEXT] [--scan FILE] [--json] [--archive DIR] --user NAME [--pin-stdin] | lemari edition list [--json] [--archive DIR] --user NAME [--pin-stdin]';

/** A call refused by main, carried out of `call` so the command prints both languages and exits 1. */
class Refused extends Error {
  constructor(
    readonly messageId: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

/**
 * Every call goes through dispatch, as the app's own calls do: the input is checked with the same
 * schema and a refusal comes back in words. Who is acting is decided here once (sign-in adds it).
 */
async function caller(core: Core, values: { user?: string | undefined; 'pin-stdin'?: boolean | undefined }) {
  const { call } = await signInCli(core, values);
  return async <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    try {
      return await call(method, input);
    } catch (error) {
      if (error instanceof LemariError) throw new Refused(error.message, error.messageEn);
      throw error;
    }
  };
}

function line(edition: Edition): string {
  const scan = edition.scanName === null ? 'tanpa pindaian SK / no SK scan' : `pindaian SK / SK scan: ${edition.scanName}`;
  return `#${String(edition.id).padEnd(4)} ${edition.list.toUpperCase()} ${String(edition.year)}  ${edition.decision.number}  ${edition.decision.date}  ${String(edition.rowCount)} baris / rows  ${scan}`;
}

async function publish(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    ...archiveOption,
    ...jsonOption,
    ...userOptions,
    list: { type: 'string' },
    year: { type: 'string' },
    'sk-number': { type: 'string' },
    'sk-date': { type: 'string' },
    'signer-name': { type: 'string' },
    'signer-position': { type: 'string' },
    'signer-nip': { type: 'string' },
    place: { type: 'string' },
    scan: { type: 'string' },
  });
  const list = values.list;
  if (list !== 'dip' && list !== 'dik') throw new UsageError('--list harus dip atau dik / --list must be dip or dik');
  const year = Number(values.year);
  if (values.year === undefined || !Number.isInteger(year))
    throw new UsageError('--year N wajib, mis. 2026 / --year N is required, e.g. 2026');
  for (const name of ['sk-number', 'sk-date', 'signer-name', 'signer-position'] as const)
    if (values[name] === undefined) throw new UsageError(`--${name} wajib / --${name} is required`);
  if (values.scan !== undefined && (!existsSync(values.scan) || !statSync(values.scan).isFile()))
    throw new UsageError(`berkas pindaian tidak ditemukan: ${values.scan} / scan file not found: ${values.scan}`);

  const core = openArchive(values.archive);
  try {
    const call = await caller(core, values);
    // The place of signing defaults to the agency's city, as the form's default signature does.
    const place = values.place ?? (await call('agency.get', {})).city;
    const scan =
      values.scan === undefined
        ? null
        : { uploadId: (await core.uploads.stage(createReadStream(values.scan), basename(values.scan))).uploadId };
    const edition = await call('edition.publish', {
      list,
      year,
      decision: {
        number: values['sk-number'] ?? '',
        date: values['sk-date'] ?? '',
        place,
        signerName: values['signer-name'] ?? '',
        signerPosition: values['signer-position'] ?? '',
        signerNip: values['signer-nip'] ?? '',
      },
      scan,
    });
    if (values.json) io.out(JSON.stringify(edition, null, 2));
    else {
      io.out(`Edisi ditetapkan dan diterbitkan / edition established and published:`);
      io.out(line(edition));
    }
    return 0;
  } finally {
    core.close();
  }
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, { ...archiveOption, ...jsonOption, ...userOptions });
  const core = openArchive(values.archive);
  try {
    const editions = await (await caller(core, values))('edition.list', {});
    if (values.json) io.out(JSON.stringify(editions, null, 2));
    else if (editions.length === 0) io.out('Belum ada edisi yang diterbitkan. / No edition published yet.');
    else for (const edition of editions) io.out(line(edition));
    return 0;
  } finally {
    core.close();
  }
}

/** `lemari edition publish|list`: Tetapkan & Terbitkan from a script, and the editions published. */
export const editionCommand: Command = {
  name: 'edition',
  summary: 'Tetapkan & terbitkan DIP/DIK, daftar edisi / establish and publish the DIP/DIK, list editions',
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    try {
      if (sub === 'publish') return await publish(rest, io);
      if (sub === 'list') return await list(rest, io);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      io.err(`Galat: ${error.messageId}`);
      io.err(`Error: ${error.messageEn}`);
      return 1;
    }
    throw new UsageError(`subperintah tidak dikenal: "${sub ?? ''}" / unknown subcommand: "${sub ?? ''}" (publish, list)`);
  },
};
