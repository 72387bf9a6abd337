import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

/** "Atur PIN" for one person: a user manager sets anyone's (main checks the role), anyone their own. */
export function SetPinButton({ userId, name }: { userId: number; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState('');
  const [saved, setSaved] = useState(false);
  const save = useMethodMutation('auth.setSecret');
  const close = () => {
    setOpen(false);
    setSecret('');
    save.reset();
  };
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        ml="xs"
        onClick={() => {
          setSaved(false);
          setOpen(true);
        }}
      >
        {t('auth.setSecret')}
      </Button>
      <Modal opened={open} onClose={close} title={t('auth.setSecretFor', { name })}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(
              { userId, secret },
              {
                onSuccess: () => {
                  setSaved(true);
                  close();
                },
              },
            );
          }}
        >
          <Stack>
            <PasswordInput
              label={t('auth.secretNew')}
              value={secret}
              onChange={(e) => setSecret(e.currentTarget.value)}
              autoComplete="new-password"
              required
            />
            <ErrorNotice error={save.error} />
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={secret === ''}>
                {t('auth.setSecret')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {saved ? (
        <Text span size="xs" c="teal" ml="xs">
          {t('auth.saved')}
        </Text>
      ) : null}
    </>
  );
}
