import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../../shared/domain/objection';
import type { RequestDetail } from '../../../shared/domain/request';
import { DisputeForm } from './DisputeForm';
import { DisputeOrders } from './DisputeOrders';
import { useDateWords } from '../../api/useDateTime';

function DisputeCard({ r, d }: { r: RequestDetail; d: Dispute }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const [editing, setEditing] = useState(false);
  const objection = r.objections.find((o) => o.id === d.objectionId);
  return (
    <Card withBorder padding="sm" aria-label={d.registrationNumber}>
      {editing ? (
        <DisputeForm r={r} dispute={d} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text fw={600}>
              {d.registrationNumber} · {d.registeredOn} · {t(`request.dispute.stages.${d.stage}`)}
            </Text>
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('request.dispute.edit')}
            </Button>
          </Group>
          {objection ? (
            <Text size="sm">
              {t('request.dispute.objection')}: {objection.number}
            </Text>
          ) : null}
          {d.hearings.length > 0 ? (
            <Text size="sm">
              {t('request.dispute.hearings')}: {d.hearings.map((h) => (h.note ? `${day(h.date)} (${h.note})` : day(h.date))).join(', ')}
            </Text>
          ) : null}
          <Text size="sm">
            {d.outcome
              ? `${t('request.dispute.outcome')}: ${t(`request.dispute.outcomes.${d.outcome}`)} — ${d.putusanNumber} (${d.putusanDate === null ? '' : day(d.putusanDate)})`
              : t('request.dispute.noPutusan')}
          </Text>
          <DisputeOrders r={r} d={d} />
        </Stack>
      )}
    </Card>
  );
}

/** Sengketa informasi at the Komisi Informasi (UU 14/2008 Pasal 37–39), after a keberatan on this request. */
export function DisputePanel({ r }: { r: RequestDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  if (r.objections.length === 0 && r.disputes.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('request.dispute.title')}
      </Title>
      <Stack>
        {r.disputes.length === 0 ? <Text c="dimmed">{t('request.dispute.none')}</Text> : null}
        {r.disputes.map((d) => (
          <DisputeCard key={d.id} r={r} d={d} />
        ))}
        {adding ? (
          <DisputeForm r={r} dispute={null} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button variant="outline" onClick={() => setAdding(true)}>
              {t('request.dispute.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
