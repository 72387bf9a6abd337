import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { documentFieldsSchema, documentStages, type DocumentFields } from '../../../shared/domain/document';
import { fieldError } from '../../components/fieldError';

/** The data of one naskah, validated by the schema main uses. */
export function DocumentForm({
  initial,
  busy,
  onSubmit,
  onCancel,
  submitLabel,
}: {
  initial: DocumentFields;
  busy: boolean;
  onSubmit: (fields: DocumentFields) => void;
  onCancel?: () => void;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, control, formState } = useForm<DocumentFields>({
    resolver: zodResolver(documentFieldsSchema),
    defaultValues: initial,
  });
  const e = formState.errors;
  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
      <Stack gap="sm">
        <TextInput label={t('documents.fields.title')} withAsterisk data-autofocus {...register('title')} error={fieldError(t, e.title)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('documents.fields.number')} {...register('number')} error={fieldError(t, e.number)} />
          <TextInput label={t('documents.fields.date')} type="date" {...register('date')} error={fieldError(t, e.date)} />
          <TextInput
            label={t('documents.fields.classificationCode')}
            placeholder="000.1.2"
            {...register('classificationCode')}
            error={fieldError(t, e.classificationCode)}
          />
        </SimpleGrid>
        <Group align="flex-end">
          <Controller
            control={control}
            name="stage"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="stage-label">
                  {t('documents.fields.stage')}
                </Text>
                <SegmentedControl
                  aria-labelledby="stage-label"
                  value={field.value}
                  onChange={(value) => field.onChange(value === 'salinan' ? 'salinan' : 'asli')}
                  data={documentStages.map((stage) => ({ value: stage, label: t(`documents.stages.${stage}`) }))}
                />
              </Stack>
            )}
          />
          <Controller
            control={control}
            name="sheetCount"
            render={({ field }) => (
              <NumberInput
                label={t('documents.fields.sheetCount')}
                min={1}
                max={5000}
                w={160}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : 1)}
                error={fieldError(t, e.sheetCount)}
              />
            )}
          />
        </Group>
        <Textarea
          label={t('documents.fields.description')}
          autosize
          minRows={2}
          {...register('description')}
          error={fieldError(t, e.description)}
        />
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('documents.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={busy}>
            {submitLabel ?? t('documents.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
