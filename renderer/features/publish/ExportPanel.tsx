import { Alert, Anchor, Button, Card, Group, Modal, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ListKind, PaperSize, PdfLayout } from '../../../shared/domain/export';
import { exportFormats } from '../../../shared/domain/export';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { useToday } from '../../api/useToday';
import { href, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IncompleteWarning } from './IncompleteWarning';
import { missingForPrint, noChoices, PrintChoices, type Choices } from './PrintChoices';
import { useJobProgress } from './useJobProgress';

/** Cetak & Ekspor: the live DIP or DIK as a file; PDFs can open straight in the browser's viewer to print. */
export function ExportPanel() {
  const { t } = useTranslation();
  const today = useToday();
  const [list, setList] = useState<ListKind>('dip');
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [layout, setLayout] = useState<PdfLayout>('daftar');
  const [year, setYear] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const exporter = useMethodMutation('export.list');
  const progress = useJobProgress(jobId);
  const yearValue = /^\d{4}$/.test(year) ? Number(year) : null;
  // Before the DIP is printed or exported, name the public entries whose required columns would print blank.
  const preview = useMethod('edition.preview', { list: 'dip', year: yearValue ?? today.year }, { enabled: list === 'dip' });

  const agency = useMethod('agency.get', {});
  const [choices, setChoices] = useState<Choices>(noChoices);
  const [confirming, setConfirming] = useState<{ print: boolean; missing: string[] } | null>(null);

  /** A list printed without an agency profile has no kop and no signer: say so first, and go on only if asked. */
  const start = (print: boolean) => {
    const missing = missingForPrint(agency.data);
    if ((print || format === 'pdf') && missing.length > 0) setConfirming({ print, missing });
    else run(print);
  };

  const run = (print: boolean) => {
    const id = crypto.randomUUID();
    setJobId(id);
    setConfirming(null);
    exporter.mutate(
      {
        list,
        format: print ? 'pdf' : format,
        paper,
        layout,
        year: yearValue,
        jobId: id,
        decisionId: choices.decisionId,
        signatureDate: /^\d{4}-\d{2}-\d{2}$/.test(choices.signatureDate) ? choices.signatureDate : null,
        dikColumns: list === 'dik' ? choices.dikColumns : [],
      },
      { onSuccess: (file) => (print ? window.open(`${file.url}?inline=1`, '_blank', 'noopener') : undefined) },
    );
  };

  return (
    <Card withBorder>
      <Stack>
        <Text fw={600}>{t('export.exportTitle')}</Text>
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
          <Select
            label={t('export.format')}
            value={format}
            allowDeselect={false}
            onChange={(v) => setFormat(exportFormats.find((f) => f === v) ?? 'pdf')}
            data={exportFormats.map((f) => ({ value: f, label: f.toUpperCase() }))}
          />
          <TextInput
            label={t('export.year')}
            placeholder={t('export.allYears')}
            value={year}
            onChange={(e) => setYear(e.currentTarget.value)}
            inputMode="numeric"
          />
        </Group>
        <Group grow align="end">
          <Select
            label={t('export.paper')}
            value={paper}
            allowDeselect={false}
            onChange={(v) => setPaper(v === 'f4' ? 'f4' : 'a4')}
            data={[
              { value: 'a4', label: t('export.a4') },
              { value: 'f4', label: t('export.f4') },
            ]}
          />
          <Select
            label={t('export.layout')}
            value={layout}
            allowDeselect={false}
            onChange={(v) => setLayout(v === 'lampiran' ? 'lampiran' : 'daftar')}
            data={[
              { value: 'daftar', label: t('export.layoutDaftar') },
              { value: 'lampiran', label: t('export.layoutLampiran') },
            ]}
          />
        </Group>
        {list === 'dip' && preview.data ? <IncompleteWarning incomplete={preview.data.incomplete} /> : null}
        <PrintChoices list={list} layout={layout} value={choices} onChange={setChoices} />
        <Group>
          <Button loading={exporter.isPending} onClick={() => start(false)}>
            {t('export.download')}
          </Button>
          <Button variant="light" loading={exporter.isPending} onClick={() => start(true)}>
            {t('export.print')}
          </Button>
        </Group>
        {progress ? (
          <Progress aria-label={t('export.progress', progress)} value={(progress.done / Math.max(progress.total, 1)) * 100} animated />
        ) : null}
        <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={t('export.choices.noProfileTitle')}>
          <Stack>
            <Text size="sm">{t('export.choices.noProfile')}</Text>
            <ul style={{ margin: 0 }}>
              {(confirming?.missing ?? []).map((key) => (
                <li key={key}>{t(`export.choices.missing.${key}`)}</li>
              ))}
            </ul>
            <Group justify="flex-end">
              <Anchor href={href(routes.agency)}>{t('export.choices.fillProfile')}</Anchor>
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('export.choices.cancel')}
              </Button>
              <Button onClick={() => run(confirming?.print ?? false)}>{t('export.choices.printAnyway')}</Button>
            </Group>
          </Stack>
        </Modal>
        <ErrorNotice error={exporter.error} />
        {exporter.data ? (
          <Alert color="teal" role="status">
            {t('export.ready', { name: exporter.data.name })}{' '}
            <Anchor href={exporter.data.url} download={exporter.data.name}>
              {t('export.download')}
            </Anchor>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
