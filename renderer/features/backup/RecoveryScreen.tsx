import { Alert, Button, Card, List, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../shared/domain/backup';
import { useMethodMutation } from '../../api/hooks';
import { invalidatorFor } from '../../api/staleness';
import { href, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { openKey } from './BackupKeyCard';
import { GapReport } from './GapReport';

/**
 * Shown instead of every screen when the start check found the archive damaged: it is open
 * read-only, nothing was repaired, and the one way on is restoring the newest verified backup
 * into a new folder — after which the officer is told what that backup lacks.
 */
export function RecoveryScreen({ status }: { status: RecoveryStatus }) {
  const { t, i18n } = useTranslation();
  const [key, setKey] = useState('');
  const queryClient = useQueryClient();
  const restore = useMethodMutation('recovery.restore');
  const reason = status.reason ? (i18n.language === 'en' ? status.reason.messageEn : status.reason.message) : null;
  const done = restore.data;

  return (
    <Stack maw={880}>
      <Title order={2}>{t('backup.recoveryTitle')}</Title>
      <Alert color="red" role="alert" title={reason ? `${t('backup.recoveryReason')}: ${reason}` : undefined}>
        {t('backup.recoveryBody')}
      </Alert>
      <Text size="sm" ff="monospace">
        {status.archiveDir}
      </Text>
      {done ? (
        <>
          <Alert color="teal" role="status">
            {t('backup.recoveryDone', { folder: done.archiveDir ?? '', old: status.archiveDir })}
          </Alert>
          <GapReport report={done} />
          <Button component="a" href={href(routes.home)} onClick={() => void invalidatorFor(queryClient).markAll()}>
            {t('backup.recoveryContinue')}
          </Button>
        </>
      ) : (
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t('backup.recoveryBackups')}
          </Text>
          {status.backups.length === 0 ? (
            <Text size="sm">{t('backup.recoveryNone', { folder: status.archiveDir })}</Text>
          ) : (
            <List size="sm" mb="sm">
              {status.backups.map((backup) => (
                <List.Item key={backup.file}>
                  {backup.name} · {backup.createdAt ?? '?'}
                </List.Item>
              ))}
            </List>
          )}
          <ErrorNotice error={restore.error} />
          <PasswordInput
            label={t('backup.key.open')}
            value={key}
            onChange={(event) => setKey(event.currentTarget.value)}
            autoComplete="off"
          />
          <Button disabled={status.backups.length === 0} loading={restore.isPending} onClick={() => restore.mutate({ ...openKey(key) })}>
            {t('backup.recoveryRestore')}
          </Button>
        </Card>
      )}
    </Stack>
  );
}
