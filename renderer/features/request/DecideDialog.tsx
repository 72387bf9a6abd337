import { Button, Group, Modal, MultiSelect, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerStatuses, type AnswerStatus, type DecisionInput, type RequestDetail } from '../../../shared/domain/request';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ApiFailure } from '../../api/ApiFailure';
import { navigate, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';

function ids(values: string[]): number[] {
  return values.map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

/** Recording the PPID's answer: the status, what is given, what is withheld (from the DIK), then a confirmation. */
export function DecideDialog({ r, onClose }: { r: RequestDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const entries = useMethod('entry.list', { grouped: false, limit: 500, withCounts: false });
  const decide = useMethodMutation('request.decide');
  const startTest = useMethodMutation('consequence.create');
  const [status, setStatus] = useState<AnswerStatus>('dikabulkan_seluruhnya');
  const [given, setGiven] = useState<string[]>([]);
  const [exempt, setExempt] = useState<string[]>([]);
  const [documents, setDocuments] = useState('');
  const [transferredTo, setTransferredTo] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);

  const options = (entries.data?.rows ?? []).map((e) => ({
    value: String(e.id),
    label: `${e.category === 'dikecualikan' ? 'DIK' : 'DIP'} · ${e.judul}`,
  }));
  const decision = (): DecisionInput => {
    const docIds = ids(documents.split(/[\s,;]+/).filter(Boolean));
    switch (status) {
      case 'dikabulkan_seluruhnya':
        return { status, entryIds: ids(given), documentIds: docIds, note };
      case 'dikabulkan_sebagian':
        return { status, entryIds: ids(given), documentIds: docIds, exemptEntryIds: ids(exempt), note };
      case 'ditolak':
        return { status, exemptEntryIds: ids(exempt), note };
      case 'dialihkan':
        return { status, transferredTo, note };
      case 'tidak_dikuasai':
      case 'belum_didokumentasikan':
        return { status, note };
      default: {
        const unreachable: never = status;
        return unreachable;
      }
    }
  };
  const notInDik = decide.error instanceof ApiFailure && decide.error.error.code === 'conflict' && status !== 'dikabulkan_seluruhnya';

  return (
    <Modal opened onClose={onClose} title={t('request.actions.decide')} size="lg">
      <Stack>
        <Select
          label={t('request.actions.decision')}
          data={answerStatuses.map((s) => ({ value: s, label: t(`request.status.${s}`) }))}
          value={status}
          onChange={(value) => value && setStatus(value)}
          allowDeselect={false}
        />
        {status === 'dikabulkan_seluruhnya' || status === 'dikabulkan_sebagian' ? (
          <>
            <MultiSelect label={t('request.actions.givenEntries')} data={options} value={given} onChange={setGiven} searchable />
            <TextInput
              label={t('request.actions.documents')}
              value={documents}
              onChange={(event) => setDocuments(event.currentTarget.value)}
            />
          </>
        ) : null}
        {status === 'ditolak' || status === 'dikabulkan_sebagian' ? (
          <MultiSelect label={t('request.actions.exemptEntries')} data={options} value={exempt} onChange={setExempt} searchable />
        ) : null}
        {status === 'dialihkan' ? (
          <TextInput
            label={t('request.actions.transferredTo')}
            value={transferredTo}
            onChange={(event) => setTransferredTo(event.currentTarget.value)}
          />
        ) : null}
        <Textarea
          label={t('request.actions.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={1}
        />
        {decide.error ? <ErrorNotice error={decide.error} /> : null}
        {notInDik ? (
          <Button
            variant="outline"
            color="orange"
            loading={startTest.isPending}
            onClick={() =>
              startTest.mutate(
                {
                  fields: {
                    heldOn: null,
                    place: '',
                    trigger: 'permohonan',
                    requestRef: r.number,
                    documentExamined: r.fields.information,
                    entryIds: ids(exempt),
                    participants: [],
                    harm: '',
                    publicInterest: '',
                    balance: '',
                    conclusion: null,
                    periodText: '',
                  },
                },
                { onSuccess: () => navigate(routes.dik) },
              )
            }
          >
            {t('request.actions.startTest')}
          </Button>
        ) : null}
        {startTest.error ? <ErrorNotice error={startTest.error} /> : null}
        {confirming ? (
          <Stack gap="xs">
            <Text fw={600}>{t('request.actions.confirmTitle')}</Text>
            <Text size="sm">{t('request.actions.confirmBody', { status: t(`request.status.${status}`) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('request.cancel')}
              </Button>
              <Button
                loading={decide.isPending}
                onClick={() =>
                  decide.mutate(
                    { id: r.id, expectedVersion: r.version, decision: decision() },
                    { onSuccess: onClose, onError: () => setConfirming(false) },
                  )
                }
              >
                {t('request.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('request.cancel')}
            </Button>
            <Button onClick={() => setConfirming(true)}>{t('request.save')}</Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
