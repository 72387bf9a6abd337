import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../shared/domain/request';
import { useMethod } from '../../api/hooks';
import { href, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DeadlineExplain } from './DeadlineExplain';
import { DisputePanel } from './DisputePanel';
import { LettersPanel } from './LettersPanel';
import { ObjectionPanel } from './ObjectionPanel';
import { RequestActions } from './RequestActions';
import { statusColor } from './RequestList';
import { useDateTime, useDateWords } from '../../api/useDateTime';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
}

function Summary({ r }: { r: RequestDetail }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const q = r.fields.requester;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('request.sections.requester')}
        </Title>
        <SimpleGrid cols={2} spacing="xs">
          <Field label={t('request.fields.name')} value={q.name} />
          <Field label={t('request.fields.requesterKind')} value={t(`request.requesterKind.${q.kind}`)} />
          <Field label={t('request.fields.address')} value={q.address} />
          <Field label={t('request.fields.occupation')} value={q.occupation} />
          <Field label={t('request.fields.phone')} value={[q.phone, q.email].filter(Boolean).join(' · ')} />
          <Field label={t(`request.identityType.${q.identityType}`)} value={q.identityNumber} />
          {q.kind !== 'perorangan' ? <Field label={t('request.fields.legalBasis')} value={q.legalBasis} /> : null}
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('request.sections.request')}
        </Title>
        <Stack gap="xs">
          <Field label={t('request.fields.information')} value={r.fields.information} />
          <Field label={t('request.fields.purpose')} value={r.fields.purpose} />
          <SimpleGrid cols={2} spacing="xs">
            <Field label={t('request.fields.channel')} value={t(`request.channel.${r.channel}`)} />
            <Field label={t('request.fields.receivedAt')} value={`${day(r.deadline.receivedOn)} (${r.timeZone})`} />
            <Field
              label={t('request.fields.accessModes')}
              value={r.fields.accessModes.map((m) => t(`request.accessMode.${m}`)).join(', ')}
            />
            <Field label={t('request.fields.copyForm')} value={r.fields.copyForm ? t(`request.copyForm.${r.fields.copyForm}`) : ''} />
          </SimpleGrid>
        </Stack>
      </Card>
    </SimpleGrid>
  );
}

function Answer({ r }: { r: RequestDetail }) {
  const { t } = useTranslation();
  if (r.givenEntries.length + r.refusalGrounds.length + r.documents.length === 0 && !r.transferredTo && !r.decisionNote) return null;
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('request.sections.answer')}
      </Title>
      <Stack gap="xs">
        {r.givenEntries.map((e) => (
          <Text key={e.id} size="sm">
            {t('request.actions.givenEntries')}: {e.judul}
          </Text>
        ))}
        {r.documents.map((d) => (
          <Text key={d.id} size="sm">
            {d.code} — {d.title} ({d.copy})
          </Text>
        ))}
        {r.refusalGrounds.map((g) => (
          <Text key={g.entryId} size="sm">
            {t('request.actions.exemptEntries')}: <b>{g.judul}</b> — {g.legalBasis}
            {g.decisionNumber ? ` · SK ${g.decisionNumber}` : ''}
            {g.testIds.length > 0 ? ` · ${g.testIds.map((id) => `UK-${String(id).padStart(4, '0')}`).join(', ')}` : ''}
          </Text>
        ))}
        {r.transferredTo ? (
          <Text size="sm">
            {t('request.actions.transferredTo')}: {r.transferredTo}
          </Text>
        ) : null}
        {r.decisionNote ? <Text size="sm">{r.decisionNote}</Text> : null}
      </Stack>
    </Card>
  );
}

/** Status steps and the deadline moves holiday edits made, in the order they happened. */
function History({ r }: { r: RequestDetail }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const dateTime = useDateTime();
  const rows = [
    ...r.history.map((step) => ({ at: step.at, what: t(`request.status.${step.status}`), actor: step.actor, note: step.note })),
    ...r.deadlineMoves.map((m) => ({
      at: m.at,
      what: t('request.history.calendar'),
      actor: m.actor,
      note: t('request.history.deadlineMoved', {
        from: day(m.from),
        to: day(m.to),
        date: day(m.holiday.date),
        name: m.holiday.name,
        change: t(`request.history.change.${m.holiday.kind}`),
      }),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('request.sections.history')}
      </Title>
      <Table aria-label={t('request.sections.history')}>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={i}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(row.at)}</Table.Td>
              <Table.Td>{row.what}</Table.Td>
              <Table.Td>{row.actor}</Table.Td>
              <Table.Td>{row.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** One request: what was asked, the deadline and how it was computed, the actions, letters and objections. */
export function RequestPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const detail = useMethod('request.get', { id });
  if (detail.error) return <ErrorNotice error={detail.error} />;
  const r = detail.data;
  if (!r) return <Loader aria-label="…" />;
  return (
    <Stack>
      <Anchor href={href(routes.requests)} size="sm">
        ← {t('request.back')}
      </Anchor>
      <Group>
        <Title order={2}>{r.number}</Title>
        <Badge color={statusColor(r.status)} size="lg" aria-label={t('request.columns.status')}>
          {t(`request.status.${r.status}`)}
        </Badge>
      </Group>
      <Summary r={r} />
      <DeadlineExplain r={r} />
      <RequestActions r={r} />
      <Answer r={r} />
      <LettersPanel r={r} />
      <ObjectionPanel r={r} />
      <DisputePanel r={r} />
      <History r={r} />
    </Stack>
  );
}
