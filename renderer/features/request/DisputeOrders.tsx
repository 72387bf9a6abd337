import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../../shared/domain/objection';
import type { RequestDetail } from '../../../shared/domain/request';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DeclassifyDialog } from '../exemption/DeclassifyDialog';

/**
 * The opening step for one ordered entry: the exemption's own declassification dialog, its reason citing the
 * putusan. Held above the order list: once opened, the order shows as executed while the dialog still shows
 * its paper reminders.
 */
function Execute({ entryId, reason, onClose }: { entryId: number; reason: string; onClose: () => void }) {
  const x = useMethod('exemption.get', { entryId });
  if (x.error) return <ErrorNotice error={x.error} />;
  return x.data ? <DeclassifyDialog x={x.data} reason={reason} onClose={onClose} /> : null;
}

/**
 * What the Komisi ordered opened, entry by entry, and where each order stands in the DIK lifecycle: a
 * consequence test held on the order (trigger "atas perintah Komisi Informasi"), then the declassification
 * that executes it. Both steps are the exemption workflow's own methods; main checks their roles.
 */
export function DisputeOrders({ r, d }: { r: RequestDetail; d: Dispute }) {
  const { t } = useTranslation();
  const startTest = useMethodMutation('consequence.create');
  const [started, setStarted] = useState(false);
  const [opening, setOpening] = useState<number | null>(null);
  if (d.orders.length === 0) return null;
  const reason = t('request.dispute.openReason', {
    number: d.putusanNumber,
    date: d.putusanDate ?? '',
    registration: d.registrationNumber,
  });
  return (
    <Stack gap={6} mt="xs" aria-label={t('request.dispute.orders')} role="group">
      <Text fw={600} size="sm">
        {t('request.dispute.orders')}
      </Text>
      {d.orders.map((order) => (
        <Stack key={order.entryId} gap={4} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-orange-4)' }}>
          <Text size="sm" fw={600}>
            {order.judul}
          </Text>
          <Text size="sm" c="dimmed">
            {order.testId === null
              ? t('request.dispute.orderTestNone')
              : t('request.dispute.orderTest', {
                  id: String(order.testId).padStart(4, '0'),
                  state: t(order.testConcluded ? 'request.dispute.testConcluded' : 'request.dispute.testOpen'),
                })}
          </Text>
          {order.openedTo !== null ? (
            <Text size="sm" c="teal" fw={600}>
              {t('request.dispute.executed', { id: order.openedTo })}
            </Text>
          ) : (
            <Group gap="xs">
              <Text size="sm" c="orange">
                {t('request.dispute.pending')}
              </Text>
              {order.testId === null ? (
                <Button
                  size="xs"
                  variant="outline"
                  color="orange"
                  loading={startTest.isPending}
                  onClick={() =>
                    startTest.mutate(
                      {
                        fields: {
                          heldOn: null,
                          place: '',
                          trigger: 'perintah_komisi',
                          requestRef: [d.putusanNumber, d.registrationNumber].filter(Boolean).join(' · '),
                          documentExamined: r.fields.information,
                          entryIds: [order.entryId],
                          participants: [],
                          harm: '',
                          publicInterest: '',
                          balance: '',
                          conclusion: null,
                          periodText: '',
                        },
                      },
                      { onSuccess: () => setStarted(true) },
                    )
                  }
                >
                  {t('request.dispute.startTest')}
                </Button>
              ) : null}
              <Button size="xs" color="teal" onClick={() => setOpening(order.entryId)}>
                {t('request.dispute.execute')}
              </Button>
            </Group>
          )}
        </Stack>
      ))}
      {started ? (
        <Alert color="teal" role="status">
          {t('request.dispute.testStarted')}
        </Alert>
      ) : null}
      {startTest.error ? <ErrorNotice error={startTest.error} /> : null}
      {opening === null ? null : <Execute entryId={opening} reason={reason} onClose={() => setOpening(null)} />}
    </Stack>
  );
}
