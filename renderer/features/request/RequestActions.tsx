import { Button, Card, Group, Modal, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAnswered, type RequestDetail } from '../../../shared/domain/request';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DecideDialog } from './DecideDialog';

/** The status actions of an open request: mark in process, extend once, record the answer. */
export function RequestActions({ r }: { r: RequestDetail }) {
  const { t } = useTranslation();
  const process = useMethodMutation('request.process');
  const extend = useMethodMutation('request.extend');
  const [extending, setExtending] = useState(false);
  const [reason, setReason] = useState('');
  const [deciding, setDeciding] = useState(false);
  if (isAnswered(r.status)) return null;
  return (
    <Card withBorder>
      <Group>
        {r.status === 'diterima' ? (
          <Button variant="light" loading={process.isPending} onClick={() => process.mutate({ id: r.id, expectedVersion: r.version })}>
            {t('request.actions.process')}
          </Button>
        ) : null}
        {r.deadline.extension === null ? (
          <Button variant="light" onClick={() => setExtending(true)}>
            {t('request.actions.extend')}
          </Button>
        ) : null}
        <Button onClick={() => setDeciding(true)}>{t('request.actions.decide')}</Button>
      </Group>
      {process.error ? <ErrorNotice error={process.error} /> : null}
      <Modal opened={extending} onClose={() => setExtending(false)} title={t('request.actions.extend')}>
        <Textarea
          label={t('request.actions.extendReason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Text size="xs" c="dimmed" mt="xs">
          {t('request.extendOnce')}
        </Text>
        {extend.error ? <ErrorNotice error={extend.error} /> : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setExtending(false)}>
            {t('request.cancel')}
          </Button>
          <Button
            loading={extend.isPending}
            onClick={() => extend.mutate({ id: r.id, expectedVersion: r.version, reason }, { onSuccess: () => setExtending(false) })}
          >
            {t('request.confirm')}
          </Button>
        </Group>
      </Modal>
      {deciding ? <DecideDialog r={r} onClose={() => setDeciding(false)} /> : null}
    </Card>
  );
}
