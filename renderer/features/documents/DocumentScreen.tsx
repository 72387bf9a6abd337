import { Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import type { FileRole } from '../../../shared/domain/document';
import { useApiClient } from '../../api/ApiContext';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { href, routes, useRoute } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DocumentForm } from './DocumentForm';
import { EntriesSection } from './EntriesSection';
import { FilesSection } from './FilesSection';
import { FilingSection } from './FilingSection';
import { ScanViewer } from './ScanViewer';
import { vaultSources } from './viewerSources';
import { useDateWords } from '../../api/useDateTime';

/** One naskah: its data, scans and public copy, the place of the paper, linked entries. */
export function DocumentScreen() {
  const { t } = useTranslation();
  const day = useDateWords();
  const client = useApiClient();
  const route = useRoute();
  const id = Number(/\/(\d+)$/.exec(route)?.[1] ?? '0');
  const doc = useMethod('document.get', { id }, { enabled: id > 0 });
  const update = useMethodMutation('document.update');
  const [editing, setEditing] = useState(false);
  const [viewing, setViewing] = useState<{ role: FileRole; index: number } | null>(null);
  const files = doc.data?.files;
  const role = viewing?.role;
  const sources = useMemo(
    () =>
      vaultSources(
        client,
        (files ?? []).filter((f) => f.role === role),
      ),
    [client, files, role],
  );

  if (!doc.data) return <ErrorNotice error={doc.error} />;
  const d = doc.data;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Button
            component="a"
            href={href(routes.scans)}
            variant="subtle"
            size="compact-sm"
            leftSection={<IconArrowLeft size={14} />}
            w="fit-content"
          >
            {t('documents.back')}
          </Button>
          <Title order={2}>{d.title}</Title>
          <Group gap="xs">
            <Badge variant="outline" ff="monospace">
              {d.code}
            </Badge>
            <Badge variant="light">{t(`documents.stages.${d.stage}`)}</Badge>
            {d.number ? <Text size="sm">{d.number}</Text> : null}
            {d.date ? (
              <Text size="sm" c="dimmed">
                {day(d.date)}
              </Text>
            ) : null}
            {d.classificationCode ? (
              <Text size="sm" c="dimmed">
                {d.classificationCode}
              </Text>
            ) : null}
          </Group>
        </Stack>
        <Button variant="default" onClick={() => (update.reset(), setEditing(!editing))}>
          {t('documents.edit')}
        </Button>
      </Group>
      {editing ? (
        <Card withBorder>
          <ErrorNotice error={update.error} />
          <DocumentForm
            initial={{
              title: d.title,
              number: d.number,
              date: d.date,
              classificationCode: d.classificationCode,
              stage: d.stage,
              description: d.description,
              sheetCount: d.sheetCount,
            }}
            busy={update.isPending}
            onCancel={() => setEditing(false)}
            onSubmit={(fields) =>
              update.mutate(
                { id: d.id, fields, expectedVersion: d.version },
                { onSuccess: () => (setEditing(false), showToast((tr) => tr('documents.saved'))) },
              )
            }
          />
        </Card>
      ) : d.description ? (
        <Text size="sm">{d.description}</Text>
      ) : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <FilesSection doc={d} role="original" onView={(index) => setViewing({ role: 'original', index })} />
            <FilesSection doc={d} role="public" onView={(index) => setViewing({ role: 'public', index })} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <FilingSection key={`${String(d.id)}-${String(d.version)}`} doc={d} />
            <EntriesSection doc={d} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ScanViewer
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        title={`${d.code} · ${d.title}`}
        sources={sources}
        startAt={viewing?.index ?? 0}
      />
    </Stack>
  );
}
