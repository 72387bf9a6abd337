import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateTime, useDateWords } from '../../api/useDateTime';
import type { TFunction } from 'i18next';
import type { ApprovalChain, ApprovalProgress as Progress, ApprovalRecord } from '../../../shared/domain/approval';
import { useApiClient } from '../../api/ApiContext';
import { useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScanViewer } from '../documents/ScanViewer';
import { vaultSources } from '../documents/viewerSources';

/** The chain in words: roles joined by arrows only when the order counts ("A → B → C · Semua peran menyetujui · berurutan"). */
export function chainSummary(chain: ApprovalChain, t: TFunction): string {
  const names = chain.roles.map((r) => t(`exemption.users.role.${r}`)).join(chain.ordered ? ' → ' : ', ');
  return `${names} · ${t(`approval.mode.${chain.mode}`)}${chain.ordered ? ` · ${t('approval.orderedNote')}` : ''}`;
}

/** "2 dari 3" as a badge: the list and the page read the same. */
export function ApprovalCount({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={progress.complete ? 'teal' : 'gray'} aria-label={t('approval.progress', progress)}>
      {t('approval.progressShort', progress)}
    </Badge>
  );
}

function PaperScan({ record }: { record: ApprovalRecord & { scanSha256: string } }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [open, setOpen] = useState(false);
  const blob = useMethod('vault.blob', { sha256: record.scanSha256 }, { enabled: open });
  const sources = blob.data ? vaultSources(client, [blob.data]) : [];
  const title = t('approval.scanOf', { name: record.approverName });
  return (
    <>
      <Anchor component="button" type="button" size="sm" onClick={() => setOpen(true)} aria-label={title}>
        {t('approval.viewScan')}
        {record.scanName ? ` (${record.scanName})` : ''}
      </Anchor>
      <ErrorNotice error={blob.error} />
      <ScanViewer sources={sources} title={title} opened={open && sources.length > 0} onClose={() => setOpen(false)} />
    </>
  );
}

/**
 * Where the approval stands: the chain, how many of how many, who is awaited or next, and each
 * approval given — signed in here, or recorded from the signed paper by whom, with its scan.
 */
export function ApprovalProgressView({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const day = useDateWords();
  const role = (r: string) => t(`exemption.users.role.${r}`);
  const chainWords = chainSummary(progress.chain, t);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <ApprovalCount progress={progress} />
        <Text size="sm">{chainWords}</Text>
      </Group>
      <Text size="sm" c={progress.complete ? 'teal' : 'dimmed'}>
        {progress.complete
          ? t('approval.complete')
          : progress.next
            ? t('approval.next', { role: role(progress.next) })
            : t('approval.awaiting', { roles: progress.awaiting.map(role).join(', ') })}
      </Text>
      {progress.approvals.length > 0 ? (
        <Table withTableBorder aria-label={t('approval.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('approval.col.role')}</Table.Th>
              <Table.Th>{t('approval.col.approver')}</Table.Th>
              <Table.Th>{t('approval.col.via')}</Table.Th>
              <Table.Th>{t('approval.col.at')}</Table.Th>
              <Table.Th>{t('approval.col.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {progress.approvals.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{role(a.role)}</Table.Td>
                <Table.Td>{a.approverName}</Table.Td>
                <Table.Td>
                  {a.via === 'signed_in' ? (
                    <Text size="sm">{t('approval.via.signed_in')}</Text>
                  ) : (
                    <Stack gap={2}>
                      <Text size="sm">
                        {t('approval.via.paper', { date: a.signedOn === null ? '—' : day(a.signedOn), name: a.recordedByName ?? '—' })}
                      </Text>
                      {a.scanSha256 ? <PaperScan record={{ ...a, scanSha256: a.scanSha256 }} /> : null}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>{dateTime(a.at)}</Table.Td>
                <Table.Td>{a.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
