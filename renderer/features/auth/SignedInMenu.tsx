import { Button, Group, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { resetArchiveQueries } from './resetArchiveQueries';

/** The header's "signed in as" and the sign-out button. */
export function SignedInMenu() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useMethod('auth.status', {});
  const signOut = useMethodMutation('auth.signOut');
  const user = status.data?.signedIn;
  if (!user) return null;
  return (
    <Group gap="xs">
      <Text size="sm" fw={500} data-testid="signed-in-name">
        {t('auth.signedInAs', { name: user.name })}
      </Text>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconLogout size={14} aria-hidden />}
        onClick={() => signOut.mutate({}, { onSuccess: () => void resetArchiveQueries(queryClient) })}
      >
        {t('auth.signOut')}
      </Button>
    </Group>
  );
}
