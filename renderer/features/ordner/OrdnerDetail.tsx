import { Badge, Button, Card, Group, Modal, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import type { ExportedFile } from '../../../shared/domain/export';
import { fillLevel, ordnerYears } from '../../../shared/domain/ordner';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { href, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScanThumb } from '../documents/ScanThumb';
import { OrdnerForm } from './OrdnerForm';
import { PrintPreview } from './PrintPreview';
import { spineColour } from './spine';
import { useDateWords } from '../../api/useDateTime';

/** One ordner opened from the shelf: its particulars, its contents in filing order, and its printouts. */
export function OrdnerDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const data = useMethod('ordner.get', { id });
  const places = useMethod('place.list', {});
  const update = useMethodMutation('ordner.update');
  const labels = useMethodMutation('ordner.labels');
  const index = useMethodMutation('ordner.index');
  const [editing, setEditing] = useState(false);
  const [printed, setPrinted] = useState<ExportedFile | null>(null);

  if (!data.data) return <ErrorNotice error={data.error} />;
  const { ordner, documents } = data.data;
  const place = places.data?.find((p) => p.id === ordner.placeId);
  const colour = spineColour[ordner.colour];

  return (
    <Stack>
      <Button
        component="a"
        href={href(routes.ordner)}
        variant="subtle"
        size="compact-sm"
        leftSection={<IconArrowLeft size={14} />}
        w="fit-content"
      >
        {t('documents.back')}
      </Button>
      <Group justify="space-between" align="flex-start">
        <Group align="flex-start">
          <div style={{ width: 18, height: 64, background: colour.bg, borderRadius: 2 }} aria-hidden />
          <Stack gap={2}>
            <Title order={2}>
              {ordner.code} · {ordner.title}
            </Title>
            <Group gap="xs">
              <Badge variant="light">{ordnerYears(ordner)}</Badge>
              {ordner.unitName ? <Badge variant="outline">{ordner.unitName}</Badge> : null}
              {ordner.classificationCode ? (
                <Badge variant="outline" color="gray">
                  {ordner.classificationCode}
                </Badge>
              ) : null}
              <Badge
                color={ordner.access === 'tertutup' ? 'red' : 'teal'}
                leftSection={ordner.access === 'tertutup' ? <IconLock size={12} /> : null}
              >
                {t(`ordners.access.${ordner.access}`)}
              </Badge>
              {place ? (
                <Text size="sm" c="dimmed">
                  {t(`ordners.places.kinds.${place.kind}`)} · {place.name}
                </Text>
              ) : null}
            </Group>
          </Stack>
        </Group>
        <Group>
          <Button variant="default" onClick={() => (update.reset(), setEditing(true))}>
            {t('ordners.edit')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconPrinter size={16} />}
            loading={labels.isPending}
            onClick={() => labels.mutate({ ids: [ordner.id] }, { onSuccess: setPrinted })}
          >
            {t('ordners.printLabels')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconPrinter size={16} />}
            loading={index.isPending}
            onClick={() => index.mutate({ id: ordner.id }, { onSuccess: setPrinted })}
          >
            {t('ordners.printIndex')}
          </Button>
        </Group>
      </Group>
      <ErrorNotice error={labels.error ?? index.error} />
      <Card withBorder padding="sm" maw={420}>
        <Text size="sm">
          {t('ordners.fill', { sheets: ordner.sheetCount, capacity: ordner.capacitySheets })} ·{' '}
          {t('ordners.documentCount', { count: ordner.documentCount })}
        </Text>
        <Progress
          value={fillLevel(ordner) * 100}
          color={fillLevel(ordner) > 0.9 ? 'red' : 'blue'}
          mt={4}
          aria-label={t('ordners.fill', { sheets: ordner.sheetCount, capacity: ordner.capacitySheets })}
        />
      </Card>
      <Title order={3} size="h4">
        {t('ordners.contents')}
      </Title>
      {documents.length === 0 ? (
        <Text c="dimmed">{t('ordners.contentsEmpty')}</Text>
      ) : (
        <Table withTableBorder highlightOnHover aria-label={t('ordners.contents')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ordners.columns.sekat')}</Table.Th>
              <Table.Th>{t('ordners.columns.seq')}</Table.Th>
              <Table.Th />
              <Table.Th>{t('ordners.columns.code')}</Table.Th>
              <Table.Th>{t('ordners.columns.title')}</Table.Th>
              <Table.Th>{t('ordners.columns.date')}</Table.Th>
              <Table.Th>{t('ordners.columns.stage')}</Table.Th>
              <Table.Th>{t('ordners.columns.sheets')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((doc) => (
              <Table.Tr key={doc.id}>
                <Table.Td>{doc.filing?.sekat}</Table.Td>
                <Table.Td>{doc.filing?.seq}</Table.Td>
                <Table.Td>
                  {doc.coverSha256 ? (
                    <ScanThumb sha256={doc.coverSha256} contentType={doc.coverContentType} label={doc.title} width={34} />
                  ) : null}
                </Table.Td>
                <Table.Td ff="monospace">{doc.code}</Table.Td>
                <Table.Td>
                  <a href={href(`${routes.documents}/${String(doc.id)}`)}>{doc.title}</a>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(doc.date)}</Table.Td>
                <Table.Td>{t(`documents.stages.${doc.stage}`)}</Table.Td>
                <Table.Td>{doc.sheetCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('ordners.edit')} size="lg">
        <ErrorNotice error={update.error} />
        {editing ? (
          <OrdnerForm
            initial={{
              code: ordner.code,
              title: ordner.title,
              unitId: ordner.unitId,
              classificationCode: ordner.classificationCode,
              yearFrom: ordner.yearFrom,
              yearTo: ordner.yearTo,
              access: ordner.access,
              capacitySheets: ordner.capacitySheets,
              colour: ordner.colour,
              spineCm: ordner.spineCm,
              placeId: ordner.placeId,
            }}
            busy={update.isPending}
            onCancel={() => setEditing(false)}
            onSubmit={(fields) =>
              update.mutate(
                { id: ordner.id, fields, expectedVersion: ordner.version },
                { onSuccess: () => (setEditing(false), showToast((tr) => tr('ordners.saved'))) },
              )
            }
          />
        ) : null}
      </Modal>
      <PrintPreview printed={printed} onClose={() => setPrinted(null)} />
    </Stack>
  );
}
