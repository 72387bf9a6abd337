import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { placeFieldsSchema, placeKinds, type Place, type PlaceFields } from '../../../shared/domain/place';
import { fieldError } from '../../components/fieldError';

export const newPlace: PlaceFields = { name: '', kind: 'lemari', parentId: null, description: '' };

/** A lemari or a rak inside one. */
export function PlaceForm({
  places,
  busy,
  onSubmit,
  onCancel,
}: {
  places: Place[];
  busy: boolean;
  onSubmit: (fields: PlaceFields) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, control, formState, watch } = useForm<PlaceFields>({
    resolver: zodResolver(placeFieldsSchema),
    defaultValues: newPlace,
  });
  const kind = watch('kind');
  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
      <Stack gap="sm">
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="place-kind">
                {t('ordners.places.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="place-kind"
                value={field.value}
                onChange={(v) => field.onChange(v === 'rak' ? 'rak' : 'lemari')}
                data={placeKinds.map((k) => ({ value: k, label: t(`ordners.places.kinds.${k}`) }))}
              />
            </Stack>
          )}
        />
        <TextInput
          label={t('ordners.places.name')}
          withAsterisk
          data-autofocus
          {...register('name')}
          error={fieldError(t, formState.errors.name)}
        />
        {kind === 'rak' ? (
          <Controller
            control={control}
            name="parentId"
            render={({ field }) => (
              <Select
                label={t('ordners.places.parent')}
                data={[
                  { value: '', label: t('ordners.places.noParent') },
                  ...places.filter((p) => p.kind === 'lemari').map((p) => ({ value: String(p.id), label: p.name })),
                ]}
                value={field.value === null ? '' : String(field.value)}
                onChange={(v) => field.onChange(v ? Number(v) : null)}
                allowDeselect={false}
              />
            )}
          />
        ) : null}
        <TextInput label={t('ordners.places.description')} {...register('description')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('ordners.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('ordners.places.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
