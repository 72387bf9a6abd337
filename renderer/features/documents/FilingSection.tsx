import { Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { useDateTime } from '../../api/useDateTime';
import type { DocumentDetail } from '../../../shared/domain/document';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { href, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useConfirm } from '../../components/useConfirm';

/** Where the paper original sits: ordner, sekat and nomor urut, with the history of moves. */
export function FilingSection({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const ordners = useMethod('ordner.list', {});
  const move = useMethodMutation('document.move');
  const confirm = useConfirm();
  const [ordnerId, setOrdnerId] = useState<string | null>(doc.filing ? String(doc.filing.ordnerId) : null);
  const [sekat, setSekat] = useState<number>(doc.filing?.sekat ?? 1);
  const [seq, setSeq] = useState<number | ''>('');
  const done = { onSuccess: () => showToast((tr) => tr('documents.filing.moved')) };

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {t('documents.filing.title')}
      </Title>
      <ErrorNotice error={move.error} />
      {confirm.modal}
      <Text mb="sm" role="status">
        {doc.filing ? (
          <a href={href(`${routes.ordner}/${String(doc.filing.ordnerId)}`)}>
            {t('documents.filing.place', { code: doc.filing.ordnerCode, sekat: doc.filing.sekat, seq: doc.filing.seq })}
          </a>
        ) : (
          t('documents.filing.notFiled')
        )}
      </Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('documents.filing.ordner')}
          w={260}
          searchable
          data={(ordners.data ?? []).map((o) => ({ value: String(o.id), label: `${o.code} — ${o.title}` }))}
          value={ordnerId}
          onChange={setOrdnerId}
        />
        <NumberInput
          label={t('documents.filing.sekat')}
          w={90}
          min={1}
          max={99}
          value={sekat}
          onChange={(v) => setSekat(typeof v === 'number' ? v : 1)}
        />
        <NumberInput
          label={t('documents.filing.seq')}
          description={t('documents.filing.seqHint')}
          w={150}
          min={1}
          max={9999}
          value={seq}
          onChange={(v) => setSeq(typeof v === 'number' ? v : '')}
        />
        <Button
          disabled={ordnerId === null}
          loading={move.isPending}
          onClick={() =>
            ordnerId && move.mutate({ id: doc.id, target: { ordnerId: Number(ordnerId), sekat, seq: seq === '' ? null : seq } }, done)
          }
        >
          {t('documents.filing.file')}
        </Button>
        {doc.filing ? (
          <Button
            variant="default"
            onClick={() =>
              confirm.ask({
                title: t('confirm.unfileTitle'),
                body: t('confirm.unfileBody', { code: doc.code }),
                confirm: t('confirm.unfileConfirm'),
                onYes: () => move.mutate({ id: doc.id, target: null }, done),
              })
            }
          >
            {t('documents.filing.unfile')}
          </Button>
        ) : null}
      </Group>
      {doc.moves.length > 0 ? (
        <Stack gap={4} mt="md">
          <Text size="sm" fw={600}>
            {t('documents.filing.history')}
          </Text>
          <Table withTableBorder fz="xs" aria-label={t('documents.filing.history')}>
            <Table.Tbody>
              {doc.moves.map((m) => (
                <Table.Tr key={`${m.at}-${m.to ?? ''}`}>
                  <Table.Td>{dateTime(m.at)}</Table.Td>
                  <Table.Td>
                    {m.from ?? t('documents.filing.outside')} → {m.to ?? t('documents.filing.outside')}
                  </Table.Td>
                  <Table.Td>{m.actor}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
    </Card>
  );
}
