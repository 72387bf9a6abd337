import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportDikReading } from '../../../shared/domain/dikImport';
import { useDateWords } from '../../api/useDateTime';

/** What a DIK row's exemption will hold — Pasal 17 grounds, other bases, the end date, the decision — and what to review. */
export function ImportDikReadingCell({ reading }: { reading: ImportDikReading }) {
  const { t } = useTranslation();
  const day = useDateWords();
  return (
    <Stack gap={2} mt={4}>
      <Group gap={4}>
        {reading.grounds.length > 0 ? (
          reading.grounds.map((code) => (
            <Badge key={code} size="xs" variant="light" color="grape" tt="none">
              {code}
            </Badge>
          ))
        ) : (
          <Badge size="xs" variant="light" color="gray" tt="none">
            {t('dikImport.reading.noGrounds')}
          </Badge>
        )}
        <Badge size="xs" variant="outline" color={reading.endDate ? 'teal' : 'gray'} tt="none">
          {reading.endDate ? t('dikImport.reading.ends', { date: day(reading.endDate) }) : t('dikImport.reading.noEnd')}
        </Badge>
        {reading.awaitingDecision ? (
          <Badge size="xs" color="orange">
            {t('dikImport.awaiting.badge')}
          </Badge>
        ) : null}
      </Group>
      {reading.otherBases.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t('dikImport.reading.others')}: {reading.otherBases.join('; ')}
        </Text>
      ) : null}
      {reading.upstreamDecision !== '' ? (
        <Text size="xs" c="dimmed">
          {t('dikImport.reading.upstream', { text: reading.upstreamDecision })}
        </Text>
      ) : null}
      {reading.review
        .filter((point) => point.key !== 'awaitingDecision')
        .map((point, i) => (
          <Text key={`${point.key}-${String(i)}`} size="xs" c="orange.8">
            {t(`dikImport.review.${point.key}`, point.params)}
          </Text>
        ))}
    </Stack>
  );
}
