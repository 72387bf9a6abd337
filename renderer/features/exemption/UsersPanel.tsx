import { Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { acts } from '../../../shared/domain/approval';
import { roles } from '../../../shared/domain/user';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PeopleSection } from './PeopleSection';
import { ApprovalChainCard } from './ApprovalChainCard';

export function UsersPanel() {
  const { t } = useTranslation();
  const rules = useMethod('user.rules', {});
  const setRule = useMethodMutation('user.setRule');
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('exemption.users.intro')}
      </Text>
      <PeopleSection />
      <ErrorNotice error={setRule.error} />
      <Title order={3} size="h4">
        {t('exemption.users.rules')}
      </Title>
      {rules.data ? (
        <Table withTableBorder aria-label={t('exemption.users.rules')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {roles.map((r) => (
                <Table.Th key={r}>{t(`exemption.users.role.${r}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {acts.map((act) => (
              <Table.Tr key={act}>
                <Table.Td>{t(`exemption.users.act.${act}`)}</Table.Td>
                {roles.map((role) => {
                  const current = rules.data[act];
                  const on = current.includes(role);
                  return (
                    <Table.Td key={role}>
                      <Checkbox
                        aria-label={`${t(`exemption.users.act.${act}`)}: ${t(`exemption.users.role.${role}`)}`}
                        checked={on}
                        onChange={() => setRule.mutate({ act, roles: on ? current.filter((r) => r !== role) : [...current, role] })}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <ApprovalChainCard />
    </Stack>
  );
}
