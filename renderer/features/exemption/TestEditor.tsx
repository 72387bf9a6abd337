import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  periodFromEntries,
  testFieldsSchema,
  testMissing,
  testTriggers,
  type ConsequenceTest,
  type TestConclusionFields,
  type TestFields,
} from '../../../shared/domain/exemption';
import { useApiClient } from '../../api/ApiContext';
import { useDateTime } from '../../api/useDateTime';
import { errorText } from '../../api/ApiFailure';
import { callOrThrow, useMethod, useMethodMutation } from '../../api/hooks';
import { fieldError } from '../../components/fieldError';
import { placeServerError } from '../../components/serverFieldError';
import { downloadFile } from './queries';
import { TestParticipants } from './TestParticipants';

const fieldNames = Object.keys(testFieldsSchema.shape);
/** What the desk prepares; the meeting's own fields go with the conclusion (conclude right only). */
const preparation = ['trigger', 'requestRef', 'documentExamined', 'entryIds'] as const;

function conclusionOf(v: TestFields): TestConclusionFields {
  const { heldOn, place, participants, harm, publicInterest, balance, conclusion, periodText } = v;
  return { heldOn, place, participants, harm, publicInterest, balance, conclusion, periodText };
}

/**
 * One Uji Konsekuensi, validated at each field by the shared schema; the list of what is still
 * missing follows the same rule main enforces. "Simpulkan uji" sends the meeting's fields with the
 * conclusion itself, so the Tim Pertimbangan concludes without the right to edit the draft.
 */
export function TestEditor({
  test,
  initial,
  onDone,
  onClose = onDone,
  onDirtyChange,
}: {
  test: ConsequenceTest | null;
  initial: TestFields;
  /** After the conclusion. */
  onDone: () => void;
  /** The Tutup button (asks first when something typed is unsaved). */
  onClose?: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const dateTime = useDateTime();
  const client = useApiClient();
  const [actionError, setActionError] = useState<unknown>(null);
  const entries = useMethod('exemption.list', {});
  const create = useMethodMutation('consequence.create');
  const update = useMethodMutation('consequence.update');
  const conclude = useMethodMutation('consequence.conclude');
  const form = useForm<TestFields>({ resolver: zodResolver(testFieldsSchema), defaultValues: initial });
  const { register, control, formState, watch, setValue, getValues, setError, reset } = form;
  const fields = watch();
  const missing = testMissing(fields);
  const frozen = test?.concludedAt != null;
  const [current, setCurrent] = useState<ConsequenceTest | null>(test);
  useEffect(() => onDirtyChange?.(formState.isDirty), [formState.isDirty, onDirtyChange]);

  // The period of a "dikecualikan" finding is the tested items' Jangka Waktu, not retyped (main does the same).
  const itemPeriod = periodFromEntries((entries.data ?? []).filter((x) => fields.entryIds.includes(x.entryId)).map((x) => x.periodText));
  useEffect(() => {
    if (fields.conclusion === 'dikecualikan' && getValues('periodText') === '' && itemPeriod !== '')
      setValue('periodText', itemPeriod, { shouldDirty: true });
  }, [fields.conclusion, itemPeriod, getValues, setValue]);

  const failed = (error: unknown) => {
    if (!placeServerError(error, i18n.language, fieldNames, setError)) setActionError(error);
  };

  function save(values: TestFields, then?: (saved: ConsequenceTest) => void) {
    setActionError(null);
    const after = {
      onSuccess: (saved: ConsequenceTest) => {
        setCurrent(saved);
        reset(values);
        then?.(saved);
      },
      onError: failed,
    };
    if (current) update.mutate({ id: current.id, fields: values, expectedVersion: current.version }, after);
    else create.mutate({ fields: values }, after);
  }

  function concludeTest(values: TestFields) {
    setActionError(null);
    const go = (saved: ConsequenceTest) =>
      conclude.mutate(
        { id: saved.id, expectedVersion: saved.version, fields: conclusionOf(values) },
        { onSuccess: onDone, onError: failed },
      );
    // Only a changed draft (what is tested) needs saving first, and that part is the desk's to edit.
    const draftChanged = !current || preparation.some((k) => JSON.stringify(values[k]) !== JSON.stringify(current[k]));
    if (current && !draftChanged) go(current);
    else save(values, go);
  }

  async function print() {
    if (!current) return;
    try {
      downloadFile(await callOrThrow(client, 'consequence.sheet', { id: current.id }));
    } catch (error) {
      setActionError(error);
    }
  }

  const area = (name: 'harm' | 'publicInterest' | 'balance') => (
    <Textarea
      label={t(`exemption.test.${name}`)}
      disabled={frozen}
      autosize
      minRows={2}
      {...register(name)}
      error={fieldError(t, formState.errors[name])}
    />
  );

  return (
    <form noValidate onSubmit={(e) => void form.handleSubmit((v) => save(v))(e)}>
      <Stack gap="sm">
        {test?.concludedAt ? (
          <Alert color="teal">{t('exemption.test.concluded', { at: dateTime(test.concludedAt), by: test.concludedBy ?? '' })}</Alert>
        ) : null}
        <SimpleGrid cols={3}>
          <TextInput
            type="date"
            label={t('exemption.test.heldOn')}
            disabled={frozen}
            {...register('heldOn', { setValueAs: (v: string | null) => (v ? v : null) })}
            error={fieldError(t, formState.errors.heldOn)}
          />
          <TextInput
            label={t('exemption.test.place')}
            disabled={frozen}
            {...register('place')}
            error={fieldError(t, formState.errors.place)}
          />
          <Controller
            control={control}
            name="trigger"
            render={({ field }) => (
              <Select
                label={t('exemption.test.trigger')}
                disabled={frozen}
                allowDeselect={false}
                value={field.value}
                onChange={(value) => field.onChange(testTriggers.find((x) => x === value) ?? 'sebelum_permohonan')}
                data={testTriggers.map((x) => ({ value: x, label: t(`exemption.trigger.${x}`) }))}
              />
            )}
          />
        </SimpleGrid>
        {fields.trigger !== 'sebelum_permohonan' ? (
          <TextInput
            label={t('exemption.test.requestRef')}
            disabled={frozen}
            {...register('requestRef')}
            error={fieldError(t, formState.errors.requestRef)}
          />
        ) : null}
        <TextInput
          label={t('exemption.test.documentExamined')}
          disabled={frozen}
          {...register('documentExamined')}
          error={fieldError(t, formState.errors.documentExamined)}
        />
        <Controller
          control={control}
          name="entryIds"
          render={({ field, fieldState }) => (
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
              value={field.value.map(String)}
              onChange={(value) => field.onChange(value.map(Number))}
              error={fieldError(t, fieldState.error)}
            />
          )}
        />
        <TestParticipants form={form} frozen={frozen} />
        {area('harm')}
        {area('publicInterest')}
        {area('balance')}
        <Group align="flex-start">
          <div>
            <Text size="sm" fw={500}>
              {t('exemption.test.conclusion')}
            </Text>
            <Controller
              control={control}
              name="conclusion"
              render={({ field }) => (
                <SegmentedControl
                  disabled={frozen}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(value === 'dikecualikan' || value === 'terbuka' ? value : null)}
                  data={[
                    { value: 'dikecualikan', label: t('exemption.conclusion.dikecualikan') },
                    { value: 'terbuka', label: t('exemption.conclusion.terbuka') },
                  ]}
                />
              )}
            />
          </div>
          {fields.conclusion === 'dikecualikan' ? (
            <TextInput
              label={t('exemption.test.periodText')}
              description={itemPeriod !== '' ? t('exemption.test.periodFromItem', { period: itemPeriod }) : undefined}
              disabled={frozen}
              {...register('periodText')}
              error={fieldError(t, formState.errors.periodText)}
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
        {/* The buttons stay in view at the bottom of the scrolled dialog, with any refusal right above them. */}
        <Stack gap={4} py="xs" style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}>
          {actionError ? (
            <Text c="red" size="sm" ta="right" role="alert">
              {errorText(actionError, i18n.language)}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('exemption.close')}
            </Button>
            {current ? (
              <Button variant="light" onClick={() => void print()}>
                {t('exemption.test.sheet')}
              </Button>
            ) : null}
            {!frozen ? (
              <Button type="submit" variant="light" loading={create.isPending || update.isPending}>
                {t('exemption.save')}
              </Button>
            ) : null}
            {!frozen ? (
              <Button
                color="teal"
                disabled={missing.length > 0}
                loading={conclude.isPending}
                onClick={() => void form.handleSubmit(concludeTest)()}
              >
                {t('exemption.test.conclude')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Stack>
    </form>
  );
}
