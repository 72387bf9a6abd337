import { ActionIcon, Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconArrowDown, IconArrowUp, IconEye, IconUnlink, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import type { DocumentDetail, FileRole } from '../../../shared/domain/document';
import { useApiClient } from '../../api/ApiContext';
import { ApiFailure } from '../../api/ApiFailure';
import { callOrThrow, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useConfirm } from '../../components/useConfirm';
import { ScanThumb } from './ScanThumb';

/** One ordered set of scans (the originals or the public copy): drop or pick files, reorder, view. */
export function FilesSection({ doc, role, onView }: { doc: DocumentDetail; role: FileRole; onView: (index: number) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remove = useMethodMutation('document.removeFile');
  const confirm = useConfirm();
  const reorder = useMethodMutation('document.reorderFiles');
  const files = doc.files.filter((f) => f.role === role);

  async function add(list: File[]) {
    setBusy(true);
    setError(null);
    try {
      for (const file of list) {
        const staged = await client.upload(file);
        if (!staged.ok) throw new ApiFailure(staged.error);
        await callOrThrow(client, 'document.addFile', { id: doc.id, role, upload: { uploadId: staged.value.uploadId } });
      }
      showToast((tr) => tr('documents.files.added'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function move(index: number, by: -1 | 1) {
    const order = files.map((f) => f.sha256);
    const [picked] = order.splice(index, 1);
    if (picked === undefined) return;
    order.splice(index + by, 0, picked);
    reorder.mutate({ id: doc.id, role, order });
  }

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        {t(`documents.files.${role}`)}
      </Title>
      {role === 'public' ? (
        <Text size="xs" c="dimmed" mb="xs">
          {t('documents.files.publicHint')}
        </Text>
      ) : null}
      <ErrorNotice error={error ?? remove.error ?? reorder.error} />
      {confirm.modal}
      <Stack gap="xs">
        {files.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('documents.files.none')}
          </Text>
        ) : null}
        {files.map((file, index) => (
          <Group key={file.sha256} gap="sm" wrap="nowrap">
            <ScanThumb sha256={file.sha256} contentType={file.contentType} label={`${t('documents.files.view')} ${file.name}`} width={56} />
            <Stack gap={0} flex={1} miw={0}>
              <Text size="sm" truncate>
                {index + 1}. {file.name}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace" truncate>
                {file.sha256.slice(0, 16)}… · {Math.ceil(file.size / 1024)} KB
              </Text>
            </Stack>
            <ActionIcon variant="subtle" aria-label={`${t('documents.files.view')} ${file.name}`} onClick={() => onView(index)}>
              <IconEye size={18} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={`${t('documents.files.moveUp')} ${file.name}`}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              <IconArrowUp size={18} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={`${t('documents.files.moveDown')} ${file.name}`}
              disabled={index === files.length - 1}
              onClick={() => move(index, 1)}
            >
              <IconArrowDown size={18} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t('documents.files.remove')} ${file.name}`}
              onClick={() =>
                confirm.ask({
                  title: t('confirm.fileTitle'),
                  body: t('confirm.fileBody', { name: file.name, code: doc.code }),
                  confirm: t('confirm.fileConfirm'),
                  onYes: () => remove.mutate({ id: doc.id, role, sha256: file.sha256 }),
                })
              }
            >
              <IconUnlink size={18} />
            </ActionIcon>
          </Group>
        ))}
        <Dropzone
          onDrop={(list) => void add(list)}
          loading={busy}
          multiple
          aria-label={`${t(`documents.files.${role}`)}: ${t('documents.files.drop')}`}
        >
          <Group justify="center" gap="xs" mih={56} style={{ pointerEvents: 'none' }}>
            <IconUpload size={20} aria-hidden />
            <Text size="sm">{busy ? t('documents.files.uploading') : t('documents.files.drop')}</Text>
          </Group>
        </Dropzone>
        {files.length > 0 ? (
          <Button variant="light" size="xs" onClick={() => onView(0)}>
            {t('documents.files.view')}
          </Button>
        ) : null}
        {role === 'public' && files.length === 0 ? (
          <Alert color="gray" variant="light" p="xs">
            <Text size="xs">{t('documents.files.publicHint')}</Text>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
