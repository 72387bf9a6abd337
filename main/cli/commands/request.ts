import { copyFileSync } from 'node:fs';
import { extname } from 'node:path';
import { createCore } from '../../core/createCore';
import { defaultArchiveDir } from '../../core/support/paths';
import { requestStatuses, type RequestStatus, type RequestSummary } from '../../../shared/domain/request';
import { translate } from '../../../shared/i18n/translate';
import { registerBooks, type RegisterBookKind } from '../../../shared/domain/requestReport';
import { archiveOption, jsonOption, parseCommandArgs } from '../archive';
import { signInCli, userOptions } from '../signIn';
import type { Command } from '../command';
import { UsageError, type CliIo } from '../io';

function isStatus(value: string): value is RequestStatus {
  return (requestStatuses as readonly string[]).includes(value);
}

const exportUsage =
  'lemari request export --year N --kind permohonan|keberatan --out FILE [--format xlsx|pdf] [--paper a4|f4] --user NAME [--pin-stdin] [--archive DIR]';

/**
 * `lemari request list`: the request register, or the open requests due within N working days.
 * `lemari request export`: the year's Buku Register Permohonan or Keberatan (Perki format) as XLSX or PDF.
 */
export const requestCommand: Command = {
  name: 'request',
  summary: 'Register permohonan informasi / the information request register',
  usage: `lemari request list [--archive DIR] [--status STATUS] [--due-within N] [--json]\n  ${exportUsage}`,
  run(argv, io) {
    if (argv[0] === 'export') return exportRegister(argv.slice(1), io);
    return Promise.resolve(listRequests(argv, io));
  },
};

function isBook(value: string): value is RegisterBookKind {
  return (registerBooks as readonly string[]).includes(value);
}

/**
 * The register book holds requesters' personal data: the export runs as a signed-in person through dispatch,
 * like the app's button (the policy applies and the audit trail names who made it).
 */
async function exportRegister(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...archiveOption,
    ...userOptions,
    year: { type: 'string' },
    kind: { type: 'string' },
    format: { type: 'string' },
    paper: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`Pemakaian / usage: ${exportUsage}`);
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2200)
    throw new UsageError('--year harus tahun, mis. 2026 / --year must be a year such as 2026');
  const kind = values.kind ?? '';
  if (!isBook(kind)) throw new UsageError('--kind permohonan|keberatan');
  const out = values.out;
  if (!out) throw new UsageError('sebutkan --out BERKAS / name --out FILE');
  const format = values.format ?? extname(out).toLowerCase().slice(1);
  if (format !== 'pdf' && format !== 'xlsx')
    throw new UsageError('--format xlsx|pdf (atau --out berakhiran .xlsx/.pdf / or --out ending in .xlsx/.pdf)');
  const paper = values.paper ?? 'a4';
  if (paper !== 'a4' && paper !== 'f4') throw new UsageError('--paper harus a4 atau f4 / --paper must be a4 or f4');
  const core = createCore({ archiveDir: values.archive ?? defaultArchiveDir(), background: false });
  try {
    const { call } = await signInCli(core, values);
    const file = await call('request.registerFile', { year, book: kind, format, paper });
    const stored = core.exportFiles.get(file.fileId);
    if (!stored) throw new Error('the register file vanished from the export store');
    copyFileSync(stored.path, out);
    io.out(`${translate('id', `request.registerExport.${kind}`)} ${String(year)} → ${out} (${String(file.size)} bytes)`);
    return 0;
  } finally {
    core.close();
  }
}

function listRequests(argv: string[], io: CliIo): number {
  {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...archiveOption, ...jsonOption, status: { type: 'string' }, 'due-within': { type: 'string' } },
      true,
    );
    if (positionals[0] !== 'list' || positionals.length !== 1)
      throw new UsageError('Pemakaian / usage: lemari request list [--status S] [--due-within N] [--json]');
    const status = values.status ?? null;
    if (status !== null && !isStatus(status))
      throw new UsageError(`--status harus salah satu dari / must be one of: ${requestStatuses.join(', ')}`);
    const dueWithin = values['due-within'] === undefined ? null : Number(values['due-within']);
    if (dueWithin !== null && (!Number.isInteger(dueWithin) || dueWithin < 0 || dueWithin > 60))
      throw new UsageError('--due-within harus 0–60 hari kerja / --due-within must be 0–60 working days');

    const core = createCore({ archiveDir: values.archive ?? defaultArchiveDir(), background: false });
    try {
      // A read on this laptop's own archive, like `lemari list`: the register service directly (no change is made).
      const rows: RequestSummary[] = core.requests.requests.list({ search: '', status, dueWithin, year: null });
      if (values.json) {
        io.out(JSON.stringify(rows, null, 2));
        return 0;
      }
      if (rows.length === 0) io.out(translate('id', 'request.empty'));
      for (const r of rows) {
        const left =
          r.workingDaysLeft === null
            ? ''
            : r.overdue
              ? ` terlambat ${String(-r.workingDaysLeft)} hari kerja`
              : ` ${String(r.workingDaysLeft)} hari kerja lagi`;
        io.out(
          `${r.number.padEnd(20)} ${r.receivedOn}  ${translate('id', `request.status.${r.status}`).padEnd(34)} batas ${r.dueOn}${left}  ${r.requesterName}`,
        );
      }
      return 0;
    } finally {
      core.close();
    }
  }
}
