import { Alert, Anchor, Button, Card, Group, List, NumberInput, Progress, Stack, Text, TextInput } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFolderOpen, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { emptyDocument, type Document } from '../../../shared/domain/document';
import type { Entry } from '../../../shared/domain/entry';
import { classificationCodeSchema } from '../../../shared/domain/ordner';
import { SNIFF_BYTES, sniffContentType } from '../../../shared/domain/vault';
import { useApiClient } from '../../api/ApiContext';
import { ApiFailure, errorText } from '../../api/ApiFailure';
import { callOrThrow, useMarkStale, useMethod } from '../../api/hooks';
import { useToday } from '../../api/useToday';
import { href, routes } from '../../app/routes';

const MIB = 1024 * 1024;

type Refusal = { key: 'vault.empty' | 'vault.unsupported' | 'vault.tooLarge'; name: string; limit: number };
type Pending = { files: File[]; title: string; year: number };
type Progressing = { done: number; count: number } | null;
type Failure = { message: string; doc: Document | null; linked: boolean; done: number; count: number };

/** The same checks the vault makes, done first so a bad file never leaves an empty document behind; main still decides. */
async function refusalOf(file: File, maxBytes: number): Promise<Refusal | null> {
  const limit = Math.floor(maxBytes / MIB);
  if (file.size === 0) return { key: 'vault.empty', name: file.name, limit };
  if (file.size > maxBytes) return { key: 'vault.tooLarge', name: file.name, limit };
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return sniffContentType(head) === null ? { key: 'vault.unsupported', name: file.name, limit } : null;
}

function validYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1945 && year <= 2200;
}

/**
 * Scans dropped or picked onto an entry become a new naskah: titled from the entry (the officer may
 * rename it), linked to the entry for a year, its files stored in the order they were given.
 */
export function EntryScanDrop({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const client = useApiClient();
  const markStale = useMarkStale();
  const openPicker = useRef<() => void>(null);
  const vault = useMethod('vault.status', {});
  const [refused, setRefused] = useState<Refusal[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [progress, setProgress] = useState<Progressing>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const busy = progress !== null;

  async function take(files: File[]) {
    setFailure(null);
    const maxBytes = (vault.data?.config.maxFileMb ?? 1024) * MIB;
    const checks = await Promise.all(files.map((file) => refusalOf(file, maxBytes)));
    setRefused(checks.filter((check): check is Refusal => check !== null));
    const accepted = files.filter((_, index) => checks[index] === null);
    if (accepted.length === 0) return;
    setPending((old) => ({
      files: [...(old?.files ?? []), ...accepted],
      title: old?.title ?? entry.judul.slice(0, 300),
      year: old?.year ?? entry.year ?? today.year,
    }));
  }

  async function create(plan: Pending) {
    const count = plan.files.length;
    let doc: Document | null = null;
    let linked = false;
    let done = 0;
    setFailure(null);
    setProgress({ done: 0, count });
    try {
      const code = classificationCodeSchema.safeParse(entry.kodeKlasifikasi);
      doc = await callOrThrow(client, 'document.create', {
        fields: { ...emptyDocument, title: plan.title.trim(), classificationCode: code.success ? code.data : '' },
      });
      // Linked before the files go in: should one fail, the document is already where the officer looks for it.
      await callOrThrow(client, 'document.linkEntry', { id: doc.id, entryId: entry.id, year: plan.year });
      linked = true;
      for (const file of plan.files) {
        setProgress({ done, count });
        const staged = await client.upload(file);
        if (!staged.ok) throw new ApiFailure(staged.error);
        await callOrThrow(client, 'document.addFile', { id: doc.id, role: 'original', upload: { uploadId: staged.value.uploadId } });
        done += 1;
      }
      setPending(null);
      setRefused([]);
      const created = doc.code;
      showToast((tr) => tr('documents.forEntry.created', { code: created, count, year: plan.year }));
    } catch (caught) {
      setFailure({ message: errorText(caught, i18n.language), doc, linked, done, count });
      // What was stored stays stored; only the files still to go are left to try again on the document page.
      if (doc !== null) setPending(null);
    } finally {
      setProgress(null);
      await markStale('document.addFile');
    }
  }

  return (
    <Stack gap="xs">
      {refused.length > 0 ? (
        <Alert color="red" role="alert" title={t('documents.forEntry.refused')} withCloseButton onClose={() => setRefused([])}>
          <List size="sm">
            {refused.map((r) => (
              <List.Item key={r.name}>{t(r.key, { name: r.name, limit: r.limit })}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {failure ? (
        <Alert color="red" role="alert" withCloseButton onClose={() => setFailure(null)}>
          {failure.doc && failure.linked ? (
            <Text size="sm" mb={4}>
              {t('documents.forEntry.partial', { code: failure.doc.code, done: failure.done, count: failure.count })}
            </Text>
          ) : null}
          <Text size="sm">{failure.message}</Text>
          {failure.doc ? (
            <Anchor size="sm" href={href(`${routes.documents}/${String(failure.doc.id)}`)}>
              {t('documents.forEntry.open', { code: failure.doc.code })}
            </Anchor>
          ) : null}
        </Alert>
      ) : null}
      <Dropzone
        onDrop={(files) => void take(files)}
        openRef={openPicker}
        disabled={busy}
        multiple
        aria-label={t('documents.forEntry.dropLabel')}
        p="sm"
      >
        <Group justify="center" gap="xs" mih={48} style={{ pointerEvents: 'none' }}>
          <IconUpload size={20} aria-hidden />
          <Text size="sm" ta="center">
            {t('documents.forEntry.drop')}
          </Text>
        </Group>
      </Dropzone>
      {pending ? (
        <Card withBorder bg="gray.0" aria-label={t('documents.forEntry.newTitle')} component="section">
          <Text fw={600} size="sm" mb="xs">
            {t('documents.forEntry.newTitle')}
          </Text>
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              label={t('documents.fields.title')}
              flex={1}
              value={pending.title}
              maxLength={300}
              disabled={busy}
              error={pending.title.trim() === '' ? t('v.required') : undefined}
              onChange={(event) => setPending({ ...pending, title: event.currentTarget.value })}
            />
            <NumberInput
              label={t('documents.entries.year')}
              w={110}
              min={1945}
              max={2200}
              allowDecimal={false}
              disabled={busy}
              value={pending.year}
              error={validYear(pending.year) ? undefined : t('v.year')}
              onChange={(value) => setPending({ ...pending, year: typeof value === 'number' ? value : Number(value) })}
            />
          </Group>
          <Text size="xs" c="dimmed" mt="sm">
            {t('documents.forEntry.filesInOrder')}
          </Text>
          <List type="ordered" size="sm" mb="sm">
            {pending.files.map((file, index) => (
              <List.Item key={`${String(index)}-${file.name}`}>
                {file.name} · {Math.ceil(file.size / 1024)} KB
              </List.Item>
            ))}
          </List>
          {progress ? (
            <Stack gap={4} mb="sm">
              <Text size="xs" role="status">
                {t('documents.forEntry.storing', { done: Math.min(progress.done + 1, progress.count), count: progress.count })}
              </Text>
              <Progress value={(progress.done / progress.count) * 100} animated aria-label={t('documents.forEntry.creating')} />
            </Stack>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" disabled={busy} onClick={() => setPending(null)}>
              {t('documents.cancel')}
            </Button>
            <Button loading={busy} disabled={pending.title.trim() === '' || !validYear(pending.year)} onClick={() => void create(pending)}>
              {t('documents.forEntry.create')}
            </Button>
          </Group>
        </Card>
      ) : (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconFolderOpen size={14} aria-hidden />}
          disabled={busy}
          onClick={() => openPicker.current?.()}
        >
          {t('documents.forEntry.pick')}
        </Button>
      )}
    </Stack>
  );
}
