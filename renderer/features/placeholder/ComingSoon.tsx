import { Alert } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** A section of the product that a later version fills; named so the officer knows where it will be. */
export function ComingSoon({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(titleKey)} />
      <Alert icon={<IconTools aria-hidden />} title={t('soon.title')} color="gray">
        {t('soon.body')}
      </Alert>
    </>
  );
}
