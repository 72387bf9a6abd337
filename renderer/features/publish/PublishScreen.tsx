import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EditionsPanel } from './EditionsPanel';
import { ExportPanel } from './ExportPanel';
import { PublishForm } from './PublishForm';

/** Ekspor & Publikasi: print and export the lists, establish editions, build the website package. */
export function PublishScreen() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('export.title')} intro={t('export.intro')} />
      <ExportPanel />
      <PublishForm />
      <EditionsPanel />
    </Stack>
  );
}
