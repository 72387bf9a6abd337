import { ActionIcon, Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disputeOutcomes, disputeStages, type Dispute, type DisputeFields } from '../../../shared/domain/objection';
import type { RequestDetail } from '../../../shared/domain/request';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { localToday } from './localToday';
import { useDateWords } from '../../api/useDateTime';

const emptyFields = (): DisputeFields => ({
  registrationNumber: '',
  registeredOn: localToday(),
  stage: 'mediasi',
  hearings: [],
  putusanNumber: '',
  putusanDate: null,
  outcome: null,
  orderedOpenEntryIds: [],
});

function fieldsOf(d: Dispute): DisputeFields {
  return {
    registrationNumber: d.registrationNumber,
    registeredOn: d.registeredOn,
    stage: d.stage,
    hearings: d.hearings,
    putusanNumber: d.putusanNumber,
    putusanDate: d.putusanDate,
    outcome: d.outcome,
    orderedOpenEntryIds: d.orderedOpenEntryIds,
  };
}

/**
 * Recording a sengketa at the Komisi Informasi, or bringing one up to date: its register number, mediation
 * or adjudication, the hearing dates, the putusan and the DIK entries the Komisi ordered opened.
 */
export function DisputeForm({ r, dispute, onDone }: { r: RequestDetail; dispute: Dispute | null; onDone: () => void }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const register = useMethodMutation('request.registerDispute');
  const update = useMethodMutation('request.updateDispute');
  const entries = useMethod('entry.list', { grouped: false, limit: 500, withCounts: false });
  const [f, setF] = useState<DisputeFields>(() => (dispute ? fieldsOf(dispute) : emptyFields()));
  const [objectionId, setObjectionId] = useState<string | null>(r.objections.at(-1) ? String(r.objections.at(-1)?.id) : null);
  const set = <K extends keyof DisputeFields>(key: K, value: DisputeFields[K]) => setF((old) => ({ ...old, [key]: value }));
  const dik = (entries.data?.rows ?? [])
    .filter((e) => e.category === 'dikecualikan')
    .map((e) => ({ value: String(e.id), label: `DIK · ${e.judul}` }));
  const saving = dispute ? update : register;
  const save = () => {
    if (dispute) update.mutate({ disputeId: dispute.id, expectedVersion: dispute.version, fields: f }, { onSuccess: onDone });
    else register.mutate({ id: r.id, objectionId: objectionId === null ? null : Number(objectionId), fields: f }, { onSuccess: onDone });
  };
  return (
    <Stack gap="xs" aria-label={t(dispute ? 'request.dispute.edit' : 'request.dispute.add')} role="form">
      <Group align="end" grow>
        <TextInput
          label={t('request.dispute.registrationNumber')}
          value={f.registrationNumber}
          onChange={(event) => set('registrationNumber', event.currentTarget.value)}
          withAsterisk
        />
        <TextInput
          type="date"
          label={t('request.dispute.registeredOn')}
          value={f.registeredOn}
          onChange={(event) => set('registeredOn', event.currentTarget.value)}
        />
        <Select
          label={t('request.dispute.stage')}
          data={disputeStages.map((s) => ({ value: s, label: t(`request.dispute.stages.${s}`) }))}
          value={f.stage}
          onChange={(value) => value && set('stage', value)}
          allowDeselect={false}
        />
        {dispute ? null : (
          <Select
            label={t('request.dispute.objection')}
            data={r.objections.map((o) => ({ value: String(o.id), label: `${o.number} · ${day(o.filedOn)}` }))}
            value={objectionId}
            onChange={setObjectionId}
          />
        )}
      </Group>
      <Text size="sm" fw={600}>
        {t('request.dispute.hearings')}
      </Text>
      {f.hearings.map((h, i) => (
        <Group key={i} align="end">
          <TextInput
            type="date"
            aria-label={`${t('request.dispute.hearings')} ${String(i + 1)}`}
            value={h.date}
            onChange={(event) => {
              const date = event.currentTarget.value;
              set(
                'hearings',
                f.hearings.map((x, j) => (j === i ? { ...x, date } : x)),
              );
            }}
          />
          <TextInput
            aria-label={`${t('request.dispute.hearingNote')} ${String(i + 1)}`}
            placeholder={t('request.dispute.hearingNote')}
            value={h.note}
            onChange={(event) => {
              const note = event.currentTarget.value;
              set(
                'hearings',
                f.hearings.map((x, j) => (j === i ? { ...x, note } : x)),
              );
            }}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`${t('request.dispute.removeHearing')} ${String(i + 1)}`}
            onClick={() =>
              set(
                'hearings',
                f.hearings.filter((_x, j) => j !== i),
              )
            }
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="default" size="xs" onClick={() => set('hearings', [...f.hearings, { date: localToday(), note: '' }])}>
          {t('request.dispute.addHearing')}
        </Button>
      </Group>
      <Group align="end" grow>
        <TextInput
          label={t('request.dispute.putusanNumber')}
          value={f.putusanNumber}
          onChange={(event) => set('putusanNumber', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('request.dispute.putusanDate')}
          value={f.putusanDate ?? ''}
          onChange={(event) => set('putusanDate', event.currentTarget.value === '' ? null : event.currentTarget.value)}
        />
        <Select
          label={t('request.dispute.outcome')}
          data={disputeOutcomes.map((o) => ({ value: o, label: t(`request.dispute.outcomes.${o}`) }))}
          value={f.outcome}
          onChange={(value) => set('outcome', value)}
          clearable
        />
      </Group>
      <MultiSelect
        label={t('request.dispute.orderedOpen')}
        data={dik}
        value={f.orderedOpenEntryIds.map(String)}
        onChange={(values) => set('orderedOpenEntryIds', values.map(Number))}
        searchable
      />
      {saving.error ? <ErrorNotice error={saving.error} /> : null}
      <Group>
        <Button loading={saving.isPending} onClick={save}>
          {t('request.dispute.save')}
        </Button>
        {dispute ? (
          <Button variant="default" onClick={onDone}>
            {t('request.cancel')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
