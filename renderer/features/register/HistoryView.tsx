import { Stack, Table, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/domain/entry';
import { useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

/** Fields stored as codes, and where their printed words live in the dictionary. */
const codeLabels: Partial<Record<string, string>> = {
  category: 'register.categoryShort',
  bentuk: 'register.bentukValues',
  disposisi: 'register.dispositions',
};

function show(value: unknown, none: string, label?: (code: string) => string): string {
  if (value === null || value === undefined || value === '') return none;
  if (label && typeof value === 'string') return label(value);
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** Who changed the entry, when, and each field before → after, newest first (from the audit trail). */
export function HistoryView({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const history = useMethod('entry.history', { id: entry.id });
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  const none = t('register.form.none');
  // "berkala" → "Berkala" / "Periodic": the reader's words for a stored code, the code itself if unknown.
  const labelOf = (field: string) => {
    const dictionary = codeLabels[field];
    return dictionary === undefined ? undefined : (code: string) => t(`${dictionary}.${code}`, { defaultValue: code });
  };
  return (
    <Stack>
      <Text fw={600}>{entry.judul}</Text>
      <ErrorNotice error={history.error} />
      {history.data?.length === 0 ? <Text c="dimmed">{t('register.historyView.empty')}</Text> : null}
      <Timeline bulletSize={14} lineWidth={2}>
        {(history.data ?? []).map((item) => (
          <Timeline.Item
            key={`${String(item.seq)}-${item.action}`}
            title={`${t(`register.historyView.actions.${item.action.replace('.', '_')}`)} — ${format.format(new Date(item.at))}`}
          >
            <Text size="xs" c="dimmed">
              {t('register.historyView.by', { actor: item.actor })}
            </Text>
            {item.changes.length > 0 ? (
              <Table fz="xs" mt={4} withRowBorders={false} aria-label={t('register.historyView.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th />
                    <Table.Th>{t('register.historyView.before')}</Table.Th>
                    <Table.Th>{t('register.historyView.after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {item.changes.map((change) => (
                    <Table.Tr key={change.field}>
                      <Table.Td fw={600}>{t(`register.fields.${change.field}`, { defaultValue: change.field })}</Table.Td>
                      <Table.Td c="dimmed">{show(change.before, none, labelOf(change.field))}</Table.Td>
                      <Table.Td>{show(change.after, none, labelOf(change.field))}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
