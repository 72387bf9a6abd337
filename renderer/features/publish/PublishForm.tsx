import { Alert, Button, Card, FileInput, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListKind } from '../../../shared/domain/export';
import { useApiClient } from '../../api/ApiContext';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

/** Tetapkan & Terbitkan: the year's list with its decision becomes an edition that never changes. */
export function PublishForm() {
  const { t } = useTranslation();
  const client = useApiClient();
  const publish = useMethodMutation('edition.publish');
  const [list, setList] = useState<ListKind>('dip');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [place, setPlace] = useState('');
  const [position, setPosition] = useState('');
  const [name, setName] = useState('');
  const [nip, setNip] = useState('');
  const [scan, setScan] = useState<File | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);

  const submit = async () => {
    setUploadError(null);
    let scanRef: { uploadId: string } | null = null;
    if (scan) {
      const staged = await client.upload(scan);
      if (!staged.ok) {
        setUploadError(staged.error);
        return;
      }
      scanRef = { uploadId: staged.value.uploadId };
    }
    publish.mutate({
      list,
      year: Number(year),
      decision: { number, date, place, signerPosition: position, signerName: name, signerNip: nip },
      scan: scanRef,
    });
  };

  return (
    <Card withBorder>
      <Stack>
        <Text fw={600}>{t('export.publishTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('export.publishIntro')}
        </Text>
        <Group grow align="end">
          <Select
            label={t('export.list')}
            value={list}
            allowDeselect={false}
            onChange={(v) => setList(v === 'dik' ? 'dik' : 'dip')}
            data={[
              { value: 'dip', label: t('export.dip') },
              { value: 'dik', label: t('export.dik') },
            ]}
          />
          <TextInput label={t('export.year')} value={year} onChange={(e) => setYear(e.currentTarget.value)} inputMode="numeric" required />
        </Group>
        <Group grow align="end">
          <TextInput label={t('export.decisionNumber')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} required />
          <TextInput label={t('export.decisionDate')} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
          <TextInput label={t('export.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} required />
        </Group>
        <Group grow align="end">
          <TextInput label={t('export.signerPosition')} value={position} onChange={(e) => setPosition(e.currentTarget.value)} required />
          <TextInput label={t('export.signerName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
          <TextInput label={t('export.signerNip')} value={nip} onChange={(e) => setNip(e.currentTarget.value)} />
        </Group>
        <FileInput label={t('export.scan')} value={scan} onChange={setScan} accept="application/pdf,image/jpeg,image/png" clearable />
        <Group>
          <Button loading={publish.isPending} onClick={() => void submit()}>
            {t('export.publish')}
          </Button>
        </Group>
        <ErrorNotice error={publish.error ?? uploadError} />
        {publish.data ? (
          <Alert color="teal" role="status">
            {t('export.published', { id: publish.data.id })}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
