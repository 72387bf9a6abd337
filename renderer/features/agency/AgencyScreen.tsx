import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { useDateTime } from '../../api/useDateTime';
import { agencyFieldsSchema, emptyAgencyFields, type AgencyFields, type AgencyProfile } from '../../../shared/domain/agency';
import { ApiFailure, errorText } from '../../api/ApiFailure';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldError } from '../../components/fieldError';
import { PageHeader } from '../../components/PageHeader';
import { LogoField } from './LogoField';
import { TimeZoneField } from './TimeZoneField';

function fieldsOf(profile: AgencyProfile): AgencyFields {
  const { version: _version, updatedAt: _updatedAt, ...fields } = profile;
  return fields;
}

/** Profil Badan Publik: the letterhead and signatories of every printed list. */
export function AgencyScreen() {
  const { t, i18n } = useTranslation();
  const dateTime = useDateTime();
  const profile = useMethod('agency.get', {});
  const save = useMethodMutation('agency.update');
  const form = useForm<AgencyFields>({ resolver: zodResolver(agencyFieldsSchema), defaultValues: emptyAgencyFields });
  const { register, handleSubmit, reset, control, setError, formState } = form;

  useEffect(() => {
    if (profile.data) reset(fieldsOf(profile.data));
  }, [profile.data, reset]);

  const onSubmit = handleSubmit((fields) => {
    if (!profile.data) return;
    save.mutate(
      { fields, expectedVersion: profile.data.version },
      {
        onSuccess: (saved) => {
          reset(fieldsOf(saved));
          showToast((tr) => tr('agency.saved'));
        },
        onError: (error) => {
          const field = error instanceof ApiFailure ? error.error.field : undefined;
          if (field?.startsWith('fields.')) {
            setError(field.slice('fields.'.length) as Path<AgencyFields>, { message: errorText(error, i18n.language) });
          }
        },
      },
    );
  });

  const text = (name: keyof AgencyFields, label: string) => (
    <TextInput label={label} {...register(name)} error={fieldError(t, formState.errors[name])} />
  );

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <PageHeader title={t('agency.title')} intro={t('agency.intro')} />
      <ErrorNotice error={profile.error} />
      {save.error instanceof ApiFailure && save.error.error.code === 'conflict' ? (
        <Button variant="light" mb="md" onClick={() => void profile.refetch().then(() => save.reset())}>
          {t('app.reload')}
        </Button>
      ) : null}
      <Stack>
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('agency.bodyName')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {text('bodyName', t('agency.bodyName'))}
            {text('unitName', t('agency.unitName'))}
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('agency.address')}
            autosize
            minRows={2}
            {...register('address')}
            error={fieldError(t, formState.errors.address)}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
            {text('city', t('agency.city'))}
            {text('phone', t('agency.phone'))}
            {text('email', t('agency.email'))}
            {text('website', t('agency.website'))}
            <TimeZoneField control={control} />
          </SimpleGrid>
          <Controller
            control={control}
            name="logo"
            render={({ field, fieldState }) => (
              <LogoField value={field.value} onChange={field.onChange} error={fieldError(t, fieldState.error)} />
            )}
          />
        </Card>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              {t('agency.ppid')}
            </Title>
            {text('ppidName', t('agency.ppidName'))}
            {text('ppidNip', t('agency.ppidNip'))}
          </Card>
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              {t('agency.superior')}
            </Title>
            {text('superiorName', t('agency.superiorName'))}
            {text('superiorPosition', t('agency.superiorPosition'))}
            {text('superiorNip', t('agency.superiorNip'))}
          </Card>
        </SimpleGrid>
        {/* A refusal (a role that may not change the profile) shows next to the button that caused it. */}
        <ErrorNotice error={save.error} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {profile.data?.updatedAt ? `${t('agency.lastSaved')}: ${dateTime(profile.data.updatedAt)}` : ''}
          </Text>
          <Button type="submit" loading={save.isPending} disabled={!profile.data}>
            {t('agency.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
