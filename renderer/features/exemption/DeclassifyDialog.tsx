import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Divider, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AgencyProfile } from '../../../shared/domain/agency';
import { bentukValues, dispositionValues, type Entry } from '../../../shared/domain/entry';
import { declassifyInputSchema, type ExemptionDetail as Detail } from '../../../shared/domain/exemption';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ApiFailure } from '../../api/ApiFailure';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldError } from '../../components/fieldError';

/** What the officer fills: the declassify input without the entry's identity, validated by main's own schema. */
const formSchema = declassifyInputSchema.omit({ entryId: true, expectedVersion: true });
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

/**
 * The opened entry's DIP columns, pre-filled from what is known: the exempted entry's own columns when an
 * import carried them, its unit (holder and place), its year, the agency's city and PPID.
 */
function defaults(x: Detail, old: Entry | undefined, agency: AgencyProfile | undefined, reason = ''): FormInput {
  const unit = x.unitName ?? '';
  return {
    decision: { number: '', date: '', signerName: agency?.ppidName ?? '', signerPosition: 'PPID', scanSha256: null },
    category: 'setiap_saat',
    reason,
    dip: {
      penanggungJawab: old?.penanggungJawab || unit,
      waktu: old?.waktu || (x.year === null ? '' : String(x.year)),
      tempat: old?.tempat || unit || (agency?.city ?? ''),
      // Bentuk is never guessed: paper or electronic is the officer's word.
      ...(old?.bentuk ? { bentuk: old.bentuk } : {}),
      retensiAktif: old?.retensiAktif ?? null,
      retensiInaktif: old?.retensiInaktif ?? null,
      retensiText: old?.retensiText ?? '',
      disposisi: old?.disposisi ?? null,
      jenisMedia: old?.jenisMedia ?? '',
    } as FormInput['dip'],
  };
}

/**
 * "Buka menjadi informasi publik": the opening decision and the DIP columns the new public entry prints.
 * `reason` pre-fills the reason when the opening carries out a ruling (a Komisi Informasi putusan).
 */
export function DeclassifyDialog({ x, reason, onClose }: { x: Detail; reason?: string; onClose: () => void }) {
  const agency = useMethod('agency.get', {});
  const old = useMethod('entry.get', { id: x.entryId });
  const ready = (agency.data !== undefined || agency.error) && (old.data !== undefined || old.error);
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('exemption.declassify.title')} size="xl">
      {ready ? (
        <DeclassifyForm x={x} initial={defaults(x, old.data, agency.data, reason)} onClose={onClose} />
      ) : (
        <Text size="sm">{t('app.loading')}</Text>
      )}
    </Modal>
  );
}

function DeclassifyForm({ x, initial, onClose }: { x: Detail; initial: FormInput; onClose: () => void }) {
  const { t } = useTranslation();
  const declassify = useMethodMutation('exemption.declassify');
  const [notes, setNotes] = useState<string[] | null>(null);
  const { register, control, handleSubmit, formState, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: initial,
  });
  const e = formState.errors;

  const submit = (values: FormOutput) =>
    declassify.mutate(
      { ...values, entryId: x.entryId, expectedVersion: x.version },
      {
        onSuccess: (result) => setNotes(result.paperNotes.map((n) => t(`exemption.paper.${n.key}`, n.params))),
        // A refusal naming a field (main checks the same schema) is shown at that field too.
        onError: (error) => {
          const field = error instanceof ApiFailure ? error.error.field : undefined;
          if (field) setError(field as FieldPath<FormInput>, { message: error.message });
        },
      },
    );

  if (notes)
    return (
      <Stack>
        <Alert color="teal" role="status">
          {t('exemption.declassify.done')}
        </Alert>
        {notes.map((n) => (
          <Alert key={n} color="yellow">
            {n}
          </Alert>
        ))}
        <Button onClick={onClose}>{t('exemption.close')}</Button>
      </Stack>
    );

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <Stack>
        <Text size="sm">{t('exemption.declassify.intro')}</Text>
        <ErrorNotice error={declassify.error} />
        <Divider label={t('edition.declassify.decisionSection')} labelPosition="left" />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('exemption.declassify.decisionNumber')}
            placeholder={t('exemption.decision.numberHint')}
            withAsterisk
            {...register('decision.number')}
            error={fieldError(t, e.decision?.number)}
          />
          <TextInput
            type="date"
            label={t('exemption.decision.date')}
            withAsterisk
            {...register('decision.date')}
            error={fieldError(t, e.decision?.date)}
          />
          <TextInput
            label={t('exemption.decision.signerName')}
            withAsterisk
            {...register('decision.signerName')}
            error={fieldError(t, e.decision?.signerName)}
          />
          <TextInput
            label={t('exemption.decision.signerPosition')}
            withAsterisk
            {...register('decision.signerPosition')}
            error={fieldError(t, e.decision?.signerPosition)}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="category"
          render={({ field }) => (
            <Select
              label={t('exemption.declassify.category')}
              allowDeselect={false}
              value={field.value ?? 'setiap_saat'}
              onChange={(value) => field.onChange(value ?? 'setiap_saat')}
              data={(['setiap_saat', 'berkala', 'serta_merta'] as const).map((c) => ({ value: c, label: t(`exemption.dipCategory.${c}`) }))}
            />
          )}
        />
        <Textarea label={t('exemption.declassify.reason')} withAsterisk {...register('reason')} error={fieldError(t, e.reason)} />
        <Divider label={t('edition.declassify.dipSection')} labelPosition="left" />
        <Text size="xs" c="dimmed">
          {t('edition.declassify.dipHint')}
        </Text>
        <TextInput
          label={t('register.fields.penanggungJawab')}
          withAsterisk
          {...register('dip.penanggungJawab')}
          error={fieldError(t, e.dip?.penanggungJawab)}
        />
        <SimpleGrid cols={2}>
          <TextInput label={t('register.fields.waktu')} withAsterisk {...register('dip.waktu')} error={fieldError(t, e.dip?.waktu)} />
          <TextInput label={t('register.fields.tempat')} withAsterisk {...register('dip.tempat')} error={fieldError(t, e.dip?.tempat)} />
        </SimpleGrid>
        <Controller
          control={control}
          name="dip.bentuk"
          render={({ field, fieldState }) => (
            <Select
              label={t('register.fields.bentuk')}
              withAsterisk
              // Not chosen yet is undefined at run time although the form's type says a bentuk.
              value={bentukValues.includes(field.value) ? field.value : null}
              onChange={(value) => field.onChange(value ?? undefined)}
              data={bentukValues.map((b) => ({ value: b, label: t(`register.bentukValues.${b}`) }))}
              error={fieldError(t, fieldState.error)}
            />
          )}
        />
        <SimpleGrid cols={3}>
          {(['retensiAktif', 'retensiInaktif'] as const).map((name) => (
            <Controller
              key={name}
              control={control}
              name={`dip.${name}`}
              render={({ field, fieldState }) => (
                <NumberInput
                  label={t(`register.fields.${name}`)}
                  min={0}
                  max={999}
                  allowDecimal={false}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                  error={fieldError(t, fieldState.error)}
                />
              )}
            />
          ))}
          <Controller
            control={control}
            name="dip.disposisi"
            render={({ field }) => (
              <Select
                label={t('register.fields.disposisi')}
                clearable
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? null)}
                data={dispositionValues.map((d) => ({ value: d, label: t(`register.dispositions.${d}`) }))}
              />
            )}
          />
        </SimpleGrid>
        <TextInput label={t('register.fields.retensiText')} {...register('dip.retensiText')} error={fieldError(t, e.dip?.retensiText)} />
        <TextInput
          label={t('register.fields.jenisMedia')}
          withAsterisk
          {...register('dip.jenisMedia')}
          error={fieldError(t, e.dip?.jenisMedia)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('exemption.cancel')}
          </Button>
          <Button type="submit" color="blue" loading={declassify.isPending}>
            {t('exemption.declassify.action')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
