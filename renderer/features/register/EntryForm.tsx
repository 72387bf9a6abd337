import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Divider, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { bentukValues, dispositionValues, entryCategories, entryFieldsSchema, type EntryFields } from '../../../shared/domain/entry';
import { useMethod } from '../../api/hooks';
import { fieldError } from '../../components/fieldError';

export interface EntryFormProps {
  initial: EntryFields;
  busy: boolean;
  onSubmit: (fields: EntryFields, next: boolean) => void;
  onCancel: () => void;
}

function NumberField({
  control,
  name,
  label,
}: {
  control: Control<EntryFields>;
  name: 'year' | 'retensiAktif' | 'retensiInaktif';
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          value={field.value ?? ''}
          allowDecimal={false}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : value === '' ? null : Number(value))}
          error={fieldError(t, fieldState.error)}
        />
      )}
    />
  );
}

/**
 * The full form of one entry, validated at each field by the same zod schema main enforces.
 * Ctrl+S (or Ctrl+Enter) saves; Ctrl+Shift+Enter saves and starts the next new entry.
 */
export function EntryForm({ initial, busy, onSubmit, onCancel }: EntryFormProps) {
  const { t } = useTranslation();
  const units = useMethod('unit.list', { includeInactive: true });
  const { register, handleSubmit, control, formState, reset, watch } = useForm<EntryFields>({
    resolver: zodResolver(entryFieldsSchema),
    defaultValues: initial,
  });
  const category = watch('category');
  useEffect(() => reset(initial), [initial, reset]);

  const submit = (next: boolean) => handleSubmit((fields) => onSubmit(fields, next));
  const text = (name: FieldPath<EntryFields>) => ({
    ...register(name),
    error: fieldError(t, formState.errors[name as keyof EntryFields] as never),
  });

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(false)(event)}
      onKeyDown={(event) => {
        const save = (event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'Enter');
        if (!save) return;
        event.preventDefault();
        void submit(event.shiftKey)();
      }}
    >
      <Stack gap="sm">
        <Divider label={t('register.form.sectionMain')} labelPosition="left" />
        <Controller
          control={control}
          name="category"
          render={({ field }) => (
            <Select
              label={t('register.fields.category')}
              data={entryCategories.map((c) => ({ value: c, label: t(`register.categories.${c}`) }))}
              value={field.value}
              onChange={(value) => field.onChange(value ?? 'berkala')}
              allowDeselect={false}
            />
          )}
        />
        <TextInput label={t('register.fields.judul')} withAsterisk data-autofocus {...text('judul')} />
        <Textarea label={t('register.fields.ringkasan')} autosize minRows={2} maxRows={6} {...text('ringkasan')} />

        <Divider label={t('register.form.sectionHolder')} labelPosition="left" />
        <SimpleGrid cols={2}>
          <Controller
            control={control}
            name="unitId"
            render={({ field, fieldState }) => (
              <Select
                label={t('register.fields.unitId')}
                placeholder={t('register.form.noUnit')}
                data={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
                value={field.value === null ? null : String(field.value)}
                onChange={(value) => field.onChange(value === null ? null : Number(value))}
                clearable
                searchable
                error={fieldError(t, fieldState.error)}
              />
            )}
          />
          <TextInput label={t('register.fields.unitText')} {...text('unitText')} />
          <TextInput label={t('register.fields.penanggungJawab')} {...text('penanggungJawab')} />
          <NumberField control={control} name="year" label={t('register.fields.year')} />
          <TextInput label={t('register.fields.waktu')} {...text('waktu')} />
          <TextInput label={t('register.fields.tempat')} {...text('tempat')} />
        </SimpleGrid>

        <Divider label={t('register.form.sectionForm')} labelPosition="left" />
        <SimpleGrid cols={2}>
          <Controller
            control={control}
            name="bentuk"
            render={({ field }) => (
              <Select
                label={t('register.fields.bentuk')}
                data={bentukValues.map((b) => ({ value: b, label: t(`register.bentukValues.${b}`) }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                clearable
              />
            )}
          />
          <Group gap="lg" mt="xl">
            {(['formatCetak', 'formatRekam', 'formatOnline'] as const).map((name) => (
              <Controller
                key={name}
                control={control}
                name={name}
                render={({ field }) => (
                  <Checkbox
                    label={t(`register.fields.${name}`)}
                    checked={field.value}
                    onChange={(event) => field.onChange(event.currentTarget.checked)}
                  />
                )}
              />
            ))}
          </Group>
        </SimpleGrid>
        <TextInput label={t('register.fields.jenisMedia')} {...text('jenisMedia')} />

        <Divider label={t('register.form.sectionRetention')} labelPosition="left" />
        <SimpleGrid cols={3}>
          <NumberField control={control} name="retensiAktif" label={t('register.fields.retensiAktif')} />
          <NumberField control={control} name="retensiInaktif" label={t('register.fields.retensiInaktif')} />
          <Controller
            control={control}
            name="disposisi"
            render={({ field }) => (
              <Select
                label={t('register.fields.disposisi')}
                data={dispositionValues.map((d) => ({ value: d, label: t(`register.dispositions.${d}`) }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                clearable
              />
            )}
          />
        </SimpleGrid>
        <TextInput label={t('register.fields.retensiText')} {...text('retensiText')} />
        <TextInput label={t('register.fields.kodeKlasifikasi')} {...text('kodeKlasifikasi')} />

        {category === 'dikecualikan' ? (
          <>
            <Divider label={t('register.form.sectionDik')} labelPosition="left" />
            <Textarea label={t('register.fields.dikInformasi')} autosize minRows={1} {...text('dikInformasi')} />
            <Textarea label={t('register.fields.dikDasarHukum')} autosize minRows={1} {...text('dikDasarHukum')} />
            <SimpleGrid cols={2}>
              <Textarea label={t('register.fields.dikKonsekuensiDibuka')} autosize minRows={2} {...text('dikKonsekuensiDibuka')} />
              <Textarea label={t('register.fields.dikKonsekuensiDitutup')} autosize minRows={2} {...text('dikKonsekuensiDitutup')} />
            </SimpleGrid>
            <TextInput label={t('register.fields.dikJangkaWaktu')} {...text('dikJangkaWaktu')} />
          </>
        ) : null}

        <Divider label={t('register.form.sectionOther')} labelPosition="left" />
        <Controller
          control={control}
          name="tags"
          render={({ field, fieldState }) => (
            <TextInput
              label={t('register.fields.tags')}
              description={t('register.form.tagsHint')}
              defaultValue={field.value.join(', ')}
              onChange={(event) =>
                field.onChange(
                  event.currentTarget.value
                    .split(',')
                    .map((tag) => tag.trim())
                    .filter(Boolean),
                )
              }
              error={fieldError(t, fieldState.error)}
            />
          )}
        />
        <Textarea label={t('register.fields.notes')} autosize minRows={2} {...text('notes')} />

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('register.cancel')}
          </Button>
          <Button variant="light" loading={busy} onClick={() => void submit(true)()}>
            {t('register.saveNext')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('register.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
