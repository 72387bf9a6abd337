import { Alert, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/hooks';

/**
 * Beranda's notices from this start (issue 13 #7): a warning when the archive lives on a stick, a network
 * share or a synced folder, and the copies of archive data a crash had left that the start removed. The
 * same facts the CLI prints at start, in the officer's language.
 */
export function StartupNotices() {
  const { t } = useTranslation();
  const notices = useMethod('app.startup', {});
  const data = notices.data;
  if (!data || (data.locationRisk === null && data.leftovers.length === 0)) return null;
  return (
    <Stack gap="sm">
      {data.locationRisk ? (
        <Alert color="red" role="alert" title={t('upkeep.startup.riskTitle')} icon={<IconAlertTriangle size={18} aria-hidden />}>
          <Text size="sm">{t(`upkeep.startup.risk.${data.locationRisk}`)}</Text>
        </Alert>
      ) : null}
      {data.leftovers.length > 0 ? (
        <Alert color="yellow" title={t('upkeep.startup.leftoversTitle')} icon={<IconInfoCircle size={18} aria-hidden />}>
          <Text size="sm" mb="xs">
            {t('upkeep.startup.leftoversIntro')}
          </Text>
          <List size="sm" spacing={2}>
            {data.leftovers.map((leftover) => (
              <List.Item key={`${leftover.kind}:${leftover.path}`}>
                {t(`upkeep.startup.kind.${leftover.kind}`)}:{' '}
                <Text span ff="monospace" size="xs" style={{ wordBreak: 'break-all' }}>
                  {leftover.path}
                </Text>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
