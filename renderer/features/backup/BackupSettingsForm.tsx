import { Button, Card, Group, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FolderPickButton } from '../../components/FolderPickButton';

type BackupSettings = Pick<Settings, 'backupDir' | 'backupKeep' | 'backupIntervalHours' | 'backupOnQuit' | 'backupWarnDays'>;

/** Where backups go and how often; kept in the archive's settings so they follow it. */
export function BackupSettingsForm() {
  const { t } = useTranslation();
  const settings = useMethod('settings.get', {});
  const save = useMethodMutation('settings.update');
  const [form, setForm] = useState<BackupSettings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.data && form === null) {
      const { backupDir, backupKeep, backupIntervalHours, backupOnQuit, backupWarnDays } = settings.data;
      setForm({ backupDir, backupKeep, backupIntervalHours, backupOnQuit, backupWarnDays });
    }
  }, [settings.data, form]);
  if (!form) return null;
  const set = (patch: Partial<BackupSettings>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };
  const int = (value: string | number, fallback: number) => (typeof value === 'number' ? Math.round(value) : fallback);

  return (
    <Card withBorder>
      <Text fw={600} mb="sm">
        {t('backup.settings')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ patch: form }, { onSuccess: () => setSaved(true) });
        }}
      >
        <Stack gap="sm">
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              label={t('backup.folder')}
              description={t('backup.folderHint')}
              style={{ flex: 1 }}
              value={form.backupDir ?? ''}
              onChange={(event) => set({ backupDir: event.currentTarget.value.trim() === '' ? null : event.currentTarget.value })}
            />
            <FolderPickButton current={form.backupDir} onPick={(path) => set({ backupDir: path })} />
          </Group>
          <Group grow>
            <NumberInput
              label={t('backup.keep')}
              min={1}
              max={100}
              value={form.backupKeep}
              onChange={(value) => set({ backupKeep: int(value, form.backupKeep) })}
            />
            <NumberInput
              label={t('backup.interval')}
              min={0}
              max={720}
              value={form.backupIntervalHours}
              onChange={(value) => set({ backupIntervalHours: int(value, form.backupIntervalHours) })}
            />
            <NumberInput
              label={t('backup.warnDays')}
              min={1}
              max={365}
              value={form.backupWarnDays}
              onChange={(value) => set({ backupWarnDays: int(value, form.backupWarnDays) })}
            />
          </Group>
          <Switch
            label={t('backup.onQuit')}
            checked={form.backupOnQuit}
            onChange={(event) => set({ backupOnQuit: event.currentTarget.checked })}
          />
          <ErrorNotice error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('backup.save')}
            </Button>
            {saved ? (
              <Text size="sm" c="teal" role="status">
                {t('backup.saved')}
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
