import { Alert, Button, Card, Checkbox, Code, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupResult } from '../../../shared/domain/backup';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

/** The key as the restore methods take it: a pasted recovery key is an identity, anything else a passphrase. */
export function openKey(text: string): { passphrase?: string; identity?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  return /^AGE-SECRET-KEY-1[0-9A-Z]+$/.test(trimmed) ? { identity: trimmed } : { passphrase: text };
}

/**
 * What the stick holds and how this backup is locked: a passphrase, a new recovery key (shown once), or —
 * only when ticked on purpose — no encryption, with a warning. Unattended backups use the stored recovery key.
 */
export function BackupKeyCard({ recipient }: { recipient: string | null }) {
  const { t } = useTranslation();
  const create = useMethodMutation('backup.create');
  const [passphrase, setPassphrase] = useState('');
  const [plain, setPlain] = useState(false);
  const [done, setDone] = useState<BackupResult | null>(null);
  const run = (input: { passphrase?: string; newRecoveryKey?: boolean; unencrypted?: boolean }) =>
    create.mutate(input, { onSuccess: (result) => setDone(result) });

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>{t('backup.key.title')}</Text>
        <Text size="sm">{t('backup.key.holds')}</Text>
        <Text size="sm" c={recipient ? 'dimmed' : 'orange'}>
          {recipient ? t('backup.key.recipientSet') : t('backup.key.recipientNone')}
        </Text>
        <Group align="flex-end">
          <PasswordInput
            label={t('backup.key.passphrase')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            w={320}
            autoComplete="new-password"
          />
          <Button disabled={passphrase.length < 10} loading={create.isPending} onClick={() => run({ passphrase })}>
            {t('backup.key.withPassphrase')}
          </Button>
          <Button variant="light" loading={create.isPending} onClick={() => run({ newRecoveryKey: true })}>
            {t('backup.key.newRecoveryKey')}
          </Button>
        </Group>
        <Group align="center">
          <Checkbox label={t('backup.key.unencrypted')} checked={plain} onChange={(event) => setPlain(event.currentTarget.checked)} />
          {plain ? (
            <Button color="red" variant="outline" size="xs" loading={create.isPending} onClick={() => run({ unencrypted: true })}>
              {t('backup.key.unencryptedRun')}
            </Button>
          ) : null}
        </Group>
        <ErrorNotice error={create.error} />
        {done?.recoveryKey ? (
          <Alert color="yellow" role="alert">
            <Text size="sm">{t('backup.key.recoveryKeyShown')}</Text>
            <Code block aria-label="recovery-key">
              {done.recoveryKey}
            </Code>
          </Alert>
        ) : null}
        {done && !done.encrypted ? (
          <Alert color="red" role="alert">
            {t('backup.key.unencryptedDone')}
          </Alert>
        ) : null}
        {done ? (
          <Alert color="teal" role="status">
            {t('backup.done', { file: done.file })}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
