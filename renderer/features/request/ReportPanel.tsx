import { Anchor, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportNarrative } from '../../../shared/domain/requestReport';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { useToday } from '../../api/useToday';
import { ErrorNotice } from '../../components/ErrorNotice';

const empty: ReportNarrative = { kebijakan: '', kendala: '', rekomendasi: '' };

/** Laporan Layanan Informasi Publik: the year's figures, the officer's narrative, PDF and XLSX. */
export function ReportPanel() {
  const { t } = useTranslation();
  const today = useToday();
  const [year, setYear] = useState(today.year);
  const report = useMethod('request.report', { year });
  const save = useMethodMutation('request.saveReport');
  const file = useMethodMutation('request.reportFile');
  const [narrative, setNarrative] = useState<ReportNarrative>(empty);
  useEffect(() => setNarrative(report.data?.narrative ?? empty), [report.data]);
  const r = report.data;
  const field = (key: keyof ReportNarrative) => (
    <Textarea
      label={t(`request.report.${key}`)}
      value={narrative[key]}
      onChange={(event) => setNarrative({ ...narrative, [key]: event.currentTarget.value })}
      autosize
      minRows={2}
    />
  );
  return (
    <Card withBorder aria-label={t('request.report.title')}>
      <Title order={4} mb="xs">
        {t('request.report.title')}
      </Title>
      <Stack>
        <NumberInput
          label={t('request.report.year')}
          value={year}
          onChange={(v) => typeof v === 'number' && setYear(v)}
          min={2000}
          max={2200}
          w={140}
        />
        {r ? (
          <SimpleGrid cols={4}>
            <Text size="sm">
              {t('request.report.total')}: <b>{r.total}</b>
            </Text>
            <Text size="sm">
              {t('request.status.ditolak')}: <b>{r.byStatus.find((s) => s.status === 'ditolak')?.count ?? 0}</b>
            </Text>
            <Text size="sm">
              {t('request.report.withinTen')}: <b>{r.withinTen}</b> / {r.answered}
            </Text>
            <Text size="sm">
              {t('request.sections.objections')}: <b>{r.objections.total}</b>
            </Text>
          </SimpleGrid>
        ) : null}
        {field('kebijakan')}
        {field('kendala')}
        {field('rekomendasi')}
        {save.error ? <ErrorNotice error={save.error} /> : null}
        {file.error ? <ErrorNotice error={file.error} /> : null}
        <Group>
          <Button
            variant="light"
            loading={save.isPending}
            onClick={() => save.mutate({ year, narrative, expectedVersion: r?.narrativeVersion ?? 0 })}
          >
            {t('request.report.saveNarrative')}
          </Button>
          <Button loading={file.isPending} onClick={() => file.mutate({ year, format: 'pdf' })}>
            {t('request.report.pdf')}
          </Button>
          <Button variant="default" loading={file.isPending} onClick={() => file.mutate({ year, format: 'xlsx' })}>
            {t('request.report.xlsx')}
          </Button>
          {file.data ? (
            <Anchor href={file.data.url} download={file.data.name}>
              {file.data.name}
            </Anchor>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
