import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/hooks';
import { href, routes } from '../../app/routes';

/** Beranda: open requests due within 3 working days, or overdue. */
export function RequestReminder() {
  const { t } = useTranslation();
  const due = useMethod('request.list', { dueWithin: 3 });
  if (!due.data || due.data.length === 0) return null;
  return (
    <Alert color="orange" title={t('request.reminders.title')}>
      <List size="sm">
        {due.data.map((r) => (
          <List.Item key={r.id}>
            <Anchor href={href(`${routes.requests}/${String(r.id)}`)}>
              {t('request.reminders.item', {
                number: r.number,
                name: r.requesterName,
                when: r.overdue
                  ? t('request.deadline.overdue', { count: -(r.workingDaysLeft ?? 0) })
                  : t('request.deadline.left', { count: r.workingDaysLeft ?? 0 }),
              })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
