import { Button, Card, Center, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { resetArchiveQueries } from './resetArchiveQueries';

/** The first run: the PPID's own account, signed in at once; refused by main once any account exists. */
export function SetupFirstScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [nip, setNip] = useState('');
  const [jabatan, setJabatan] = useState('PPID');
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const setup = useMethodMutation('auth.setupFirst');
  const mismatch = repeat !== '' && repeat !== secret;
  return (
    <Center mih="100vh" p="md">
      <Card withBorder shadow="sm" w={480} p="xl">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (mismatch) return;
            setup.mutate({ fields: { name, nip, jabatan }, secret }, { onSuccess: () => void resetArchiveQueries(queryClient) });
          }}
        >
          <Stack>
            <Title order={1} size="h2">
              {t('auth.setupTitle')}
            </Title>
            <Text size="sm">{t('auth.setupIntro')}</Text>
            <TextInput label={t('auth.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
            <TextInput label={t('auth.nip')} value={nip} onChange={(e) => setNip(e.currentTarget.value)} />
            <TextInput label={t('auth.jabatan')} value={jabatan} onChange={(e) => setJabatan(e.currentTarget.value)} />
            <PasswordInput
              label={t('auth.secretNew')}
              value={secret}
              onChange={(e) => setSecret(e.currentTarget.value)}
              autoComplete="new-password"
              required
            />
            <PasswordInput
              label={t('auth.secretRepeat')}
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              error={mismatch ? t('auth.mismatch') : undefined}
              autoComplete="new-password"
              required
            />
            <ErrorNotice error={setup.error} />
            <Button type="submit" loading={setup.isPending} disabled={name.trim() === '' || secret === '' || mismatch}>
              {t('auth.create')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
