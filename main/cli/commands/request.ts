import { createCore } from '../../core/createCore';
import { defaultArchiveDir } from '../../core/support/paths';
import { requestStatuses, type RequestStatus, type RequestSummary } from '../../../shared/domain/request';
import { translate } from '../../../shared/i18n/translate';
import { archiveOption, jsonOption, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError, type CliIo } from '../io';

function isStatus(value: string): value is RequestStatus {
  return (requestStatuses as readonly string[]).includes(value);
}

/** `lemari request list`: the request register, or the open requests due within N working days. */
export const requestCommand: Command = {
  name: 'request',
  summary: 'Register permohonan informasi / the information request register',
  usage: 'lemari request list [--archive DIR] [--status STATUS] [--due-within N] [--json]',
  run(argv, io) {
    return Promise.resolve(listRequests(argv, io));
  },
};

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
