import { SetPinButton } from '../auth/SetPinButton';
import { Button, Checkbox, Group, Modal, MultiSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acts } from '../../../shared/domain/approval';
import { roles, type Role, type UserFields } from '../../../shared/domain/user';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ApprovalChainCard } from './ApprovalChainCard';

const blankUser: UserFields = { name: '', nip: '', jabatan: '', roles: [], active: true };

export function UsersPanel() {
  const { t } = useTranslation();
  const users = useMethod('user.list', { includeInactive: true });
  const rules = useMethod('user.rules', {});
  const create = useMethodMutation('user.create');
  const setRule = useMethodMutation('user.setRule');
  const [draft, setDraft] = useState<UserFields | null>(null);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('exemption.users.intro')}
      </Text>
      <Group justify="flex-end">
        <Button
          onClick={() => {
            create.reset();
            setDraft(blankUser);
          }}
        >
          {t('exemption.users.add')}
        </Button>
      </Group>
      <ErrorNotice error={users.error ?? setRule.error} />
      {users.data?.length === 0 ? <Text c="dimmed">{t('exemption.users.empty')}</Text> : null}
      {users.data && users.data.length > 0 ? (
        <Table striped withTableBorder aria-label={t('exemption.users.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exemption.users.name')}</Table.Th>
              <Table.Th>{t('exemption.users.jabatan')}</Table.Th>
              <Table.Th>{t('exemption.users.roles')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  {u.name}
                  <SetPinButton userId={u.id} name={u.name} />
                </Table.Td>
                <Table.Td>{u.jabatan}</Table.Td>
                <Table.Td>{u.roles.map((r) => t(`exemption.users.role.${r}`)).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
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
      <Modal opened={draft !== null} onClose={() => setDraft(null)} title={t('exemption.users.add')}>
        {draft ? (
          <Stack>
            <ErrorNotice error={create.error} />
            <TextInput
              label={t('exemption.users.name')}
              value={draft.name}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => (d ? { ...d, name: v } : d));
              }}
            />
            <TextInput
              label={t('exemption.users.jabatan')}
              value={draft.jabatan}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => (d ? { ...d, jabatan: v } : d));
              }}
            />
            <TextInput
              label={t('exemption.users.nip')}
              value={draft.nip}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => (d ? { ...d, nip: v } : d));
              }}
            />
            <MultiSelect
              label={t('exemption.users.roles')}
              searchable
              data={roles.map((r) => ({ value: r, label: t(`exemption.users.role.${r}`) }))}
              value={draft.roles}
              onChange={(value) => setDraft((d) => (d ? { ...d, roles: roles.filter((r): r is Role => value.includes(r)) } : d))}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('exemption.cancel')}
              </Button>
              <Button loading={create.isPending} onClick={() => create.mutate({ fields: draft }, { onSuccess: () => setDraft(null) })}>
                {t('exemption.save')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
