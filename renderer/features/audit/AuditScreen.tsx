import { Alert, Button, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../../api/useDateTime';
import { actorKind, type AuditVerify } from '../../../shared/domain/audit';
import { useApiClient } from '../../api/ApiContext';
import { callOrThrow, useMarkStale, useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';

/** Jejak Audit: the latest changes, and a check of the whole hash chain on demand. */
/** The actor in words: a person by name; Lemari's own updates and schedule; a bare computer account as the desk. */
function actorWords(t: TFunction, actor: string, people: ReadonlySet<string>): string {
  const kind = actorKind(actor, people);
  if (kind === 'person') return actor;
  if (kind === 'migration') return t('labels.migrationActor');
  if (kind === 'schedule') return t('labels.scheduleActor');
  return t('labels.deskActor');
}

export function AuditScreen() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const client = useApiClient();
  const markStale = useMarkStale();
  const events = useMethod('audit.list', { limit: 200 });
  // Former people too: an event keeps the name of whoever made it, deactivated since or not.
  const users = useMethod('user.list', { includeInactive: true });
  const people = new Set((users.data ?? []).map((user) => user.name));
  const [verdict, setVerdict] = useState<AuditVerify | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function verify() {
    setError(null);
    try {
      setVerdict(await callOrThrow(client, 'audit.verify', {}));
      await markStale('audit.verify');
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        actions={
          <Button variant="light" onClick={() => void verify()}>
            {t('audit.verify')}
          </Button>
        }
      />
      <ErrorNotice error={events.error ?? error} />
      {verdict ? (
        <Alert color={verdict.ok ? 'teal' : 'red'} mb="md" role="status">
          {verdict.ok ? t('audit.verifyOk', { count: verdict.checked }) : null}
          {verdict.firstBadSeq !== null ? t('audit.verifyBad', { seq: verdict.firstBadSeq }) : null}
          {verdict.changedRows.map((row) => (
            <Text key={`${row.table}-${row.id}`} size="sm">
              {t(row.state === 'unrecorded' ? 'audit.rowUnrecorded' : 'audit.rowChanged', {
                table: row.table,
                id: row.id,
                label: row.label,
                seq: row.seq,
              })}
            </Text>
          ))}
        </Alert>
      ) : null}
      {events.data?.length === 0 ? <Text c="dimmed">{t('audit.empty')}</Text> : null}
      {events.data && events.data.length > 0 ? (
        <Table striped withTableBorder aria-label={t('audit.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('audit.when')}</Table.Th>
              <Table.Th>{t('audit.actor')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.entity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.data.map((event) => (
              <Table.Tr key={event.seq}>
                <Table.Td>{event.seq}</Table.Td>
                <Table.Td>{dateTime(event.at)}</Table.Td>
                <Table.Td title={event.actor}>{actorWords(t, event.actor, people)}</Table.Td>
                <Table.Td title={event.action}>{t(`auditActions.${event.action}`, { defaultValue: event.action })}</Table.Td>
                <Table.Td>
                  {t(`audit.entities.${event.entityType}`, { defaultValue: event.entityType })} #{event.entityId}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </>
  );
}
