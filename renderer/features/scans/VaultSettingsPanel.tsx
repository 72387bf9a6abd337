import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { vaultConfigSchema, type VaultConfig } from '../../../shared/domain/vault';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldError } from '../../components/fieldError';
import { FolderPickButton } from '../../components/FolderPickButton';

function ConfigForm({ initial }: { initial: VaultConfig }) {
  const { t } = useTranslation();
  const save = useMethodMutation('vault.configure');
  const { register, handleSubmit, control, formState, setValue, watch } = useForm<VaultConfig>({
    resolver: zodResolver(vaultConfigSchema),
    defaultValues: initial,
  });
  const number = (name: 'maxFileMb' | 'verifyEveryDays', label: string, max: number) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          min={0}
          max={max}
          w={360}
          value={field.value}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)}
          error={fieldError(t, formState.errors[name])}
        />
      )}
    />
  );
  return (
    <form
      onSubmit={(event) =>
        void handleSubmit((config) => save.mutate({ config }, { onSuccess: () => showToast((tr) => tr('vault.settings.saved')) }))(event)
      }
      noValidate
    >
      <Stack>
        <ErrorNotice error={save.error} />
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label={t('vault.settings.inboxDir')}
            description={t('vault.settings.inboxDirHint')}
            styles={{ input: { fontFamily: 'monospace' } }}
            style={{ flex: 1 }}
            {...register('inboxDir')}
            error={fieldError(t, formState.errors.inboxDir)}
          />
          <FolderPickButton
            current={watch('inboxDir')}
            onPick={(path) => setValue('inboxDir', path, { shouldDirty: true, shouldValidate: true })}
          />
        </Group>
        {number('maxFileMb', t('vault.settings.maxFileMb'), 4096)}
        {number('verifyEveryDays', t('vault.settings.verifyEveryDays'), 365)}
        <Button type="submit" w="fit-content" loading={save.isPending}>
          {t('vault.settings.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** Pengaturan Pindaian: the scanner's folder, the size limit, the verify schedule. */
export function VaultSettingsPanel({ config }: { config: VaultConfig | undefined }) {
  return (
    <Card withBorder maw={760}>
      {config ? <ConfigForm initial={config} /> : null}
    </Card>
  );
}
