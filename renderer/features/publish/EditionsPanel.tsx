import { Alert, Anchor, Badge, Button, Card, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../../api/useDateTime';
import type { DiffKind } from '../../../shared/domain/edition';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useJobProgress } from './useJobProgress';

const kindColour: Record<DiffKind, string> = { added: 'teal', changed: 'blue', removed: 'red', opened: 'grape' };

function DiffView({ id }: { id: number }) {
  const { t } = useTranslation();
  const diff = useMethod('edition.diff', { id });
  const printer = useMethodMutation('edition.diffPdf');
  if (!diff.data) return <ErrorNotice error={diff.error} />;
  const data = diff.data;
  return (
    <Stack gap="xs" aria-label={t('export.diffTitle')}>
      <Group justify="space-between">
        <Text fw={600}>{t('export.diffTitle')}</Text>
        <Button
          size="xs"
          variant="light"
          loading={printer.isPending}
          onClick={() =>
            printer.mutate({ id, paper: 'a4' }, { onSuccess: (file) => window.open(`${file.url}?inline=1`, '_blank', 'noopener') })
          }
        >
          {t('export.printDiff')}
        </Button>
      </Group>
      {data.previousId === null ? (
        <Text size="sm" c="dimmed">
          {t('export.diffFirst')}
        </Text>
      ) : null}
      {data.items.length === 0 && data.previousId !== null ? <Text size="sm">{t('export.diffNone')}</Text> : null}
      <Group gap="xs">
        {(['added', 'changed', 'removed', 'opened'] as const).map((kind) => (
          <Badge key={kind} color={kindColour[kind]} variant="light">{`${t(`export.kind.${kind}`)}: ${String(data.counts[kind])}`}</Badge>
        ))}
      </Group>
      {data.items.slice(0, 200).map((item) => (
        <Text key={`${item.kind}-${String(item.entryId)}`} size="sm">
          <Badge size="xs" color={kindColour[item.kind]} mr="xs">
            {t(`export.kind.${item.kind}`)}
          </Badge>
          {item.label}
          {item.changes.map((c) => ` · ${c.field}: "${c.before}" → "${c.after}"`).join('')}
        </Text>
      ))}
      <ErrorNotice error={printer.error} />
    </Stack>
  );
}

/** Published editions: their differences, and the website package for the USB stick. */
export function EditionsPanel() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const editions = useMethod('edition.list', {});
  const packager = useMethodMutation('publish.package');
  const [open, setOpen] = useState<number | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const progress = useJobProgress(jobId);

  return (
    <Card withBorder>
      <Stack>
        <Text fw={600}>{t('export.editions')}</Text>
        <ErrorNotice error={editions.error ?? packager.error} />
        {editions.data && editions.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('export.noEditions')}
          </Text>
        ) : null}
        {editions.data && editions.data.length > 0 ? (
          <Table striped aria-label={t('export.editions')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('export.edition')}</Table.Th>
                <Table.Th>{t('export.list')}</Table.Th>
                <Table.Th>{t('export.year')}</Table.Th>
                <Table.Th>{t('export.decisionNumber')}</Table.Th>
                <Table.Th>{t('export.rows')}</Table.Th>
                <Table.Th>{t('export.publishedAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {editions.data.map((edition) => (
                <Table.Tr key={edition.id}>
                  <Table.Td>{edition.id}</Table.Td>
                  <Table.Td>{edition.list.toUpperCase()}</Table.Td>
                  <Table.Td>{edition.year}</Table.Td>
                  <Table.Td>{edition.decision.number}</Table.Td>
                  <Table.Td>{edition.rowCount}</Table.Td>
                  <Table.Td>{dateTime(edition.publishedAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => setOpen(open === edition.id ? null : edition.id)}>
                        {t('export.diff')}
                      </Button>
                      <Button
                        size="xs"
                        loading={packager.isPending && packager.variables.editionId === edition.id}
                        onClick={() => {
                          const id = crypto.randomUUID();
                          setJobId(id);
                          packager.mutate({ editionId: edition.id, jobId: id });
                        }}
                      >
                        {t('export.package')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {progress ? (
          <Progress aria-label={t('export.progress', progress)} value={(progress.done / Math.max(progress.total, 1)) * 100} animated />
        ) : null}
        {packager.data ? (
          <Alert color="teal" role="status">
            {t('export.packageReady', { name: packager.data.name, count: packager.data.fileCount })}{' '}
            <Anchor href={packager.data.url} download={packager.data.name}>
              {t('export.download')}
            </Anchor>
          </Alert>
        ) : null}
        {open !== null ? <DiffView id={open} /> : null}
      </Stack>
    </Card>
  );
}
