import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/ApiContext';
import { callOrThrow } from '../api/hooks';
import { FolderBrowser } from './FolderBrowser';

/**
 * "Pilih folder…" beside a folder field: main opens the system's folder dialog in Electron; in
 * browser mode (no native dialog) Lemari's own folder browser opens instead. The field keeps
 * accepting a typed path; the choice only fills it in.
 */
export function FolderPickButton({ current, onPick }: { current: string | null; onPick: (path: string) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [browsing, setBrowsing] = useState(false);
  const [busy, setBusy] = useState(false);
  const pick = async () => {
    setBusy(true);
    try {
      const answer = await callOrThrow(client, 'folder.pick', { current: current && current.trim() ? current.trim() : null });
      if (!answer.native) setBrowsing(true);
      else if (answer.path) onPick(answer.path);
    } catch {
      // Refused (a clerk without the right) or no dialog: the browser says why when it lists.
      setBrowsing(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="default" loading={busy} onClick={() => void pick()}>
        {t('folder.browse')}
      </Button>
      {browsing ? (
        <FolderBrowser
          start={current && current.trim() ? current.trim() : null}
          onClose={() => setBrowsing(false)}
          onChoose={(path) => {
            setBrowsing(false);
            onPick(path);
          }}
        />
      ) : null}
    </>
  );
}
