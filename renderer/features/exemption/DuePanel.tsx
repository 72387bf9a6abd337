import { Alert, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ExemptionTable } from './ExemptionTable';
import { useDateWords } from '../../api/useDateTime';

export function DuePanel() {
  const { t } = useTranslation();
  const day = useDateWords();
  const [asOf, setAsOf] = useState('');
  const due = useMethod('exemption.due', { asOf: asOf === '' ? null : asOf });
  const d = due.data;
  return (
    <Stack>
      <ErrorNotice error={due.error} />
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('exemption.due.asOf')}
          value={asOf || d?.asOf || ''}
          onChange={(e) => setAsOf(e.currentTarget.value)}
        />
        {d ? (
          <Text size="sm" c="dimmed">
            {t('exemption.due.within', { days: d.withinWorkingDays, date: day(d.horizon) })}
          </Text>
        ) : null}
      </Group>
      <Alert color="gray">{t('exemption.due.note')}</Alert>
      {d ? (
        <>
          <Title order={3} size="h4">
            {t('exemption.due.ended')}
          </Title>
          {d.ended.length === 0 ? (
            <Text c="dimmed">{t('exemption.due.none')}</Text>
          ) : (
            <ExemptionTable rows={d.ended} label={t('exemption.due.ended')} />
          )}
          <Title order={3} size="h4">
            {t('exemption.due.ending')}
          </Title>
          {d.ending.length === 0 ? (
            <Text c="dimmed">{t('exemption.due.none')}</Text>
          ) : (
            <ExemptionTable rows={d.ending} label={t('exemption.due.ending')} />
          )}
          <Title order={3} size="h4">
            {t('exemption.due.toReview')}
          </Title>
          {d.toReview.length === 0 ? (
            <Text c="dimmed">{t('exemption.due.none')}</Text>
          ) : (
            <ExemptionTable rows={d.toReview} label={t('exemption.due.toReview')} />
          )}
        </>
      ) : null}
    </Stack>
  );
}
