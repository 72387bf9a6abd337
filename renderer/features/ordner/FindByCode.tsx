import { TextInput } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/ApiContext';
import { callOrThrow } from '../../api/hooks';
import { navigate, routes } from '../../app/routes';

/** Type a code or scan it (a USB barcode scanner types it and presses Enter): opens the ordner or document. */
export function FindByCode() {
  const { t } = useTranslation();
  const client = useApiClient();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function find() {
    const wanted = code.trim();
    if (!wanted) return;
    try {
      const hit = await callOrThrow(client, 'ordner.lookup', { code: wanted });
      if (!hit) {
        setError(t('documents.find.notFound', { code: wanted }));
        return;
      }
      setError(null);
      setCode('');
      navigate(`${hit.kind === 'ordner' ? routes.ordner : routes.documents}/${String(hit.id)}`);
    } catch {
      setError(t('documents.find.notFound', { code: wanted }));
    }
  }

  return (
    <TextInput
      w={300}
      label={t('documents.find.label')}
      placeholder={t('documents.find.placeholder')}
      leftSection={<IconBarcode size={16} aria-hidden />}
      value={code}
      error={error}
      onChange={(event) => setCode(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void find();
      }}
    />
  );
}
