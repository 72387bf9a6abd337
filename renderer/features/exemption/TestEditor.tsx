import {
  ActionIcon,
  Alert,
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testMissing, testTriggers, type ConsequenceTest, type TestFields } from '../../../shared/domain/exemption';
import { useApiClient } from '../../api/ApiContext';
import { callOrThrow, useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { downloadFile } from './queries';

/**
 * One Uji Konsekuensi: the form lists what is still missing as the officer types (the same rule
 * main enforces), saves drafts, concludes when complete and prints the sheet.
 */
export function TestEditor({ test, initial, onDone }: { test: ConsequenceTest | null; initial: TestFields; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [fields, setFields] = useState<TestFields>(initial);
  const [printError, setPrintError] = useState<unknown>(null);
  const entries = useMethod('exemption.list', {});
  const create = useMethodMutation('consequence.create');
  const update = useMethodMutation('consequence.update');
  const conclude = useMethodMutation('consequence.conclude');
  const set = <K extends keyof TestFields>(key: K, value: TestFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const missing = testMissing(fields);
  const frozen = test?.concludedAt != null;
  const [current, setCurrent] = useState<ConsequenceTest | null>(test);

  function save(then?: (saved: ConsequenceTest) => void) {
    const after = {
      onSuccess: (saved: ConsequenceTest) => {
        setCurrent(saved);
        then?.(saved);
      },
    };
    if (current) update.mutate({ id: current.id, fields, expectedVersion: current.version }, after);
    else create.mutate({ fields }, after);
  }

  async function print() {
    if (!current) return;
    try {
      const sheet = await callOrThrow(client, 'consequence.sheet', { id: current.id });
      downloadFile(sheet);
    } catch (error) {
      setPrintError(error);
    }
  }

  return (
    <Stack gap="sm">
      <ErrorNotice error={create.error ?? update.error ?? conclude.error ?? printError} />
      {test?.concludedAt ? (
        <Alert color="teal">
          {t('exemption.test.concluded', { at: new Date(test.concludedAt).toLocaleString('id-ID'), by: test.concludedBy ?? '' })}
        </Alert>
      ) : null}
      <SimpleGrid cols={3}>
        <TextInput
          type="date"
          label={t('exemption.test.heldOn')}
          disabled={frozen}
          value={fields.heldOn ?? ''}
          onChange={(e) => set('heldOn', e.currentTarget.value || null)}
        />
        <TextInput
          label={t('exemption.test.place')}
          disabled={frozen}
          value={fields.place}
          onChange={(e) => set('place', e.currentTarget.value)}
        />
        <Select
          label={t('exemption.test.trigger')}
          disabled={frozen}
          allowDeselect={false}
          value={fields.trigger}
          onChange={(value) => set('trigger', testTriggers.find((x) => x === value) ?? 'sebelum_permohonan')}
          data={testTriggers.map((x) => ({ value: x, label: t(`exemption.trigger.${x}`) }))}
        />
      </SimpleGrid>
      {fields.trigger !== 'sebelum_permohonan' ? (
        <TextInput
          label={t('exemption.test.requestRef')}
          disabled={frozen}
          value={fields.requestRef}
          onChange={(e) => set('requestRef', e.currentTarget.value)}
        />
      ) : null}
      <TextInput
        label={t('exemption.test.documentExamined')}
        disabled={frozen}
        value={fields.documentExamined}
        onChange={(e) => set('documentExamined', e.currentTarget.value)}
      />
      <MultiSelect
        label={t('exemption.test.entries')}
        disabled={frozen}
        searchable
        data={[
          ...(entries.data ?? []).map((x) => ({ value: String(x.entryId), label: `#${String(x.entryId)} ${x.judul}` })),
          ...(test?.entries ?? [])
            .filter((e) => !(entries.data ?? []).some((x) => x.entryId === e.id))
            .map((e) => ({ value: String(e.id), label: `#${String(e.id)} ${e.judul}` })),
        ]}
        value={fields.entryIds.map(String)}
        onChange={(value) => set('entryIds', value.map(Number))}
      />
      <Text fw={500} size="sm">
        {t('exemption.test.participants')}
      </Text>
      {fields.participants.map((p, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          <TextInput
            label={t('exemption.test.participantName')}
            disabled={frozen}
            value={p.name}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set(
                'participants',
                fields.participants.map((q, j) => (j === i ? { ...q, name: v } : q)),
              );
            }}
          />
          <TextInput
            label={t('exemption.test.participantRole')}
            disabled={frozen}
            value={p.role}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set(
                'participants',
                fields.participants.map((q, j) => (j === i ? { ...q, role: v } : q)),
              );
            }}
          />
          <TextInput
            label={t('exemption.test.participantUnit')}
            disabled={frozen}
            value={p.unit}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set(
                'participants',
                fields.participants.map((q, j) => (j === i ? { ...q, unit: v } : q)),
              );
            }}
          />
          {!frozen ? (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('exemption.test.removeParticipant', { name: p.name })}
              onClick={() =>
                set(
                  'participants',
                  fields.participants.filter((_, j) => j !== i),
                )
              }
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {!frozen ? (
        <Button
          variant="light"
          w="fit-content"
          onClick={() => set('participants', [...fields.participants, { name: '', role: '', unit: '' }])}
        >
          {t('exemption.test.addParticipant')}
        </Button>
      ) : null}
      <Textarea
        label={t('exemption.test.harm')}
        disabled={frozen}
        autosize
        minRows={2}
        value={fields.harm}
        onChange={(e) => set('harm', e.currentTarget.value)}
      />
      <Textarea
        label={t('exemption.test.publicInterest')}
        disabled={frozen}
        autosize
        minRows={2}
        value={fields.publicInterest}
        onChange={(e) => set('publicInterest', e.currentTarget.value)}
      />
      <Textarea
        label={t('exemption.test.balance')}
        disabled={frozen}
        autosize
        minRows={2}
        value={fields.balance}
        onChange={(e) => set('balance', e.currentTarget.value)}
      />
      <Group align="flex-end">
        <div>
          <Text size="sm" fw={500}>
            {t('exemption.test.conclusion')}
          </Text>
          <SegmentedControl
            disabled={frozen}
            value={fields.conclusion ?? ''}
            onChange={(value) => set('conclusion', value === 'dikecualikan' || value === 'terbuka' ? value : null)}
            data={[
              { value: 'dikecualikan', label: t('exemption.conclusion.dikecualikan') },
              { value: 'terbuka', label: t('exemption.conclusion.terbuka') },
            ]}
          />
        </div>
        {fields.conclusion === 'dikecualikan' ? (
          <TextInput
            label={t('exemption.test.periodText')}
            disabled={frozen}
            value={fields.periodText}
            onChange={(e) => set('periodText', e.currentTarget.value)}
          />
        ) : null}
      </Group>
      {!frozen ? (
        <Alert
          color={missing.length > 0 ? 'orange' : 'teal'}
          title={missing.length > 0 ? t('exemption.test.missingTitle') : t('exemption.test.complete')}
          aria-label={t('exemption.test.missingTitle')}
        >
          {missing.length > 0 ? (
            <ul style={{ margin: 0 }}>
              {missing.map((m) => (
                <li key={m}>{t(`exemption.testMissing.${m}`)}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('exemption.close')}
        </Button>
        {current ? (
          <Button variant="light" onClick={() => void print()}>
            {t('exemption.test.sheet')}
          </Button>
        ) : null}
        {!frozen ? (
          <Button variant="light" loading={create.isPending || update.isPending} onClick={() => save()}>
            {t('exemption.save')}
          </Button>
        ) : null}
        {!frozen ? (
          <Button
            color="teal"
            disabled={missing.length > 0}
            loading={conclude.isPending}
            onClick={() => save((saved) => conclude.mutate({ id: saved.id, expectedVersion: saved.version }, { onSuccess: onDone }))}
          >
            {t('exemption.test.conclude')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
