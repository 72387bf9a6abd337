import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { offeredPeople } from '../../../shared/domain/offeredPeople';
import type { User } from '../../../shared/domain/user';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SetPinButton } from '../auth/SetPinButton';
import { blankPerson, PersonModal, type PersonDraft } from './PersonModal';

/**
 * The people of this archive: edit, deactivate (asked first), reactivate; the PPID and Atasan PPID
 * the agency profile names are offered until they are users.
 */
export function PeopleSection() {
  const { t } = useTranslation();
  const users = useMethod('user.list', { includeInactive: true });
  const agency = useMethod('agency.get', {});
  const status = useMethod('auth.status', {});
  const setActive = useMethodMutation('user.setActive');
  const [draft, setDraft] = useState<PersonDraft | null>(null);
  const [leaving, setLeaving] = useState<User | null>(null);
  const offered = agency.data && users.data ? offeredPeople(agency.data, users.data) : [];
  const withPin = new Set((status.data?.people ?? []).map((p) => p.id));

  const toggle = (user: User) =>
    setActive.mutate(
      { id: user.id, active: !user.active, expectedVersion: user.version },
      {
        onSuccess: (after) => showToast((tr) => tr(after.active ? 'people.reactivated' : 'people.deactivated', { name: after.name })),
      },
    );

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setDraft({ mode: 'add', fields: blankPerson })}>{t('exemption.users.add')}</Button>
      </Group>
      {offered.length > 0 ? (
        <Card withBorder padding="sm">
          <Text size="sm" fw={600} mb={6}>
            {t('people.offeredTitle')}
          </Text>
          <Group gap="xs">
            {offered.map((person) => (
              <Button
                key={person.fields.name}
                size="compact-sm"
                variant="light"
                onClick={() => setDraft({ mode: 'add', fields: person.fields })}
              >
                {t('people.offeredAs', { name: person.fields.name, role: t(`exemption.users.role.${person.role}`) })}
              </Button>
            ))}
          </Group>
        </Card>
      ) : null}
      <ErrorNotice error={users.error ?? setActive.error} />
      {users.data?.length === 0 ? <Text c="dimmed">{t('exemption.users.empty')}</Text> : null}
      {users.data && users.data.length > 0 ? (
        <Table striped withTableBorder aria-label={t('exemption.users.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exemption.users.name')}</Table.Th>
              <Table.Th>{t('exemption.users.jabatan')}</Table.Th>
              <Table.Th>{t('exemption.users.roles')}</Table.Th>
              <Table.Th>{t('people.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((u) => (
              <Table.Tr key={u.id} {...(u.active ? {} : { c: 'dimmed' })}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{u.name}</Text>
                    {u.active ? null : (
                      <Badge size="sm" color="gray" variant="light">
                        {t('people.inactive')}
                      </Badge>
                    )}
                  </Group>
                  {u.nip ? (
                    <Text size="xs" c="dimmed">
                      {u.nip}
                    </Text>
                  ) : null}
                  {u.active && status.data && !withPin.has(u.id) ? (
                    <Text size="xs" c="orange.8">
                      {t('people.noPin', { name: u.name })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{u.jabatan}</Table.Td>
                <Table.Td>{u.roles.map((r) => t(`exemption.users.role.${r}`)).join(', ')}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`${t('people.edit')} ${u.name}`}
                      onClick={() =>
                        setDraft({
                          mode: 'edit',
                          user: u,
                          fields: { name: u.name, nip: u.nip, jabatan: u.jabatan, roles: u.roles, active: u.active },
                        })
                      }
                    >
                      {t('people.edit')}
                    </Button>
                    {u.active ? <SetPinButton userId={u.id} name={u.name} /> : null}
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color={u.active ? 'red' : 'teal'}
                      aria-label={`${t(u.active ? 'people.deactivate' : 'people.reactivate')} ${u.name}`}
                      loading={setActive.isPending && setActive.variables.id === u.id}
                      onClick={() => (u.active ? setLeaving(u) : toggle(u))}
                    >
                      {t(u.active ? 'people.deactivate' : 'people.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <PersonModal draft={draft} offered={offered} onClose={() => setDraft(null)} />
      <ConfirmModal
        opened={leaving !== null}
        title={t('people.deactivateTitle', { name: leaving?.name ?? '' })}
        body={t('people.deactivateBody', { name: leaving?.name ?? '' })}
        confirm={t('people.deactivate')}
        cancel={t('exemption.cancel')}
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          if (leaving) toggle(leaving);
          setLeaving(null);
        }}
      />
    </Stack>
  );
}
