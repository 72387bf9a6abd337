import { existsSync, readFileSync } from 'node:fs';
import type { DecryptKey } from '../../core/backup/ageStream';
import { secretFromStdin, type SecretIo } from '../secret';
import { resolve } from 'node:path';
import type { RestoreReport } from '../../../shared/domain/backup';
import { translate } from '../../../shared/i18n/translate';
import { restoreBackup } from '../../core/backup/restore';
import { defaultArchiveDir } from '../../core/support/paths';
import { archiveOption, jsonOption, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError, type CliIo } from '../io';

/** The gap in both languages, as the screen says it. */
export function printGap(io: CliIo, report: RestoreReport): void {
  const gap = report.gap;
  if (!gap) return;
  const say = (key: string, params: Record<string, string | number> = {}) =>
    io.out(`${translate('id', key, params)} / ${translate('en', key, params)}`);
  if (!gap.leavingReadable) say('backup.gapUnknown');
  if (gap.diverged) say('backup.gapDiverged');
  if (gap.missingChanges > 0)
    say('backup.gapChanges', { count: gap.missingChanges, from: gap.firstMissingAt ?? '-', to: gap.lastMissingAt ?? '-' });
  if (gap.missingObjects > 0)
    say('backup.gapObjects', { count: gap.missingObjects, size: `${(gap.missingObjectBytes / 1_048_576).toFixed(1)} MB` });
  for (const [table, inBackup, inLeaving] of gap.tableDifferences) say('backup.gapTables', { table, backup: inBackup, leaving: inLeaving });
  if (gap.leavingReadable && !gap.diverged && gap.missingChanges === 0 && gap.missingObjects === 0 && gap.tableDifferences.length === 0)
    say('backup.gapNone');
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Pulihkan cadangan ke folder arsip BARU, atau --test (uji pulih) / restore into a NEW archive folder, or --test',
  usage: 'lemari restore FILE (--archive NEWDIR | --test) [--passphrase-stdin | --identity KEYFILE] [--compare DIR] [--json]',
  async run(argv, io: SecretIo) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        ...archiveOption,
        ...jsonOption,
        test: { type: 'boolean', default: false },
        compare: { type: 'string' },
        'passphrase-stdin': { type: 'boolean', default: false },
        identity: { type: 'string' },
      },
      true,
    );
    let key: DecryptKey | null = null;
    if (values['passphrase-stdin']) key = { passphrase: await secretFromStdin(io) };
    else if (values.identity !== undefined) {
      // A key file (the .key.txt beside the sheet, or an age identity file): the AGE-SECRET-KEY line in it.
      const line = readFileSync(resolve(values.identity), 'utf8')
        .split(/\r?\n/)
        .find((l) => l.startsWith('AGE-SECRET-KEY-1'));
      if (line === undefined) throw new UsageError('berkas kunci tanpa AGE-SECRET-KEY-1… / the key file holds no AGE-SECRET-KEY-1… line');
      key = { identity: line.trim() };
    }
    const file = positionals[0];
    if (file === undefined || positionals.length > 1) throw new UsageError('sebutkan satu berkas cadangan / name one backup file');
    if (!values.test && values.archive === undefined)
      throw new UsageError('--archive FOLDER-BARU wajib (atau --test) / --archive NEWDIR is required (or --test)');
    // The archive being left, for "what the backup lacks": --compare, else the default archive if there is one.
    const leavingDir = values.compare ?? defaultArchiveDir();
    const leaving = existsSync(leavingDir) ? { archiveDir: resolve(leavingDir) } : null;
    const report = await restoreBackup(resolve(file), values.test ? null : resolve(values.archive ?? ''), {
      leaving,
      testOnly: values.test,
      key,
    });
    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    io.out(
      report.archiveDir === null
        ? `Uji pulih lolos / test restore passed: ${report.file}`
        : `Dipulihkan ke / restored into: ${report.archiveDir}`,
    );
    io.out(`Berkas diperiksa / files verified: ${String(report.filesVerified)} (${String(report.bytesVerified)} bytes)`);
    io.out(
      `Dibuat / created: ${report.createdAt ?? '-'} · skema / schema ${String(report.schemaVersion)} · audit #${String(report.auditCount)} ${report.auditHead ?? '-'}`,
    );
    if (report.rottenObjects.length > 0)
      io.out(
        `${translate('id', 'backup.rotten', { count: report.rottenObjects.length })} / ${translate('en', 'backup.rotten', { count: report.rottenObjects.length })}`,
      );
    printGap(io, report);
    return 0;
  },
};
