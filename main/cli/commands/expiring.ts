import { createCore } from '../../core/createCore';
import { defaultArchiveDir } from '../../core/support/paths';
import { isValidIsoDate } from '../../../shared/domain/workingDays';
import { translate } from '../../../shared/i18n/translate';
import { archiveOption, jsonOption, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';
import { signInCli, userOptions } from '../signIn';

/** `lemari expiring`: exempted entries ended or ending by a date, for the yearly update or a cron-less reminder. */
export const expiringCommand: Command = {
  name: 'expiring',
  summary: 'Informasi dikecualikan yang berakhir / akan berakhir / exemptions ended or ending',
  usage: 'lemari expiring --user NAME [--pin-stdin] [--archive DIR] [--as-of YYYY-MM-DD] [--within-days N] [--json]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      ...archiveOption,
      ...jsonOption,
      ...userOptions,
      'as-of': { type: 'string' },
      'within-days': { type: 'string' },
    });
    const asOf = values['as-of'] ?? null;
    if (asOf !== null && !isValidIsoDate(asOf))
      throw new UsageError(`--as-of harus tanggal YYYY-MM-DD / --as-of must be a YYYY-MM-DD date (got "${asOf}")`);
    const within = values['within-days'] === undefined ? 30 : Number(values['within-days']);
    if (!Number.isInteger(within) || within < 0 || within > 400)
      throw new UsageError('--within-days harus 0–400 hari kerja / --within-days must be 0–400 working days');

    const core = createCore({ archiveDir: values.archive ?? defaultArchiveDir(), background: false });
    try {
      // Exempted information is read only by someone signed in.
      const { call } = await signInCli(core, values);
      const due = await call('exemption.due', { asOf, withinWorkingDays: within });
      const rows = [
        ...due.ended.map((x) => ({
          entryId: x.entryId,
          judul: x.judul,
          endDate: x.endDate,
          reason: 'ended' as const,
          workingDaysLeft: null,
        })),
        ...due.ending.map((x) => ({
          entryId: x.entryId,
          judul: x.judul,
          endDate: x.endDate,
          reason: 'ending' as const,
          workingDaysLeft: x.workingDaysLeft,
        })),
        ...due.toReview.map((x) => ({
          entryId: x.entryId,
          judul: x.judul,
          endDate: null,
          reason: 'review' as const,
          workingDaysLeft: null,
        })),
      ];
      if (values.json) {
        io.out(JSON.stringify({ asOf: due.asOf, horizon: due.horizon, withinWorkingDays: within, entries: rows }, null, 2));
        return 0;
      }
      io.out(`Per ${due.asOf}, sampai ${due.horizon} (${String(within)} hari kerja) / as of ${due.asOf}, until ${due.horizon}`);
      if (rows.length === 0) io.out(translate('id', 'exemption.due.none'));
      const label = { ended: 'exemption.due.ended', ending: 'exemption.due.ending', review: 'exemption.due.toReview' } as const;
      for (const row of rows) {
        const left = row.workingDaysLeft === null ? '' : ` (${String(row.workingDaysLeft)} hari kerja)`;
        io.out(
          `#${String(row.entryId).padEnd(6)} ${(row.endDate ?? '-').padEnd(10)}  ${translate('id', label[row.reason])}${left}  ${row.judul}`,
        );
      }
      io.out(translate('id', 'exemption.due.note'));
      return 0;
    } finally {
      core.close();
    }
  },
};
