import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/ApiFailure';

/** An API error in the reader's language, announced to screen readers. */
export function ErrorNotice({ error, title }: { error: unknown; title?: string }) {
  const { i18n } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={title} mb="md">
      {errorText(error, i18n.language)}
    </Alert>
  );
}
