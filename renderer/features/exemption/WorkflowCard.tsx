import { Button, Card, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { showToast } from '../../app/toast';
import { useDateTime } from '../../api/useDateTime';
import type { ExemptionDetail } from '../../../shared/domain/exemption';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ApprovalProgressView } from './ApprovalProgress';
import { PaperApprovalDialog } from './PaperApprovalDialog';

/**
 * The workflow of one exempted entry: submit, approve (each approver of the chain, signed in here),
 * record an approval signed on paper, return with a note, review, declassify — and the steps so far.
 */
export function WorkflowCard({ x, onDeclassify }: { x: ExemptionDetail; onDeclassify: () => void }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const [note, setNote] = useState('');
  const [paper, setPaper] = useState(false);
  // The paper's default signing day is main's today in the body's time zone; the officer types the sheet's date.
  const today = useMethod('app.info', {}).data?.today ?? '';
  const submit = useMethodMutation('exemption.submit');
  const approve = useMethodMutation('exemption.approve');
  const giveBack = useMethodMutation('exemption.return');
  const review = useMethodMutation('exemption.review');
  const error = submit.error ?? approve.error ?? giveBack.error ?? review.error;
  const done = (message: (tr: TFunction, after: ExemptionDetail) => string) => ({
    onSuccess: (after: ExemptionDetail) => {
      setNote('');
      showToast((tr) => message(tr, after));
    },
  });
  const afterApproval = (tr: TFunction, after: ExemptionDetail) =>
    after.status === 'approved' || !after.approval ? tr('exemption.workflow.approved') : tr('approval.given', after.approval);

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {t('exemption.workflow.title')}
      </Title>
      {x.approval ? <ApprovalProgressView progress={x.approval} /> : null}
      <ErrorNotice error={error} />
      {x.status !== 'opened' ? (
        <Group align="flex-end" mt="sm">
          <TextInput label={t('exemption.workflow.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={360} />
          {x.status === 'draft' || x.status === 'returned' ? (
            <Button
              onClick={() =>
                submit.mutate(
                  { entryId: x.entryId, expectedVersion: x.version, note },
                  done((tr) => tr('exemption.workflow.submitted')),
                )
              }
            >
              {t('exemption.workflow.submit')}
            </Button>
          ) : null}
          {x.status === 'submitted' ? (
            <>
              <Button
                color="teal"
                onClick={() => approve.mutate({ entryId: x.entryId, expectedVersion: x.version, note }, done(afterApproval))}
              >
                {t('exemption.workflow.approve')}
              </Button>
              <Button
                color="orange"
                variant="light"
                onClick={() =>
                  giveBack.mutate(
                    { entryId: x.entryId, expectedVersion: x.version, note },
                    done((tr) => tr('exemption.workflow.returned')),
                  )
                }
              >
                {t('exemption.workflow.return')}
              </Button>
              <Button variant="default" onClick={() => setPaper(true)}>
                {t('approval.paper.open')}
              </Button>
            </>
          ) : null}
          {x.status === 'approved' && x.period.kind === 'condition' ? (
            <Button
              variant="light"
              onClick={() =>
                review.mutate(
                  { entryId: x.entryId, expectedVersion: x.version, note },
                  done((tr) => tr('exemption.saved')),
                )
              }
            >
              {t('exemption.workflow.review')}
            </Button>
          ) : null}
          {x.status === 'approved' ? (
            <Button color="blue" onClick={onDeclassify}>
              {t('exemption.declassify.action')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      <Table mt="sm" aria-label={t('exemption.workflow.steps')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exemption.lineage.at')}</Table.Th>
            <Table.Th>{t('exemption.lineage.actor')}</Table.Th>
            <Table.Th>{t('exemption.users.roles')}</Table.Th>
            <Table.Th>{t('exemption.lineage.action')}</Table.Th>
            <Table.Th>{t('exemption.workflow.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {x.steps.map((s, i) => (
            <Table.Tr key={i}>
              <Table.Td>{dateTime(s.at)}</Table.Td>
              <Table.Td>{s.userName}</Table.Td>
              <Table.Td>{t(`exemption.users.role.${s.role}`)}</Table.Td>
              <Table.Td>{t(`exemption.workflow.action.${s.action}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">{s.note}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {paper ? <PaperApprovalDialog x={x} today={today} onClose={() => setPaper(false)} /> : null}
    </Card>
  );
}
