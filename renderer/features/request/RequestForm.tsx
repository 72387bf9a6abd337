import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Switch, Textarea, TextInput, Title } from '@mantine/core';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  accessModes,
  copyForms,
  deliveryModes,
  identityTypes,
  requestChannels,
  requesterKinds,
  requestFieldsSchema,
  type RequestFields,
} from '../../../shared/domain/request';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldError } from '../../components/fieldError';
import { useToday } from '../../api/useToday';

/** "2026-12-01T09:15" in the laptop's own clock, as a datetime-local input shows it. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function emptyRequest(now: Date): RequestFields {
  return {
    receivedAt: new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString(),
    channel: 'langsung',
    letterNumber: '',
    letterDate: null,
    requester: {
      kind: 'perorangan',
      name: '',
      address: '',
      phone: '',
      email: '',
      occupation: '',
      identityType: 'ktp',
      identityNumber: '',
      legalBasis: '',
    },
    information: '',
    purpose: '',
    accessModes: ['membaca'],
    copyWanted: false,
    copyForm: null,
    delivery: null,
    notes: '',
  };
}

function EnumSelect({
  control,
  name,
  label,
  values,
  prefix,
  clearable = false,
}: {
  control: Control<RequestFields>;
  name: 'channel' | 'requester.kind' | 'requester.identityType' | 'copyForm' | 'delivery';
  label: string;
  values: readonly string[];
  prefix: string;
  clearable?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          data={values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }))}
          value={field.value ?? null}
          onChange={(value) => field.onChange(value ?? (clearable ? null : field.value))}
          clearable={clearable}
          allowDeselect={clearable}
          error={fieldError(t, fieldState.error)}
        />
      )}
    />
  );
}

/** The request as received, validated by the same schema main uses; field errors shown at the field. */
export function RequestForm({
  initial,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: RequestFields;
  busy: boolean;
  error: unknown;
  onSubmit: (fields: RequestFields) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const today = useToday();
  const { register, handleSubmit, control, watch, formState } = useForm<RequestFields>({
    resolver: zodResolver(requestFieldsSchema),
    defaultValues: initial ?? emptyRequest(today.now()),
  });
  const e = formState.errors;
  const kind = watch('requester.kind');
  const copyWanted = watch('copyWanted');

  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
      <Stack>
        <Title order={4}>{t('request.sections.request')}</Title>
        <SimpleGrid cols={2}>
          <Controller
            control={control}
            name="receivedAt"
            render={({ field, fieldState }) => (
              <TextInput
                type="datetime-local"
                label={t('request.fields.receivedAt')}
                withAsterisk
                value={toLocalInput(field.value)}
                onChange={(event) => field.onChange(event.currentTarget.value ? new Date(event.currentTarget.value).toISOString() : '')}
                error={fieldError(t, fieldState.error)}
              />
            )}
          />
          <EnumSelect
            control={control}
            name="channel"
            label={t('request.fields.channel')}
            values={requestChannels}
            prefix="request.channel"
          />
          <TextInput label={t('request.fields.letterNumber')} {...register('letterNumber')} error={fieldError(t, e.letterNumber)} />
          <Controller
            control={control}
            name="letterDate"
            render={({ field, fieldState }) => (
              <TextInput
                type="date"
                label={t('request.fields.letterDate')}
                value={field.value ?? ''}
                onChange={(event) => field.onChange(event.currentTarget.value || null)}
                error={fieldError(t, fieldState.error)}
              />
            )}
          />
        </SimpleGrid>
        <Title order={4}>{t('request.sections.requester')}</Title>
        <SimpleGrid cols={2}>
          <EnumSelect
            control={control}
            name="requester.kind"
            label={t('request.fields.requesterKind')}
            values={requesterKinds}
            prefix="request.requesterKind"
          />
          <TextInput
            label={t('request.fields.name')}
            withAsterisk
            {...register('requester.name')}
            error={fieldError(t, e.requester?.name)}
          />
          <TextInput
            label={t('request.fields.address')}
            withAsterisk
            {...register('requester.address')}
            error={fieldError(t, e.requester?.address)}
          />
          <TextInput
            label={t('request.fields.occupation')}
            {...register('requester.occupation')}
            error={fieldError(t, e.requester?.occupation)}
          />
          <TextInput label={t('request.fields.phone')} {...register('requester.phone')} error={fieldError(t, e.requester?.phone)} />
          <TextInput label={t('request.fields.email')} {...register('requester.email')} error={fieldError(t, e.requester?.email)} />
          <EnumSelect
            control={control}
            name="requester.identityType"
            label={t('request.fields.identityType')}
            values={identityTypes}
            prefix="request.identityType"
          />
          <TextInput
            label={t('request.fields.identityNumber')}
            withAsterisk
            {...register('requester.identityNumber')}
            error={fieldError(t, e.requester?.identityNumber)}
          />
        </SimpleGrid>
        {kind !== 'perorangan' ? (
          <TextInput
            label={t('request.fields.legalBasis')}
            withAsterisk
            {...register('requester.legalBasis')}
            error={fieldError(t, e.requester?.legalBasis)}
          />
        ) : null}
        <Textarea
          label={t('request.fields.information')}
          withAsterisk
          autosize
          minRows={2}
          {...register('information')}
          error={fieldError(t, e.information)}
        />
        <Textarea
          label={t('request.fields.purpose')}
          withAsterisk
          autosize
          minRows={1}
          {...register('purpose')}
          error={fieldError(t, e.purpose)}
        />
        <Controller
          control={control}
          name="accessModes"
          render={({ field, fieldState }) => (
            <Checkbox.Group
              label={t('request.fields.accessModes')}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(t, fieldState.error)}
            >
              <Group mt={4}>
                {accessModes.map((m) => (
                  <Checkbox key={m} value={m} label={t(`request.accessMode.${m}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        />
        <Controller
          control={control}
          name="copyWanted"
          render={({ field }) => (
            <Switch
              label={t('request.fields.copyWanted')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        {copyWanted ? (
          <SimpleGrid cols={2}>
            <EnumSelect
              control={control}
              name="copyForm"
              label={t('request.fields.copyForm')}
              values={copyForms}
              prefix="request.copyForm"
              clearable
            />
            <EnumSelect
              control={control}
              name="delivery"
              label={t('request.fields.delivery')}
              values={deliveryModes}
              prefix="request.delivery"
              clearable
            />
          </SimpleGrid>
        ) : null}
        <Textarea label={t('request.fields.notes')} autosize minRows={1} {...register('notes')} error={fieldError(t, e.notes)} />
        {error ? <ErrorNotice error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('request.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('request.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
