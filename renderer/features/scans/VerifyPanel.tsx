import { Alert, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../../api/useDateTime';
import { VERIFY_JOB_PREFIX, type VaultCheck } from '../../../shared/domain/vault';
import { useApiClient } from '../../api/ApiContext';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function CheckReport({ check }: { check: VaultCheck }) {
  const { t } = useTranslation();
  const rows: { key: 'changed' | 'missing' | 'untracked'; items: string[] }[] = [
    { key: 'changed', items: check.changed },
    { key: 'missing', items: check.missing },
    {
      key: 'untracked',
      items: check.untracked.map(
        (u) => `${u.path} — ${u.quarantinedTo ? t('vault.verify.quarantinedTo', { path: u.quarantinedTo }) : '-'}`,
      ),
    },
  ];
  return (
    <Stack gap="xs" role="status">
      <Alert color={check.clean ? 'teal' : 'red'} icon={<IconShieldCheck />}>
        {check.clean ? t('vault.verify.clean', { ok: check.ok }) : t('vault.verify.problems')}
      </Alert>
      <SimpleGrid cols={4}>
        <Card withBorder padding="xs">
          <Text size="xs">{t('vault.verify.ok')}</Text>
          <Text fw={700} aria-label={`${t('vault.verify.ok')}: ${String(check.ok)}`}>
            {check.ok}
          </Text>
        </Card>
        {rows.map((row) => (
          <Card key={row.key} withBorder padding="xs">
            <Text size="xs">{t(`vault.verify.${row.key}`)}</Text>
            <Text
              fw={700}
              c={row.items.length > 0 ? 'red' : 'dark'}
              aria-label={`${t(`vault.verify.${row.key}`)}: ${String(row.items.length)}`}
            >
              {row.items.length}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {rows
        .filter((row) => row.items.length > 0)
        .map((row) => (
          <Stack key={row.key} gap={2}>
            <Text size="sm" fw={600}>
              {t(`vault.verify.${row.key}`)} —{' '}
              <Text span size="xs" c="dimmed">
                {t(`vault.verify.${row.key}Help`)}
              </Text>
            </Text>
            {row.items.map((item) => (
              <Text key={item} size="xs" ff="monospace">
                {item}
              </Text>
            ))}
          </Stack>
        ))}
    </Stack>
  );
}

/** Periksa Keutuhan: re-hash every scan with a progress bar; the last report and the history. */
export function VerifyPanel() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const client = useApiClient();
  const status = useMethod('vault.status', {});
  const checks = useMethod('vault.checks', { limit: 10 });
  const start = useMethodMutation('vault.verify');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(
    () =>
      client.on('job.progressed', (event) => {
        if (event.jobId.startsWith(VERIFY_JOB_PREFIX)) setProgress({ done: event.done, total: event.total });
      }),
    [client],
  );
  useEffect(() => client.on('vault.verified', () => setProgress(null)), [client]);

  const running = progress !== null || start.isPending || (status.data?.runningJobId ?? null) !== null;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const last = status.data?.lastCheck ?? null;

  return (
    <Stack>
      <Group>
        <Card withBorder padding="sm">
          <Text size="xs">{t('vault.objects')}</Text>
          <Text fw={700}>{status.data?.objects ?? '…'}</Text>
        </Card>
        <Card withBorder padding="sm">
          <Text size="xs">{t('vault.bytes')}</Text>
          <Text fw={700}>{status.data ? mb(status.data.bytes) : '…'}</Text>
        </Card>
        <Card withBorder padding="sm">
          <Text size="xs">{t('vault.verify.next')}</Text>
          <Text fw={700}>{status.data?.nextCheckAt ? dateTime(status.data.nextCheckAt) : t('vault.verify.off')}</Text>
        </Card>
      </Group>
      <Group>
        <Button
          leftSection={<IconShieldCheck size={16} aria-hidden />}
          loading={running}
          onClick={() => (setProgress({ done: 0, total: 0 }), start.mutate({}))}
        >
          {t('vault.verify.run')}
        </Button>
        {running ? <Text size="sm">{t('vault.verify.running')}</Text> : null}
      </Group>
      {progress ? <Progress value={percent} size="lg" animated aria-label={t('vault.verify.progress')} /> : null}
      <ErrorNotice error={start.error ?? status.error} />
      <Text fw={600}>{t('vault.verify.last')}</Text>
      {last ? <CheckReport check={last} /> : <Text c="dimmed">{t('vault.verify.never')}</Text>}
      {checks.data && checks.data.length > 0 ? (
        <Table withTableBorder fz="sm" aria-label={t('vault.verify.history')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('vault.verify.when')}</Table.Th>
              <Table.Th>{t('vault.verify.trigger')}</Table.Th>
              <Table.Th>{t('vault.verify.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {checks.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{dateTime(c.finishedAt)}</Table.Td>
                <Table.Td>{t(`vault.verify.triggers.${c.trigger}`)}</Table.Td>
                <Table.Td>
                  <Badge color={c.clean ? 'teal' : 'red'} variant="light">
                    {c.ok} {t('vault.verify.ok')} · {c.changed.length} {t('vault.verify.changed')} · {c.missing.length}{' '}
                    {t('vault.verify.missing')} · {c.untracked.length} {t('vault.verify.untracked')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
