import { Badge, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

/** Who is working now: every workflow call acts as this profile, and main checks its roles. */
export function ActiveUserBar() {
  const { t } = useTranslation();
  const users = useMethod('user.list', { includeInactive: false });
  const active = useMethod('user.active', {});
  const switchUser = useMethodMutation('user.switch');
  return (
    <>
      <Group mb="md" gap="sm" align="flex-end">
        <Select
          label={t('exemption.users.active')}
          placeholder={t('exemption.users.none')}
          w={320}
          data={(users.data ?? []).map((u) => ({
            value: String(u.id),
            label: `${u.name} — ${u.roles.map((r) => t(`exemption.users.role.${r}`)).join(', ')}`,
          }))}
          value={active.data ? String(active.data.id) : null}
          onChange={(value) => switchUser.mutate({ id: value === null ? null : Number(value) })}
        />
        {active.data ? (
          <Group gap={4}>
            {active.data.roles.map((role) => (
              <Badge key={role} variant="light">
                {t(`exemption.users.role.${role}`)}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="orange">
            {t('exemption.err.noActiveUser')}
          </Text>
        )}
      </Group>
      <ErrorNotice error={switchUser.error ?? users.error} />
    </>
  );
}
