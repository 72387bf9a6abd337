import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { exemptionFieldsSchema, type ExemptionFields } from '../../../shared/domain/exemption';
import { plausibilityWarnings } from '../../../shared/domain/pasal17';
import { DocumentTypeInput } from './DocumentTypeInput';
import { endDateOf, parsePeriod, periodSummaryKey } from '../../../shared/domain/period';
import { errorText } from '../../api/ApiFailure';
import { useMethod } from '../../api/hooks';
import { fieldError } from '../../components/fieldError';
import { placeServerError } from '../../components/serverFieldError';
import { useDateWords } from '../../api/useDateTime';

export const exemptionFieldNames = Object.keys(exemptionFieldsSchema.shape);

/**
 * The DIK fields of one exempted entry, validated at each field by the same zod schema main enforces;
 * the period is read as the officer types, with the same parser main uses. A refusal from main that
 * names a field (`serverError`) is shown under that field.
 */
export function ExemptionForm({
  initial,
  busy,
  onSubmit,
  onCancel,
  onDirtyChange,
  serverError,
}: {
  initial: ExemptionFields;
  busy: boolean;
  onSubmit: (fields: ExemptionFields) => void;
  onCancel: () => void;
  onDirtyChange?: (dirty: boolean) => void;
  serverError?: unknown;
}) {
  const { t, i18n } = useTranslation();
  const day = useDateWords();
  const grounds = useMethod('reference.grounds', { includeInactive: false });
  const statutes = useMethod('reference.statutes', {});
  const units = useMethod('unit.list', { includeInactive: false });
  const { register, control, formState, watch, handleSubmit, setError } = useForm<ExemptionFields>({
    resolver: zodResolver(exemptionFieldsSchema),
    defaultValues: initial,
  });
  const errors = formState.errors;
  useEffect(() => onDirtyChange?.(formState.isDirty), [formState.isDirty, onDirtyChange]);
  // A refusal naming one of these fields goes under it; any other stays next to the buttons.
  const [placed, setPlaced] = useState(false);
  useEffect(() => {
    setPlaced(serverError ? placeServerError(serverError, i18n.language, exemptionFieldNames, setError) : false);
  }, [serverError, i18n.language, setError]);

  const fields = watch();
  const period = parsePeriod(fields.periodText);
  const end = endDateOf(period, fields.anchor === 'document' ? fields.documentDate : null);
  const warnings = plausibilityWarnings(
    fields.grounds,
    `${fields.judul} ${fields.informasi} ${fields.dokumen} ${fields.jenisDokumen}`,
    period,
  );
  const en = i18n.language === 'en';
  const text = (name: 'judul' | 'dokumen' | 'jenisDokumen' | 'periodText' | 'upstreamDecision') => ({
    ...register(name),
    error: fieldError(t, errors[name]),
  });

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
      <Stack gap="sm">
        {/* What is exempted */}
        <TextInput label={t('exemption.fields.judul')} withAsterisk data-autofocus {...text('judul')} />
        <Textarea
          label={t('exemption.fields.informasi')}
          description={t('exemption.fields.informasiHint')}
          withAsterisk
          autosize
          minRows={2}
          {...register('informasi')}
          error={fieldError(t, errors.informasi)}
        />
        {/* Where it sits */}
        <SimpleGrid cols={2}>
          <TextInput label={t('exemption.fields.dokumen')} {...text('dokumen')} />
          <Controller
            control={control}
            name="jenisDokumen"
            render={({ field, fieldState }) => (
              <DocumentTypeInput value={field.value} onChange={field.onChange} error={fieldError(t, fieldState.error)} />
            )}
          />
          <Controller
            control={control}
            name="unitId"
            render={({ field, fieldState }) => (
              <Select
                label={t('exemption.fields.unit')}
                placeholder={t('exemption.fields.noUnit')}
                clearable
                data={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
                value={field.value === null ? null : String(field.value)}
                onChange={(value) => field.onChange(value === null ? null : Number(value))}
                error={fieldError(t, fieldState.error)}
              />
            )}
          />
          <Controller
            control={control}
            name="year"
            render={({ field, fieldState }) => (
              <NumberInput
                label={t('exemption.fields.year')}
                allowDecimal={false}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                error={fieldError(t, fieldState.error)}
              />
            )}
          />
        </SimpleGrid>
        <Checkbox label={t('exemption.fields.partial')} {...register('partial')} />
        {/* Legal bases */}
        <Controller
          control={control}
          name="grounds"
          render={({ field, fieldState }) => (
            <MultiSelect
              label={t('exemption.fields.grounds')}
              description={t('exemption.fields.groundsHint')}
              searchable
              data={(grounds.data ?? []).map((g) => ({ value: g.code, label: `${g.code} — ${en && g.labelEn ? g.labelEn : g.labelId}` }))}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(t, fieldState.error)}
            />
          )}
        />
        <Controller
          control={control}
          name="otherBases"
          render={({ field, fieldState }) => (
            <TagsInput
              label={t('exemption.fields.otherBases')}
              description={t('exemption.fields.otherBasesHint')}
              data={(statutes.data ?? []).filter((s) => s.active).map((s) => s.text)}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(t, fieldState.error)}
            />
          )}
        />
        {/* Consequences */}
        <SimpleGrid cols={2}>
          <Textarea
            label={t('exemption.fields.konsekuensiDibuka')}
            autosize
            minRows={2}
            {...register('konsekuensiDibuka')}
            error={fieldError(t, errors.konsekuensiDibuka)}
          />
          <Textarea
            label={t('exemption.fields.konsekuensiDitutup')}
            autosize
            minRows={2}
            {...register('konsekuensiDitutup')}
            error={fieldError(t, errors.konsekuensiDitutup)}
          />
        </SimpleGrid>
        {/* Period */}
        <TextInput label={t('exemption.fields.periodText')} {...text('periodText')} />
        <Text size="sm" c={period.kind === 'unparsed' && fields.periodText.trim() !== '' ? 'red' : 'dimmed'} role="status">
          {t(periodSummaryKey(period), period.kind === 'duration' ? { years: period.years, months: period.months, days: period.days } : {})}
          {period.kind === 'duration'
            ? ` · ${end ? t('exemption.period.endsOn', { date: day(end) }) : t('exemption.period.endsAfterSk')}`
            : ''}
        </Text>
        {period.kind === 'duration' ? (
          <Group align="flex-end">
            <div>
              <Text size="sm" fw={500}>
                {t('exemption.fields.anchor')}
              </Text>
              <Controller
                control={control}
                name="anchor"
                render={({ field }) => (
                  <SegmentedControl
                    value={field.value}
                    onChange={(value) => field.onChange(value === 'document' ? 'document' : 'sk')}
                    data={[
                      { value: 'sk', label: t('exemption.fields.anchorSk') },
                      { value: 'document', label: t('exemption.fields.anchorDocument') },
                    ]}
                  />
                )}
              />
            </div>
            {fields.anchor === 'document' ? (
              <TextInput
                type="date"
                label={t('exemption.fields.documentDate')}
                {...register('documentDate', { setValueAs: (v: string | null) => (v ? v : null) })}
                error={fieldError(t, errors.documentDate)}
              />
            ) : null}
          </Group>
        ) : null}
        <TextInput
          label={t('exemption.fields.upstreamDecision')}
          description={t('exemption.fields.upstreamHint')}
          {...text('upstreamDecision')}
        />
        {/* Hints, not errors: shown once the officer has started, never on an untouched form. */}
        {warnings.length > 0 && (formState.isDirty || formState.isSubmitted) ? (
          <Alert color="yellow" title={t('exemption.warn.title')}>
            {warnings.map((w) => (
              <Text key={w.key + JSON.stringify(w.params)} size="sm">
                {t(`exemption.warn.${w.key}`, w.params)}
              </Text>
            ))}
          </Alert>
        ) : null}
        {serverError && !placed ? (
          <Text c="red" size="sm" ta="right" role="alert">
            {errorText(serverError, i18n.language)}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('exemption.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('exemption.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
