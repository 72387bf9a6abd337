import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/hooks';

/** Who is working now: the person signed in on this window; every workflow call acts as them and main checks their roles. */
export function ActiveUserBar() {
  const { t } = useTranslation();
  const active = useMethod('user.active', {});
  if (!active.data) return null;
  return (
    <Group mb="md" gap="sm" align="center">
      <Text size="sm">{t('auth.signedInAs', { name: active.data.name })}</Text>
      <Group gap={4}>
        {active.data.roles.map((role) => (
          <Badge key={role} variant="light">
            {t(`exemption.users.role.${role}`)}
          </Badge>
        ))}
      </Group>
    </Group>
  );
}
