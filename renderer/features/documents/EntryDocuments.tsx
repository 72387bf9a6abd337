import { ActionIcon, Anchor, Badge, Button, Card, Center, Divider, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileOff, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import type { Document } from '../../../shared/domain/document';
import type { Entry } from '../../../shared/domain/entry';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { useToday } from '../../api/useToday';
import { href, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useConfirm } from '../../components/useConfirm';
import { EntryScanDrop } from './EntryScanDrop';
import { ScanThumb } from './ScanThumb';

function DocumentRow({ doc, onUnlink }: { doc: Document; onUnlink: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap" role="listitem" aria-label={`${doc.code} ${doc.title}`}>
      {doc.coverSha256 ? (
        <ScanThumb sha256={doc.coverSha256} contentType={doc.coverContentType} label={doc.title} width={36} />
      ) : (
        // Same footprint as a thumbnail, so titles line up whether or not a document has scans yet.
        <Center w={36} h={51} style={{ flex: 'none', border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 3 }} c="gray.5">
          <IconFileOff size={18} aria-hidden />
        </Center>
      )}
      <Stack gap={2} flex={1} miw={0}>
        <Anchor
          href={href(`${routes.documents}/${String(doc.id)}`)}
          size="sm"
          fw={600}
          truncate
          aria-label={t('documents.forEntry.open', { code: doc.code })}
          title={doc.title}
        >
          {doc.title}
        </Anchor>
        <Group gap={6}>
          <Text size="xs" ff="monospace" c="dimmed">
            {doc.code}
          </Text>
          {doc.number ? (
            <Text size="xs" c="dimmed">
              · {doc.number}
            </Text>
          ) : null}
          <Badge size="xs" variant="light" color={doc.fileCount > 0 ? 'blue' : 'gray'}>
            {t('documents.files.count', { count: doc.fileCount })}
          </Badge>
          <Badge size="xs" variant="light" color={doc.publicFileCount > 0 ? 'teal' : 'gray'}>
            {doc.publicFileCount > 0 ? t('documents.forEntry.publicCopy') : t('documents.forEntry.noPublicCopy')}
          </Badge>
        </Group>
      </Stack>
      <ActionIcon variant="subtle" color="red" aria-label={t('documents.forEntry.unlink', { code: doc.code })} onClick={onUnlink}>
        <IconUnlink size={18} />
      </ActionIcon>
    </Group>
  );
}

/** Dokumen of one register entry: its naskah per year, new ones from dropped scans, existing ones linked. */
export function EntryDocuments({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const today = useToday();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [year, setYear] = useState<number>(entry.year ?? today.year);
  const groups = useMethod('document.byEntry', { entryId: entry.id });
  const candidates = useMethod('document.list', { query: debounced.slice(0, 200), limit: 20 });
  const link = useMethodMutation('document.linkEntry');
  const unlink = useMethodMutation('document.unlinkEntry');
  const confirm = useConfirm();
  const linkedIds = new Set((groups.data ?? []).flatMap((g) => g.documents.map((d) => d.id)));
  const validYear = Number.isInteger(year) && year >= 1945 && year <= 2200;

  const options = (candidates.data ?? [])
    .filter((d) => !linkedIds.has(d.id))
    .map((d) => ({ value: String(d.id), label: `${d.code} — ${d.title}` }));
  // Picking an option writes its label into the search box; the chosen one stays listed whatever that search finds.
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);

  function linkChosen() {
    if (chosen === null) return;
    link.mutate(
      { id: Number(chosen.value), entryId: entry.id, year },
      { onSuccess: () => (setChosen(null), setSearch(''), showToast((tr) => tr('documents.forEntry.linked'))) },
    );
  }

  return (
    <Card withBorder component="section" aria-labelledby={`entry-documents-${String(entry.id)}`} mt="md">
      <Title order={3} size="h5" id={`entry-documents-${String(entry.id)}`}>
        {t('documents.forEntry.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('documents.forEntry.intro')}
      </Text>
      <ErrorNotice error={groups.error ?? link.error ?? unlink.error} />
      {confirm.modal}
      <Stack gap="sm" mb="sm">
        {groups.data?.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('documents.forEntry.none')}
          </Text>
        ) : null}
        {(groups.data ?? []).map((group) => (
          <Stack key={group.year} gap={6} role="list" aria-label={t('documents.forEntry.year', { year: group.year })}>
            <Divider
              label={
                <Text size="sm" fw={700} c="dark">
                  {t('documents.forEntry.year', { year: group.year })}
                </Text>
              }
              labelPosition="left"
            />
            {group.documents.map((doc) => (
              <DocumentRow
                key={doc.id}
                doc={doc}
                onUnlink={() =>
                  confirm.ask({
                    title: t('confirm.unlinkTitle'),
                    body: t('confirm.unlinkBody', { code: doc.code, title: entry.judul }),
                    confirm: t('confirm.unlinkConfirm'),
                    onYes: () =>
                      unlink.mutate(
                        { id: doc.id, entryId: entry.id },
                        { onSuccess: () => showToast((tr) => tr('documents.forEntry.unlinked')) },
                      ),
                  })
                }
              />
            ))}
          </Stack>
        ))}
      </Stack>
      <EntryScanDrop entry={entry} />
      <Divider my="sm" />
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <Select
          label={t('documents.forEntry.linkExisting')}
          placeholder={t('documents.forEntry.searchDocument')}
          flex={1}
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          nothingFoundMessage={t('documents.empty')}
          data={options}
          value={chosen?.value ?? null}
          onChange={(_, option) => setChosen(option)}
        />
        <NumberInput
          label={t('documents.entries.year')}
          w={110}
          min={1945}
          max={2200}
          allowDecimal={false}
          value={year}
          error={validYear ? undefined : t('v.year')}
          onChange={(value) => setYear(typeof value === 'number' ? value : Number(value))}
        />
        <Button variant="light" disabled={chosen === null || !validYear} loading={link.isPending} onClick={linkChosen}>
          {t('documents.forEntry.link')}
        </Button>
      </Group>
    </Card>
  );
}
