import { Button, Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../shared/domain/document';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { useToday } from '../../api/useToday';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useConfirm } from '../../components/useConfirm';

/** The register entries this document carries (many to many), each for a year. */
export function EntriesSection({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const today = useToday();
  const [search, setSearch] = useState('');
  const [entryId, setEntryId] = useState<string | null>(null);
  const [year, setYear] = useState<number>(doc.date ? Number(doc.date.slice(0, 4)) : today.year);
  const entries = useMethod('entry.list', { search, limit: 20, grouped: false, withCounts: false });
  const link = useMethodMutation('document.linkEntry');
  const unlink = useMethodMutation('document.unlinkEntry');
  const confirm = useConfirm();

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {t('documents.entries.title')}
      </Title>
      <ErrorNotice error={link.error ?? unlink.error} />
      {confirm.modal}
      <Stack gap={4} mb="sm">
        {doc.entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('documents.entries.none')}
          </Text>
        ) : null}
        {doc.entries.map((e) => (
          <Group key={e.entryId} justify="space-between">
            <Text size="sm">
              {e.year} · {e.label}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() =>
                confirm.ask({
                  title: t('confirm.unlinkTitle'),
                  body: t('confirm.unlinkBody', { code: doc.code, title: e.label }),
                  confirm: t('confirm.unlinkConfirm'),
                  onYes: () => unlink.mutate({ id: doc.id, entryId: e.entryId }),
                })
              }
            >
              {t('documents.entries.unlink')}
            </Button>
          </Group>
        ))}
      </Stack>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('documents.entries.entry')}
          w={320}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          data={(entries.data?.rows ?? []).map((e) => ({ value: String(e.id), label: e.judul }))}
          value={entryId}
          onChange={setEntryId}
        />
        <NumberInput
          label={t('documents.entries.year')}
          w={100}
          min={1945}
          max={2200}
          value={year}
          onChange={(v) => setYear(typeof v === 'number' ? v : year)}
        />
        <Button
          variant="light"
          disabled={entryId === null}
          onClick={() => entryId && link.mutate({ id: doc.id, entryId: Number(entryId), year })}
        >
          {t('documents.entries.link')}
        </Button>
      </Group>
    </Card>
  );
}
