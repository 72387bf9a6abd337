import { Alert, Button, Card, Center, PasswordInput, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedIn } from '../../../shared/domain/auth';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

/** Who is at this window: a name from the list and their PIN or password. */
export function SignInScreen({ people, idleOut }: { people: SignedIn[]; idleOut: boolean }) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState<string | null>(people.length === 1 ? String(people[0]?.id) : null);
  const [secret, setSecret] = useState('');
  const signIn = useMethodMutation('auth.signIn');
  const submit = () => {
    if (userId === null || secret === '') return;
    signIn.mutate(
      { userId: Number(userId), secret },
      // The gate resets the cached answers once auth.status names the new person (AuthGate).
      { onSettled: () => setSecret('') },
    );
  };
  return (
    <Center mih="100vh" p="md">
      <Card withBorder shadow="sm" w={420} p="xl">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack>
            <Title order={1} size="h2">
              {t('auth.title')}
            </Title>
            <Text size="sm">{t('auth.intro')}</Text>
            {idleOut ? <Alert color="yellow">{t('auth.idleOut')}</Alert> : null}
            <Select
              label={t('auth.person')}
              placeholder={t('auth.choose')}
              data={people.map((person) => ({ value: String(person.id), label: person.name }))}
              value={userId}
              onChange={setUserId}
              searchable
              required
              allowDeselect={false}
              // Inside the sign-in layer: a portal would open the list under it.
              comboboxProps={{ withinPortal: false }}
            />
            <PasswordInput
              label={t('auth.secret')}
              value={secret}
              onChange={(event) => setSecret(event.currentTarget.value)}
              autoComplete="current-password"
              required
            />
            <ErrorNotice error={signIn.error} />
            <Button type="submit" loading={signIn.isPending} disabled={userId === null || secret === ''}>
              {t('auth.signIn')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
