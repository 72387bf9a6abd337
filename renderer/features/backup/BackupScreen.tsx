import { Alert, Badge, Button, Card, Group, PasswordInput, Progress, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../../api/useDateTime';
import type { RestoreReport } from '../../../shared/domain/backup';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { BackupKeyCard, openKey } from './BackupKeyCard';
import { BackupSettingsForm } from './BackupSettingsForm';
import { GapReport } from './GapReport';
import { useBackupProgress } from './useBackupProgress';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Pengaturan → Cadangan: back up now, where and how often, uji pulih, and restore into a new folder. */
export function BackupScreen() {
  const { t, i18n } = useTranslation();
  const dateTime = useDateTime();
  const when = (iso: string | null) => (iso ? dateTime(iso) : '–');
  const status = useMethod('backup.status', {}, { refetchInterval: 30_000 });
  const list = useMethod('backup.list', {});
  const create = useMethodMutation('backup.create');
  const test = useMethodMutation('backup.testRestore');
  const restore = useMethodMutation('backup.restore');
  const progress = useBackupProgress();
  const [report, setReport] = useState<RestoreReport | null>(null);
  const [file, setFile] = useState<string | null>(null);
  const [target, setTarget] = useState('');
  const [key, setKey] = useState('');
  const current = status.data;

  return (
    <Stack>
      <PageHeader
        title={t('backup.title')}
        intro={t('backup.intro')}
        actions={
          <Button loading={create.isPending} onClick={() => create.mutate({})}>
            {create.isPending ? t('backup.running') : t('backup.runNow')}
          </Button>
        }
      />
      <ErrorNotice error={status.error ?? create.error} />
      {progress ? (
        <Progress aria-label={t('backup.progress')} value={(progress.done / Math.max(progress.total, 1)) * 100} animated />
      ) : null}
      {create.data ? (
        <Alert color="teal" role="status">
          {t('backup.done', { file: create.data.file })}
        </Alert>
      ) : null}
      {current ? (
        <Card withBorder>
          <Text fw={600}>{t('backup.last')}</Text>
          {current.last ? (
            <Text size="sm">
              {when(current.last.createdAt)} ·{' '}
              <Text span ff="monospace" size="sm">
                {current.last.file}
              </Text>{' '}
              · {megabytes(current.last.bytes)}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('backup.lastNone')}
            </Text>
          )}
          {current.lastError ? (
            <Alert color="red" mt="xs">
              {t('backup.lastError', {
                at: when(current.lastError.at),
                message: i18n.language === 'en' ? current.lastError.messageEn : current.lastError.message,
              })}
            </Alert>
          ) : null}
          <Text size="sm" c="dimmed" mt="xs">
            {t('backup.folder')}:{' '}
            <Text span ff="monospace" size="sm">
              {current.folder}
            </Text>
          </Text>
          {!current.folderChosen ? (
            <Text size="sm" c="orange">
              {t('backup.folderDefault')}
            </Text>
          ) : null}
          {current.nextScheduledAt ? (
            <Text size="sm" c="dimmed">
              {t('backup.next')}: {when(current.nextScheduledAt)}
            </Text>
          ) : null}
        </Card>
      ) : null}
      {current ? <BackupKeyCard recipient={current.recoveryRecipient} /> : null}
      <BackupSettingsForm />
      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Stack gap={0}>
            <Text fw={600}>{t('backup.testTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('backup.testIntro')}
            </Text>
          </Stack>
          <Button
            variant="light"
            loading={test.isPending}
            disabled={(list.data?.length ?? 0) === 0}
            onClick={() => test.mutate({ ...openKey(key) }, { onSuccess: setReport })}
          >
            {t('backup.testRun')}
          </Button>
        </Group>
        <PasswordInput
          label={t('backup.key.open')}
          value={key}
          onChange={(event) => setKey(event.currentTarget.value)}
          mb="xs"
          maw={520}
          autoComplete="off"
        />
        <ErrorNotice error={test.error ?? list.error} />
        {list.data?.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('backup.listEmpty')}
          </Text>
        ) : null}
        {list.data && list.data.length > 0 ? (
          <Table withTableBorder aria-label={t('backup.list')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backup.file')}</Table.Th>
                <Table.Th>{t('backup.created')}</Table.Th>
                <Table.Th>{t('backup.size')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((backup) => (
                <Table.Tr key={backup.file}>
                  <Table.Td ff="monospace">
                    {backup.name}{' '}
                    <Badge size="xs" color={backup.encrypted ? 'teal' : 'red'} variant="light">
                      {backup.encrypted ? t('backup.key.encrypted') : t('backup.key.plain')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{when(backup.createdAt)}</Table.Td>
                  <Table.Td>{megabytes(backup.bytes)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={`${t('backup.testRunFile')} ${backup.name}`}
                      onClick={() => test.mutate({ file: backup.file, ...openKey(key) }, { onSuccess: setReport })}
                    >
                      {t('backup.testRunFile')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {report ? <GapReport report={report} /> : null}
      </Card>
      <Card withBorder>
        <Text fw={600}>{t('backup.restoreTitle')}</Text>
        <Text size="sm" c="dimmed" mb="xs">
          {t('backup.restoreIntro')}
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (file) restore.mutate({ file, targetDir: target, ...openKey(key) }, { onSuccess: setReport });
          }}
        >
          <Group align="flex-end" grow>
            <Select
              label={t('backup.restoreFile')}
              data={(list.data ?? []).map((b) => ({ value: b.file, label: b.name }))}
              value={file}
              onChange={setFile}
              searchable
            />
            <TextInput label={t('backup.restoreTarget')} value={target} onChange={(event) => setTarget(event.currentTarget.value)} />
            <Button type="submit" variant="outline" disabled={!file || target.trim() === ''} loading={restore.isPending}>
              {t('backup.restoreRun')}
            </Button>
          </Group>
        </form>
        <ErrorNotice error={restore.error} />
        {restore.data?.archiveDir ? (
          <Alert color="teal" mt="sm" role="status">
            {t('backup.restoreDone', { folder: restore.data.archiveDir })}
          </Alert>
        ) : null}
      </Card>
    </Stack>
  );
}
