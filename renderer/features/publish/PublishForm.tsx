import { Alert, Button, Card, FileInput, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionDecision, EditionPreview } from '../../../shared/domain/edition';
import type { ListKind } from '../../../shared/domain/export';
import { useApiClient } from '../../api/ApiContext';
import { ApiFailure } from '../../api/ApiFailure';
import { callOrThrow, useMethodMutation } from '../../api/hooks';
import { useToday } from '../../api/useToday';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PublishConfirm } from './PublishConfirm';

interface Draft {
  list: ListKind;
  year: string;
  number: string;
  date: string;
  place: string;
  position: string;
  name: string;
  nip: string;
  scan: File | null;
}

/** An empty form dated today as the archive counts it (main's clock, the body's time zone). */
const blank = (today: string): Draft => ({
  list: 'dip',
  year: today.slice(0, 4),
  number: '',
  date: today,
  place: '',
  position: '',
  name: '',
  nip: '',
  scan: null,
});

/**
 * Tetapkan & Terbitkan: the year's list with its decision becomes an edition that never changes. A summary
 * is confirmed first; after a success the whole form is cleared, so one list's SK and scan can never ride
 * along with the next list published (issue 12: the DIK's scan once shipped as the DIP's SK).
 */
export function PublishForm() {
  const { t } = useTranslation();
  const client = useApiClient();
  const publish = useMethodMutation('edition.publish');
  const today = useToday();
  const [draft, setDraft] = useState<Draft>(() => blank(today.date));
  // The file input is remounted on reset: a controlled FileInput alone keeps the browser's chosen file.
  const [formKey, setFormKey] = useState(0);
  const [checking, setChecking] = useState<{ preview: EditionPreview; decision: EditionDecision } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const decision = (): EditionDecision => ({
    number: draft.number,
    date: draft.date,
    place: draft.place,
    signerPosition: draft.position,
    signerName: draft.name,
    signerNip: draft.nip,
  });

  const check = async () => {
    setError(null);
    setDone(null);
    try {
      const preview = await callOrThrow(client, 'edition.preview', { list: draft.list, year: Number(draft.year) });
      setChecking({ preview, decision: decision() });
    } catch (failure) {
      setError(failure);
    }
  };

  const confirm = async () => {
    setError(null);
    let scanRef: { uploadId: string } | null = null;
    if (draft.scan) {
      const staged = await client.upload(draft.scan);
      if (!staged.ok) {
        setError(new ApiFailure(staged.error));
        return;
      }
      scanRef = { uploadId: staged.value.uploadId };
    }
    publish.mutate(
      { list: draft.list, year: Number(draft.year), decision: decision(), scan: scanRef },
      {
        onSuccess: (edition) => {
          setChecking(null);
          setDraft(blank(today.date));
          setFormKey((k) => k + 1);
          setDone(edition.id);
        },
      },
    );
  };

  return (
    <Card withBorder>
      <Stack key={formKey}>
        <Text fw={600}>{t('export.publishTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('export.publishIntro')}
        </Text>
        <Group grow align="end">
          <Select
            label={t('export.list')}
            value={draft.list}
            allowDeselect={false}
            onChange={(v) => set('list', v === 'dik' ? 'dik' : 'dip')}
            data={[
              { value: 'dip', label: t('export.dip') },
              { value: 'dik', label: t('export.dik') },
            ]}
          />
          <TextInput
            label={t('export.year')}
            value={draft.year}
            onChange={(e) => set('year', e.currentTarget.value)}
            inputMode="numeric"
            required
          />
        </Group>
        <Group grow align="end">
          <TextInput
            label={t('export.decisionNumber')}
            value={draft.number}
            onChange={(e) => set('number', e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('export.decisionDate')}
            type="date"
            value={draft.date}
            onChange={(e) => set('date', e.currentTarget.value)}
            required
          />
          <TextInput label={t('export.place')} value={draft.place} onChange={(e) => set('place', e.currentTarget.value)} required />
        </Group>
        <Group grow align="end">
          <TextInput
            label={t('export.signerPosition')}
            value={draft.position}
            onChange={(e) => set('position', e.currentTarget.value)}
            required
          />
          <TextInput label={t('export.signerName')} value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} required />
          <TextInput label={t('export.signerNip')} value={draft.nip} onChange={(e) => set('nip', e.currentTarget.value)} />
        </Group>
        <FileInput
          label={t('export.scan')}
          value={draft.scan}
          onChange={(file) => set('scan', file)}
          accept="application/pdf,image/jpeg,image/png"
          clearable
        />
        <Group>
          <Button onClick={() => void check()}>{t('export.publish')}</Button>
        </Group>
        {checking ? null : <ErrorNotice error={error} />}
        {done !== null ? (
          <Alert color="teal" role="status">
            {t('export.published', { id: done })}
          </Alert>
        ) : null}
      </Stack>
      {checking ? (
        <PublishConfirm
          preview={checking.preview}
          decision={checking.decision}
          scanName={draft.scan?.name ?? null}
          busy={publish.isPending}
          error={error ?? publish.error}
          onCancel={() => {
            setChecking(null);
            publish.reset();
          }}
          onConfirm={() => void confirm()}
        />
      ) : null}
    </Card>
  );
}
