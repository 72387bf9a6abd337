import { Alert, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { useDateTime } from '../../api/useDateTime';
import type { UnassignedScan } from '../../../shared/domain/upkeep';
import { errorText } from '../../api/ApiFailure';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScanThumb } from '../documents/ScanThumb';

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${String(Math.ceil(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The confirmation before a removal that cannot be undone; the refusal (wrong role, in use) shows here too. */
function ConfirmRemove({ scan, onClose }: { scan: UnassignedScan; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const discard = useMethodMutation('inbox.discard');
  const name = scan.names.join(', ');
  return (
    <Modal opened onClose={onClose} title={t('upkeep.unassigned.confirmTitle')}>
      <Stack>
        {discard.error ? (
          <Alert color="red" role="alert">
            {errorText(discard.error, i18n.language)}
          </Alert>
        ) : null}
        <Text size="sm">{t('upkeep.unassigned.confirmBody', { name, size: sizeText(scan.size) })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('upkeep.unassigned.cancel')}
          </Button>
          <Button
            color="red"
            loading={discard.isPending}
            onClick={() =>
              discard.mutate(
                { sha256: scan.sha256 },
                {
                  onSuccess: () => {
                    showToast((tr) => tr('upkeep.unassigned.removed', { name }));
                    onClose();
                  },
                },
              )
            }
          >
            {t('upkeep.unassigned.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Under the Kotak Masuk Pindaian: scans the inbox copied into the vault whose file left the scanner
 * folder unassigned (issue 13 #7). Main decides who may remove one (the PPID by default) and refuses any
 * scan something uses; the screen only asks for confirmation.
 */
export function UnassignedScans() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const scans = useMethod('inbox.unassigned', {});
  const [removing, setRemoving] = useState<UnassignedScan | null>(null);
  const list = scans.data ?? [];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('upkeep.unassigned.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('upkeep.unassigned.intro')}
        </Text>
        <ErrorNotice error={scans.error} />
        {scans.data && list.length === 0 ? <Text size="sm">{t('upkeep.unassigned.none')}</Text> : null}
        {list.length > 0 ? (
          <Table aria-label={t('upkeep.unassigned.title')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t('upkeep.unassigned.name')}</Table.Th>
                <Table.Th>{t('upkeep.unassigned.size')}</Table.Th>
                <Table.Th>{t('upkeep.unassigned.seen')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((scan) => {
                const name = scan.names.join(', ');
                return (
                  <Table.Tr key={scan.sha256}>
                    <Table.Td w={60}>
                      <ScanThumb sha256={scan.sha256} contentType={scan.contentType} label={name} width={40} />
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{name}</Table.Td>
                    <Table.Td>{sizeText(scan.size)}</Table.Td>
                    <Table.Td>{dateTime(scan.firstSeenAt)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        leftSection={<IconTrash size={14} aria-hidden />}
                        aria-label={t('upkeep.unassigned.removeLabel', { name })}
                        onClick={() => setRemoving(scan)}
                      >
                        {t('upkeep.unassigned.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
      {removing ? <ConfirmRemove scan={removing} onClose={() => setRemoving(null)} /> : null}
    </Card>
  );
}
