import { Alert, Anchor, Button, Card, Group, NumberInput, SegmentedControl, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperSize } from '../../../shared/domain/export';
import { registerBooks, type RegisterBookKind } from '../../../shared/domain/requestReport';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

/** The year's Buku Register Permohonan or Buku Register Keberatan in the Perki columns, as XLSX or PDF (A4/F4 landscape). */
export function RegisterExportPanel() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [book, setBook] = useState<RegisterBookKind>('permohonan');
  const [paper, setPaper] = useState<PaperSize>('a4');
  const file = useMethodMutation('request.registerFile');
  return (
    <Card withBorder aria-label={t('request.registerExport.title')}>
      <Title order={4} mb="xs">
        {t('request.registerExport.title')}
      </Title>
      <Stack>
        <Alert color="yellow" variant="light">
          {t('request.registerExport.internal')}
        </Alert>
        <Group align="end">
          <Select
            label={t('request.registerExport.book')}
            data={registerBooks.map((b) => ({ value: b, label: t(`request.registerExport.${b}`) }))}
            value={book}
            onChange={(value) => value && setBook(value)}
            allowDeselect={false}
            w={360}
          />
          <NumberInput
            label={t('request.registerExport.year')}
            value={year}
            onChange={(v) => typeof v === 'number' && setYear(v)}
            min={2000}
            max={2200}
            w={120}
          />
          <SegmentedControl
            aria-label={t('request.registerExport.paper')}
            data={[
              { value: 'a4', label: 'A4' },
              { value: 'f4', label: 'F4' },
            ]}
            value={paper}
            onChange={(value) => setPaper(value === 'f4' ? 'f4' : 'a4')}
          />
        </Group>
        {file.error ? <ErrorNotice error={file.error} /> : null}
        <Group>
          <Button loading={file.isPending} onClick={() => file.mutate({ year, book, format: 'xlsx' })}>
            {t('request.registerExport.xlsx')}
          </Button>
          <Button variant="default" loading={file.isPending} onClick={() => file.mutate({ year, book, format: 'pdf', paper })}>
            {t('request.registerExport.pdf')}
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
