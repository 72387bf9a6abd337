import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { defaultCapacity, ordnerAccess, ordnerColours, ordnerFieldsSchema, type OrdnerFields } from '../../../shared/domain/ordner';
import { useMethod } from '../../api/hooks';
import { fieldError } from '../../components/fieldError';

export function newOrdner(year: number): OrdnerFields {
  return {
    code: '',
    title: '',
    unitId: null,
    classificationCode: '',
    yearFrom: year,
    yearTo: year,
    access: 'terbuka',
    capacitySheets: defaultCapacity(8),
    colour: 'biru',
    spineCm: 8,
    placeId: null,
  };
}

/** The particulars of one ordner, validated by the schema main uses. */
export function OrdnerForm({
  initial,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: OrdnerFields;
  busy: boolean;
  onSubmit: (fields: OrdnerFields) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const units = useMethod('unit.list', {});
  const places = useMethod('place.list', {});
  const { register, handleSubmit, control, formState, setValue } = useForm<OrdnerFields>({
    resolver: zodResolver(ordnerFieldsSchema),
    defaultValues: initial,
  });
  const e = formState.errors;
  const idSelect = (name: 'unitId' | 'placeId', label: string, none: string, data: { value: string; label: string }[]) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          data={[{ value: '', label: none }, ...data]}
          value={field.value === null ? '' : String(field.value)}
          onChange={(v) => field.onChange(v ? Number(v) : null)}
          allowDeselect={false}
        />
      )}
    />
  );
  const num = (name: 'yearFrom' | 'yearTo' | 'capacitySheets', label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          value={field.value}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)}
          error={fieldError(t, e[name])}
        />
      )}
    />
  );
  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput
            label={t('ordners.fields.code')}
            description={t('ordners.fields.codeHint')}
            withAsterisk
            data-autofocus
            ff="monospace"
            {...register('code')}
            error={fieldError(t, e.code)}
          />
          <TextInput
            label={t('ordners.fields.classificationCode')}
            placeholder="000.1.2"
            {...register('classificationCode')}
            error={fieldError(t, e.classificationCode)}
          />
        </SimpleGrid>
        <TextInput label={t('ordners.fields.title')} withAsterisk {...register('title')} error={fieldError(t, e.title)} />
        <SimpleGrid cols={2}>
          {idSelect(
            'unitId',
            t('ordners.fields.unit'),
            t('ordners.fields.noUnit'),
            (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name })),
          )}
          {idSelect(
            'placeId',
            t('ordners.fields.place'),
            t('ordners.fields.noPlace'),
            (places.data ?? []).map((p) => ({ value: String(p.id), label: `${t(`ordners.places.kinds.${p.kind}`)} · ${p.name}` })),
          )}
        </SimpleGrid>
        <SimpleGrid cols={3}>
          {num('yearFrom', t('ordners.fields.yearFrom'))}
          {num('yearTo', t('ordners.fields.yearTo'))}
          {num('capacitySheets', t('ordners.fields.capacity'))}
        </SimpleGrid>
        <Group align="flex-end" gap="lg">
          <Controller
            control={control}
            name="access"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="access-label">
                  {t('ordners.fields.access')}
                </Text>
                <SegmentedControl
                  aria-labelledby="access-label"
                  value={field.value}
                  onChange={(v) => field.onChange(v === 'tertutup' ? 'tertutup' : 'terbuka')}
                  data={ordnerAccess.map((a) => ({ value: a, label: t(`ordners.access.${a}`) }))}
                />
              </Stack>
            )}
          />
          <Controller
            control={control}
            name="spineCm"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="spine-label">
                  {t('ordners.fields.spineCm')}
                </Text>
                <SegmentedControl
                  aria-labelledby="spine-label"
                  value={String(field.value)}
                  onChange={(v) => {
                    const cm = v === '5' ? 5 : 8;
                    field.onChange(cm);
                    setValue('capacitySheets', defaultCapacity(cm));
                  }}
                  data={[
                    { value: '5', label: t('ordners.spine.5') },
                    { value: '8', label: t('ordners.spine.8') },
                  ]}
                />
              </Stack>
            )}
          />
          <Controller
            control={control}
            name="colour"
            render={({ field }) => (
              <Select
                label={t('ordners.fields.colour')}
                w={160}
                value={field.value}
                allowDeselect={false}
                onChange={(v) => field.onChange(v ?? 'biru')}
                data={ordnerColours.map((c) => ({ value: c, label: t(`ordners.colours.${c}`) }))}
              />
            )}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('ordners.accessHint')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('ordners.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('ordners.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
