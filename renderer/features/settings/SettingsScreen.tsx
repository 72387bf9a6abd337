import { Card, NavLink, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/hooks';
import { href, routes } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from './useLanguage';

/** Pengaturan: language, where the archive is, and the way into profile, units and audit. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const info = useMethod('app.info', {});
  return (
    <Stack>
      <PageHeader title={t('settings.title')} />
      <Card withBorder>
        <Text fw={600} mb="xs" id="language-label">
          {t('settings.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="language-label"
          value={language}
          onChange={(value) => setLanguage(value === 'en' ? 'en' : 'id')}
          data={[
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Card>
      <Card withBorder>
        <Text fw={600}>{t('settings.archive')}</Text>
        <Text ff="monospace" size="sm">
          {info.data?.archiveDir ?? '…'}
        </Text>
      </Card>
      <Card withBorder p={0}>
        <NavLink href={href(routes.agency)} label={t('nav.agency')} />
        <NavLink href={href(routes.units)} label={t('nav.units')} />
        <NavLink href={href(routes.audit)} label={t('nav.audit')} />
      </Card>
    </Stack>
  );
}
