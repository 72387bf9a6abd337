import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/hooks';
import { href, routes } from '../../app/routes';

/** The home screen's reminder at start: exemptions ended, ending soon, or conditions not reviewed this year. */
export function DueReminder() {
  const { t } = useTranslation();
  const due = useMethod('exemption.due', { asOf: null });
  const d = due.data;
  if (!d || d.ended.length + d.ending.length + d.toReview.length === 0) return null;
  return (
    <Alert color="orange" title={t('exemption.due.homeTitle')}>
      <Group justify="space-between">
        <Text size="sm">{t('exemption.due.homeBody', { ended: d.ended.length, ending: d.ending.length, review: d.toReview.length })}</Text>
        <Button component="a" href={href(`${routes.dik}?tab=due`)} size="xs">
          {t('exemption.due.homeLink')}
        </Button>
      </Group>
    </Alert>
  );
}
