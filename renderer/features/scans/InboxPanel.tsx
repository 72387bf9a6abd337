import { Alert, Button, Card, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { useDateTime } from '../../api/useDateTime';
import { emptyDocument, type InboxItem } from '../../../shared/domain/document';
import { errorText } from '../../api/ApiFailure';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { navigate, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DocumentForm } from '../documents/DocumentForm';
import { ScanThumb } from '../documents/ScanThumb';
import { UnassignedScans } from './UnassignedScans';

function AssignDialog({ item, onClose }: { item: InboxItem; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'existing' | 'new'>('new');
  const [documentId, setDocumentId] = useState<string | null>(null);
  const documents = useMethod('document.list', {});
  const assign = useMethodMutation('inbox.assign');
  const done = {
    onSuccess: (doc: { id: number; code: string }) => {
      showToast((tr) => tr('vault.inbox.assigned', { code: doc.code }));
      onClose();
      navigate(`${routes.documents}/${String(doc.id)}`);
    },
  };
  return (
    <Modal opened onClose={onClose} title={t('vault.inbox.assignTitle', { name: item.name })} size="lg">
      {assign.error ? (
        <Alert color="red" role="alert" mb="sm">
          {errorText(assign.error, i18n.language)}
        </Alert>
      ) : null}
      <SegmentedControl
        mb="md"
        value={mode}
        onChange={(value) => setMode(value === 'existing' ? 'existing' : 'new')}
        data={[
          { value: 'new', label: t('vault.inbox.toNew') },
          { value: 'existing', label: t('vault.inbox.toExisting') },
        ]}
      />
      {mode === 'new' ? (
        <DocumentForm
          initial={{ ...emptyDocument, title: item.name.replace(/\.[a-z0-9]+$/i, '') }}
          busy={assign.isPending}
          onCancel={onClose}
          submitLabel={t('vault.inbox.assign')}
          onSubmit={(fields) => assign.mutate({ itemId: item.id, newDocument: fields }, done)}
        />
      ) : (
        <Stack>
          <Select
            label={t('vault.inbox.chooseDocument')}
            searchable
            data={(documents.data ?? []).map((d) => ({ value: String(d.id), label: `${d.code} — ${d.title}` }))}
            value={documentId}
            onChange={setDocumentId}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('documents.cancel')}
            </Button>
            <Button
              disabled={documentId === null}
              loading={assign.isPending}
              onClick={() => documentId && assign.mutate({ itemId: item.id, documentId: Number(documentId) }, done)}
            >
              {t('vault.inbox.assign')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Kotak Masuk Pindaian: what the scanner saved, with thumbnails, waiting to be put into a document. */
export function InboxPanel() {
  const { t, i18n } = useTranslation();
  const dateTime = useDateTime();
  const inbox = useMethod('inbox.list', {}, { refetchInterval: 5000 });
  const scan = useMethodMutation('inbox.scan');
  const [assigning, setAssigning] = useState<InboxItem | null>(null);
  const state = inbox.data;
  const problem = state?.folderProblem;

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={720}>
          {t('vault.inbox.intro')}
        </Text>
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden />}
          loading={scan.isPending}
          onClick={() => scan.mutate({})}
        >
          {t('vault.inbox.refresh')}
        </Button>
      </Group>
      {state?.folder ? (
        <Text size="sm">
          {t('vault.inbox.folder')}:{' '}
          <Text span ff="monospace">
            {state.folder}
          </Text>
        </Text>
      ) : null}
      <ErrorNotice error={inbox.error ?? scan.error} />
      {problem ? <Alert color="yellow">{i18n.language === 'en' ? problem.messageEn : problem.message}</Alert> : null}
      {state && !problem && state.items.length === 0 ? <Text c="dimmed">{t('vault.inbox.empty')}</Text> : null}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} role="list" aria-label={t('vault.inbox.title')}>
        {(state?.items ?? []).map((item) => (
          <Card key={item.id} withBorder padding="sm" role="listitem" aria-label={item.name}>
            <Stack gap="xs" align="center">
              {item.sha256 ? <ScanThumb sha256={item.sha256} contentType={item.contentType} label={item.name} width={110} /> : null}
              <Text size="sm" fw={600} ta="center" style={{ wordBreak: 'break-all' }}>
                {item.name}
              </Text>
              <Text size="xs" c="dimmed">
                {dateTime(item.modifiedAt)} · {Math.ceil(item.size / 1024)} KB
              </Text>
              {item.problem ? (
                <Alert color="red" p="xs" title={t('vault.inbox.refused')}>
                  <Text size="xs">{i18n.language === 'en' ? item.problem.messageEn : item.problem.message}</Text>
                </Alert>
              ) : (
                <Button size="xs" onClick={() => setAssigning(item)} aria-label={`${t('vault.inbox.assign')}: ${item.name}`}>
                  {t('vault.inbox.assign')}
                </Button>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {assigning ? <AssignDialog item={assigning} onClose={() => setAssigning(null)} /> : null}
      <UnassignedScans />
    </Stack>
  );
}
