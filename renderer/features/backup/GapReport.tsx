import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestoreReport } from '../../../shared/domain/backup';
import { useDateTime } from '../../api/useDateTime';

function size(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${String(Math.ceil(bytes / 1024))} KB`;
}

/** What a restored or test-restored backup lacks compared with the archive being left, in the officer's words. */
export function GapReport({ report }: { report: RestoreReport }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const gap = report.gap;
  const lines: string[] = [];
  if (gap) {
    if (!gap.leavingReadable) lines.push(t('backup.gapUnknown'));
    if (gap.diverged) lines.push(t('backup.gapDiverged'));
    if (gap.missingChanges > 0)
      lines.push(
        t('backup.gapChanges', {
          count: gap.missingChanges,
          from: gap.firstMissingAt === null ? '–' : dateTime(gap.firstMissingAt),
          to: gap.lastMissingAt === null ? '–' : dateTime(gap.lastMissingAt),
        }),
      );
    if (gap.missingObjects > 0) lines.push(t('backup.gapObjects', { count: gap.missingObjects, size: size(gap.missingObjectBytes) }));
    for (const [table, inBackup, inLeaving] of gap.tableDifferences)
      lines.push(t('backup.gapTables', { table, backup: inBackup, leaving: inLeaving }));
  }
  if (report.rottenObjects.length > 0) lines.push(t('backup.rotten', { count: report.rottenObjects.length }));
  return (
    <Alert color={lines.length === 0 ? 'teal' : 'yellow'} title={t('backup.gapTitle')} role="status">
      <Text size="sm" mb={lines.length > 0 ? 'xs' : 0}>
        {t('backup.testOk', { file: report.file, files: report.filesVerified, count: report.auditCount })}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm">{t('backup.gapNone')}</Text>
      ) : (
        <List size="sm">
          {lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
