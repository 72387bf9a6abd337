import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/hooks';
import { href, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { BackupWarning } from '../backup/BackupWarning';
import { DueReminder } from '../exemption/DueReminder';
import { RequestReminder } from '../request/RequestReminder';
import { StartupNotices } from './StartupNotices';

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

/** Beranda: what needs the officer's attention first, and what the archive holds. */
export function HomeScreen() {
  const { t } = useTranslation();
  const info = useMethod('app.info', {});
  const agency = useMethod('agency.get', {});

  return (
    <Stack>
      <PageHeader title={t('home.welcome')} intro={agency.data?.bodyName || t('app.tagline')} />
      <ErrorNotice error={info.error ?? agency.error} />
      <StartupNotices />
      <BackupWarning />
      <RequestReminder />
      <DueReminder />
      {agency.data && agency.data.bodyName === '' ? (
        <Alert color="yellow" title={t('agency.title')}>
          <Group justify="space-between">
            <Text size="sm">{t('home.profileMissing')}</Text>
            <Button component="a" href={href(routes.agency)} size="xs">
              {t('home.fillProfile')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      <Title order={3} size="h4">
        {t('home.counts')}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label={t('home.units')} value={info.data?.counts.units ?? '–'} />
        <Stat label={t('home.auditEvents')} value={info.data?.counts.auditEvents ?? '–'} />
        <Stat label={t('app.schema')} value={info.data?.schemaVersion ?? '–'} />
      </SimpleGrid>
      <Card withBorder>
        <Text size="sm" c="dimmed">
          {t('app.archive')}
        </Text>
        <Text ff="monospace" size="sm">
          {info.data?.archiveDir ?? '…'}
        </Text>
        <Text size="sm" c="dimmed" mt="sm">
          {t('home.auditHead')}
        </Text>
        <Text ff="monospace" size="xs" style={{ wordBreak: 'break-all' }}>
          {info.data?.auditHead ?? '–'}
        </Text>
      </Card>
    </Stack>
  );
}
