import { Alert, Anchor, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateTime, useDateWords } from '../../api/useDateTime';
import type { ExemptionDetail as Detail } from '../../../shared/domain/exemption';
import { statusLabel } from '../../../shared/domain/approval';
import { periodSummaryKey } from '../../../shared/domain/period';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { href, navigate, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DeclassifyDialog } from './DeclassifyDialog';
import { ExemptionForm } from './ExemptionForm';
import { ExemptionLinks } from './ExemptionLinks';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { WorkflowCard } from './WorkflowCard';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

/** One exempted entry: its DIK columns, what is missing, the approval panel, and declassification. */
function ExemptionPanel({ x }: { x: Detail }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const [editing, setEditing] = useState(false);
  const guard = useDiscardGuard(() => setEditing(false));
  const [opening, setOpening] = useState(false);
  const update = useMethodMutation('exemption.update');

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="sm">
          <Badge
            size="lg"
            color={x.status === 'approved' ? 'teal' : x.status === 'returned' ? 'orange' : x.status === 'opened' ? 'blue' : 'gray'}
          >
            {t(`exemption.status.${statusLabel(x)}`)}
          </Badge>
          {x.decisionNumber ? <Text size="sm">SK {x.decisionNumber}</Text> : null}
        </Group>
        {x.status === 'draft' || x.status === 'returned' ? (
          <Button
            variant="default"
            onClick={() => {
              update.reset();
              setEditing(true);
            }}
          >
            {t('exemption.edit')}
          </Button>
        ) : null}
      </Group>
      {x.status === 'returned' && x.returnNote ? (
        <Alert color="orange">{t('exemption.workflow.returnedWith', { note: x.returnNote })}</Alert>
      ) : null}
      <Card withBorder>
        <Stack gap="xs">
          <Field label={t('exemption.fields.informasi')}>{x.informasi}</Field>
          <Field label={t('exemption.fields.dokumen')}>
            {x.dokumen}
            {x.partial ? ` · ${t('exemption.fields.partial')}` : ''}
          </Field>
          <Field label={t('exemption.columns.dasarHukum')}>{x.legalBasis}</Field>
          <Field label={t('exemption.fields.konsekuensiDibuka')}>{x.konsekuensiDibuka}</Field>
          <Field label={t('exemption.fields.konsekuensiDitutup')}>{x.konsekuensiDitutup}</Field>
          <Field label={t('exemption.fields.periodText')}>
            {x.periodText} —{' '}
            {t(
              periodSummaryKey(x.period),
              x.period.kind === 'duration' ? { years: x.period.years, months: x.period.months, days: x.period.days } : {},
            )}
            {x.endDate
              ? ` · ${t('exemption.period.endsOn', { date: day(x.endDate) })}`
              : x.period.kind === 'duration'
                ? ` · ${t('exemption.period.endsAfterSk')}`
                : ''}
          </Field>
          {x.upstreamDecision ? <Field label={t('exemption.fields.upstreamDecision')}>{x.upstreamDecision}</Field> : null}
        </Stack>
      </Card>
      <ExemptionLinks x={x} />
      {x.importReview.length > 0 ? (
        <Alert color="orange" title={t('dikImport.reviewTitle')} aria-label={t('dikImport.reviewTitle')}>
          {x.importReview.map((point, i) => (
            <Text key={`${point.key}-${String(i)}`} size="sm">
              {t(`dikImport.review.${point.key}`, point.params)}
            </Text>
          ))}
        </Alert>
      ) : null}
      {x.warnings.length > 0 ? (
        <Alert color="yellow" title={t('exemption.warn.title')}>
          {x.warnings.map((w) => (
            <Text key={w.key + JSON.stringify(w.params)} size="sm">
              {t(`exemption.warn.${w.key}`, w.params)}
            </Text>
          ))}
        </Alert>
      ) : null}
      {x.status === 'draft' || x.status === 'returned' ? (
        <Alert
          color={x.missing.length > 0 ? 'orange' : 'teal'}
          title={t('exemption.missing.title')}
          aria-label={t('exemption.missing.title')}
        >
          {x.missing.length === 0 ? (
            t('exemption.missing.none')
          ) : (
            <ul style={{ margin: 0 }}>
              {x.missing.map((m) => (
                <li key={m}>{t(`exemption.missing.${m}`)}</li>
              ))}
            </ul>
          )}
        </Alert>
      ) : null}

      <WorkflowCard x={x} onDeclassify={() => setOpening(true)} />

      <Modal opened={editing} onClose={guard.requestClose} title={t('exemption.edit')} size="xl">
        <ExemptionForm
          initial={x}
          busy={update.isPending}
          serverError={update.error}
          onCancel={guard.requestClose}
          onDirtyChange={guard.setDirty}
          onSubmit={(fields) => update.mutate({ entryId: x.entryId, fields, expectedVersion: x.version }, { onSuccess: guard.close })}
        />
      </Modal>
      {guard.confirm}
      {opening ? <DeclassifyDialog x={x} onClose={() => setOpening(false)} /> : null}
    </Stack>
  );
}

/** The entry page under /dikecualikan/<id>: the exemption (if any) and the classification history both ways. */
export function ExemptionDetailScreen({ entryId }: { entryId: number }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const lineage = useMethod('exemption.lineage', { entryId });
  const isDik = lineage.data?.category === 'dikecualikan';
  const x = useMethod('exemption.get', { entryId }, { enabled: isDik });
  const l = lineage.data;
  return (
    <Stack>
      <Anchor href={href(routes.dik)} size="sm">
        ← {t('exemption.back')}
      </Anchor>
      <ErrorNotice error={lineage.error ?? x.error} />
      {l ? (
        <>
          <Title order={2}>{l.judul}</Title>
          <Text size="sm" c="dimmed">
            #{l.entryId} · {t('exemption.lineage.category')}: {t(`exemption.dipCategory.${l.category}`)}
          </Text>
          {l.formerDik ? (
            <Alert color="blue" title={t('exemption.lineage.title')}>
              <Anchor href={href(`${routes.dik}/${String(l.formerDik.entryId)}`)}>
                {t('exemption.lineage.formerDik', { id: l.formerDik.entryId, judul: l.formerDik.judul })}
              </Anchor>
            </Alert>
          ) : null}
          {l.openedTo ? (
            <Alert color="blue" title={t('exemption.lineage.title')}>
              <Anchor onClick={() => navigate(`${routes.dik}/${String(l.openedTo?.entryId ?? '')}`)}>
                {t('exemption.lineage.openedTo', { id: l.openedTo.entryId, judul: l.openedTo.judul })}
              </Anchor>
            </Alert>
          ) : null}
        </>
      ) : null}
      {x.data ? <ExemptionPanel x={x.data} /> : null}
      {l ? (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('exemption.lineage.history')}
          </Title>
          <Table aria-label={t('exemption.lineage.history')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exemption.lineage.at')}</Table.Th>
                <Table.Th>{t('exemption.lineage.entry')}</Table.Th>
                <Table.Th>{t('exemption.lineage.actor')}</Table.Th>
                <Table.Th>{t('exemption.lineage.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {l.history.map((h) => (
                <Table.Tr key={`${String(h.seq)}-${String(h.entryId)}`}>
                  <Table.Td>{dateTime(h.at)}</Table.Td>
                  <Table.Td>#{h.entryId}</Table.Td>
                  <Table.Td>{h.actor}</Table.Td>
                  <Table.Td>{t(`exemption.history.${h.action.replace('.', '_')}`, { defaultValue: h.action })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ) : null}
    </Stack>
  );
}
