import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { unitFieldsSchema, unitKinds, type UnitFields } from '../../../shared/domain/unit';
import { fieldError } from '../../components/fieldError';

export const newUnit: UnitFields = { name: '', kind: 'ppid_pelaksana', head: '', active: true };

/** The fields of one unit, validated by the same schema main uses. */
export function UnitForm({
  initial,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: UnitFields;
  busy: boolean;
  onSubmit: (fields: UnitFields) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, control, formState } = useForm<UnitFields>({
    resolver: zodResolver(unitFieldsSchema),
    defaultValues: initial,
  });

  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
      <Stack>
        <TextInput label={t('units.name')} withAsterisk data-autofocus {...register('name')} error={fieldError(t, formState.errors.name)} />
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('units.kind')}
              data={unitKinds.map((kind) => ({ value: kind, label: t(`units.kinds.${kind}`) }))}
              value={field.value}
              onChange={(value) => field.onChange(value ?? 'lainnya')}
              allowDeselect={false}
            />
          )}
        />
        <TextInput label={t('units.head')} {...register('head')} error={fieldError(t, formState.errors.head)} />
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <Switch label={t('units.active')} checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('units.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('units.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
