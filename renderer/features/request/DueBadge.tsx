import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '../../../shared/domain/request';
import { useDateWords } from '../../api/useDateTime';

/** The deadline and how far it is, in working days; overdue in red. */
export function DueBadge({ row }: { row: Pick<RequestSummary, 'dueOn' | 'workingDaysLeft' | 'overdue' | 'answeredOn'> }) {
  const { t } = useTranslation();
  const day = useDateWords();
  return (
    <Stack gap={2}>
      <Text size="sm">{day(row.dueOn)}</Text>
      {row.workingDaysLeft === null ? (
        <Text size="xs" c="dimmed">
          {t('request.deadline.answered', { date: row.answeredOn === null ? '' : day(row.answeredOn) })}
        </Text>
      ) : row.overdue ? (
        <Badge color="red" size="sm">
          {t('request.deadline.overdue', { count: -row.workingDaysLeft })}
        </Badge>
      ) : (
        <Badge color={row.workingDaysLeft <= 3 ? 'orange' : 'gray'} size="sm" variant="light">
          {t('request.deadline.left', { count: row.workingDaysLeft })}
        </Badge>
      )}
    </Stack>
  );
}
