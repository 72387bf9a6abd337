import { Alert, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../shared/domain/request';
import type { WorkingDayCount } from '../../../shared/domain/requestDeadline';
import { DueBadge } from './DueBadge';
import { useDateWords } from '../../api/useDateTime';

function Skipped({ count }: { count: WorkingDayCount }) {
  const { t } = useTranslation();
  const day = useDateWords();
  if (count.skipped.length === 0) return null;
  return (
    <List size="sm" spacing={2}>
      {count.skipped.map((d) => (
        <List.Item key={d.date}>
          {day(d.date)}: {t(`request.deadline.${d.reason}`)}
          {d.name ? ` — ${d.name}` : ''}
        </List.Item>
      ))}
    </List>
  );
}

/** "How this date was computed": the days counted from receipt, each day skipped and why, and any move. */
export function DeadlineExplain({ r }: { r: RequestDetail }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const d = r.deadline;
  return (
    <Card withBorder aria-label={t('request.sections.deadline')}>
      <Title order={4} mb="xs">
        {t('request.deadline.dueOn', { date: day(d.dueOn) })}
      </Title>
      <DueBadge row={r} />
      {d.moved ? (
        <Alert color="orange" mt="sm" title={t('request.deadline.moved', { from: day(d.moved.from), to: day(d.moved.to) })}>
          {d.moved.added.length > 0 ? (
            <Text size="sm">{t('request.deadline.added', { list: d.moved.added.map((h) => `${day(h.date)} ${h.name}`).join(', ') })}</Text>
          ) : null}
          {d.moved.removed.length > 0 ? (
            <Text size="sm">{t('request.deadline.removed', { list: d.moved.removed.map(day).join(', ') })}</Text>
          ) : null}
        </Alert>
      ) : null}
      <details>
        <summary>{t('request.deadline.howComputed')}</summary>
        <Text size="sm" mt="xs">
          {t('request.deadline.zone', { zone: d.zone })}
        </Text>
        <Text size="sm">{t('request.deadline.answer', { from: day(d.answer.from), due: day(d.answer.due) })}</Text>
        <Text size="sm">{t('request.deadline.skipped')}</Text>
        <Skipped count={d.answer} />
        {d.extension ? (
          <>
            <Text size="sm" mt="xs">
              {t('request.deadline.extension', { from: day(d.extension.from), due: day(d.extension.due), reason: d.extension.reason })}
            </Text>
            <Skipped count={d.extension} />
          </>
        ) : null}
      </details>
    </Card>
  );
}
