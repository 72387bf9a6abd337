import { Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStatuses, type RequestStatus, type RequestSummary } from '../../../shared/domain/request';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { href, navigate, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { RequestForm } from './RequestForm';
import { DueBadge } from './DueBadge';
import { RegisterExportPanel } from './RegisterExportPanel';
import { ReportPanel } from './ReportPanel';
import { useDateWords } from '../../api/useDateTime';

export function statusColor(status: RequestStatus): string {
  if (status === 'ditolak') return 'red';
  if (status.startsWith('dikabulkan')) return 'green';
  if (status === 'diterima' || status === 'diproses' || status === 'diperpanjang') return 'blue';
  return 'gray';
}

/** The register list with search and a status filter; a new request is recorded in a dialog. */
export function RequestList() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<RequestStatus | null>(null);
  const [adding, setAdding] = useState(false);
  const list = useMethod('request.list', { search, status });
  const create = useMethodMutation('request.create');

  return (
    <Stack>
      <PageHeader
        title={t('request.title')}
        intro={t('request.intro')}
        actions={<Button onClick={() => setAdding(true)}>{t('request.add')}</Button>}
      />
      <Group>
        <TextInput
          label={t('request.search')}
          placeholder={t('request.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={360}
        />
        <Select
          label={t('request.columns.status')}
          placeholder={t('request.allStatuses')}
          clearable
          data={requestStatuses.map((s) => ({ value: s, label: t(`request.status.${s}`) }))}
          value={status}
          onChange={(value) => setStatus(value)}
        />
      </Group>
      {list.error ? <ErrorNotice error={list.error} /> : null}
      {list.data && list.data.length === 0 ? <Text c="dimmed">{search || status ? t('request.noMatch') : t('request.empty')}</Text> : null}
      {list.data && list.data.length > 0 ? <RequestTable rows={list.data} /> : null}
      <RegisterExportPanel />
      <ReportPanel />
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('request.add')} size="xl">
        <RequestForm
          busy={create.isPending}
          error={create.error}
          onCancel={() => setAdding(false)}
          onSubmit={(fields) =>
            create.mutate(
              { fields },
              {
                onSuccess: (made) => {
                  setAdding(false);
                  navigate(`${routes.requests}/${String(made.id)}`);
                },
              },
            )
          }
        />
      </Modal>
    </Stack>
  );
}

function RequestTable({ rows }: { rows: RequestSummary[] }) {
  const { t } = useTranslation();
  const day = useDateWords();
  return (
    <Table striped highlightOnHover aria-label={t('request.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('request.columns.number')}</Table.Th>
          <Table.Th>{t('request.columns.received')}</Table.Th>
          <Table.Th>{t('request.columns.requester')}</Table.Th>
          <Table.Th>{t('request.columns.information')}</Table.Th>
          <Table.Th>{t('request.columns.status')}</Table.Th>
          <Table.Th>{t('request.columns.due')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <a href={href(`${routes.requests}/${String(row.id)}`)}>{row.number}</a>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(row.receivedOn)}</Table.Td>
            <Table.Td>{row.requesterName}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                {row.information}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge color={statusColor(row.status)} variant="light">
                {t(`request.status.${row.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <DueBadge row={row} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
