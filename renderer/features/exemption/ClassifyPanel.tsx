import { Card, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ExemptionTable } from './ExemptionTable';

export function ClassifyPanel() {
  const { t } = useTranslation();
  const data = useMethod('exemption.classify', {});
  const [by, setBy] = useState<'byEndYear' | 'byKind' | 'byDocumentType'>('byEndYear');
  return (
    <Stack>
      <ErrorNotice error={data.error} />
      <Select
        w={320}
        label={t('exemption.tabs.classify')}
        allowDeselect={false}
        value={by}
        onChange={(value) => setBy(value === 'byKind' || value === 'byDocumentType' ? value : 'byEndYear')}
        data={(['byEndYear', 'byKind', 'byDocumentType'] as const).map((k) => ({ value: k, label: t(`exemption.classify.${k}`) }))}
      />
      {(data.data?.[by] ?? []).map((group) => (
        <Card withBorder key={group.key}>
          <Title order={3} size="h4">
            {group.key.startsWith('~')
              ? t(`exemption.kind.${group.key.slice(1)}`, { defaultValue: group.label })
              : by === 'byKind'
                ? t(`exemption.kind.${group.key}`)
                : group.label}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('exemption.classify.count', { count: group.entries.length })}
          </Text>
          <ExemptionTable rows={group.entries} label={group.label} />
        </Card>
      ))}
    </Stack>
  );
}
