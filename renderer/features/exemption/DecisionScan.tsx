import { Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import type { Decision } from '../../../shared/domain/exemption';
import { useApiClient } from '../../api/ApiContext';
import type { RendererClient } from '../../api/client';
import { ApiFailure } from '../../api/ApiFailure';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScanViewer } from '../documents/ScanViewer';
import { vaultSources } from '../documents/viewerSources';

/** The types the vault accepts, for the file picker; the vault itself checks the bytes. */
export const scanAccept = 'application/pdf,image/jpeg,image/png,image/tiff';

/** Stages a picked file for main; a refused upload becomes an ApiFailure like any call. */
export async function stageScan(client: RendererClient, file: File): Promise<{ uploadId: string }> {
  const staged = await client.upload(file);
  if (!staged.ok) throw new ApiFailure(staged.error);
  return { uploadId: staged.value.uploadId };
}

function ScanLink({ decision }: { decision: Decision & { scanSha256: string } }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [open, setOpen] = useState(false);
  const blob = useMethod('vault.blob', { sha256: decision.scanSha256 }, { enabled: open });
  const sources = blob.data ? vaultSources(client, [blob.data]) : [];
  return (
    <>
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => setOpen(true)}
        aria-label={t('exemption.decision.viewScan', { number: decision.number })}
      >
        {t('exemption.decision.scanColumn')}{' '}
        <Text span ff="monospace" size="xs">
          {decision.scanSha256.slice(0, 12)}…
        </Text>
      </Anchor>
      <ErrorNotice error={blob.error} />
      <ScanViewer
        sources={sources}
        title={t('exemption.decision.viewerTitle', { number: decision.number })}
        opened={open && sources.length > 0}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** The SK list's scan cell: a link that opens the viewer, and a picker to attach or replace the signed scan. */
export function DecisionScanCell({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const attach = useMethodMutation('decision.attachScan');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const has = decision.scanSha256;

  async function pick(file: File | null) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const upload = await stageScan(client, file);
      await attach.mutateAsync({ id: decision.id, upload });
      showToast((tr) => tr('exemption.decision.scanAttached'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        {has === null ? (
          <Text size="sm" c="dimmed">
            {t('exemption.decision.noScan')}
          </Text>
        ) : (
          <ScanLink decision={{ ...decision, scanSha256: has }} />
        )}
        <FileButton onChange={(file) => void pick(file)} accept={scanAccept}>
          {(props) => (
            <Button
              {...props}
              variant="subtle"
              size="compact-xs"
              loading={busy}
              leftSection={<IconPaperclip size={14} aria-hidden />}
              aria-label={t(has === null ? 'exemption.decision.attachScan' : 'exemption.decision.replaceScan', { number: decision.number })}
            >
              {has === null ? t('exemption.decision.scanFile') : t('exemption.edit')}
            </Button>
          )}
        </FileButton>
      </Group>
      <ErrorNotice error={error} />
    </Stack>
  );
}
