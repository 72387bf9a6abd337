import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/hooks';
import { href, routes } from '../../app/routes';

/** The home screen's reminder when the last good backup is too old, missing, or dated in the future. */
export function BackupWarning() {
  const { t } = useTranslation();
  const status = useMethod('backup.status', {}, { refetchInterval: 60_000 });
  const current = status.data;
  if (!current?.stale) return null;
  const body = current.clockSuspect
    ? t('backup.clockBody')
    : current.last
      ? t('backup.staleBody', { days: Math.floor(current.ageDays ?? 0) })
      : t('backup.noneBody');
  return (
    <Alert color="orange" title={current.last ? t('backup.staleTitle') : t('backup.noneTitle')}>
      <Group justify="space-between">
        <Text size="sm">{body}</Text>
        <Button component="a" href={href(routes.backup)} size="xs">
          {t('backup.goToBackup')}
        </Button>
      </Group>
    </Alert>
  );
}
