import { Button, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferedPerson } from '../../../shared/domain/offeredPeople';
import { roles, type Role, type User, type UserFields } from '../../../shared/domain/user';
import { useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

export const blankPerson: UserFields = { name: '', nip: '', jabatan: '', roles: [], active: true };

/** What the modal is doing: adding (maybe pre-filled from the profile) or editing one person. */
export type PersonDraft = { mode: 'add'; fields: UserFields } | { mode: 'edit'; user: User; fields: UserFields };

/** Add or edit one person: name, NIP, jabatan, roles. Main checks the right and the last-PPID rule. */
export function PersonModal({ draft, offered, onClose }: { draft: PersonDraft | null; offered: OfferedPerson[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={draft !== null}
      onClose={onClose}
      title={draft?.mode === 'edit' ? t('people.editTitle', { name: draft.user.name }) : t('exemption.users.add')}
    >
      {draft ? <PersonForm key={draft.mode === 'edit' ? draft.user.id : 'new'} draft={draft} offered={offered} onClose={onClose} /> : null}
    </Modal>
  );
}

function PersonForm({ draft, offered, onClose }: { draft: PersonDraft; offered: OfferedPerson[]; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useMethodMutation('user.create');
  const update = useMethodMutation('user.update');
  const [fields, setFields] = useState<UserFields>(draft.fields);
  const set = (patch: Partial<UserFields>) => setFields((f) => ({ ...f, ...patch }));
  const save = () => {
    if (draft.mode === 'edit') update.mutate({ id: draft.user.id, fields, expectedVersion: draft.user.version }, { onSuccess: onClose });
    else create.mutate({ fields }, { onSuccess: onClose });
  };
  const error = draft.mode === 'edit' ? update.error : create.error;
  return (
    <Stack>
      {draft.mode === 'add' && offered.length > 0 ? (
        <Group gap="xs" aria-label={t('people.fromProfile')} role="group">
          {offered.map((person) => (
            <Button key={person.fields.name} size="compact-sm" variant="light" onClick={() => setFields(person.fields)}>
              {t('people.offeredAs', { name: person.fields.name, role: t(`exemption.users.role.${person.role}`) })}
            </Button>
          ))}
        </Group>
      ) : null}
      <ErrorNotice error={error} />
      <TextInput
        label={t('exemption.users.name')}
        value={fields.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        data-autofocus
      />
      <TextInput label={t('exemption.users.jabatan')} value={fields.jabatan} onChange={(e) => set({ jabatan: e.currentTarget.value })} />
      <TextInput label={t('exemption.users.nip')} value={fields.nip} onChange={(e) => set({ nip: e.currentTarget.value })} />
      <MultiSelect
        label={t('exemption.users.roles')}
        searchable
        data={roles.map((r) => ({ value: r, label: t(`exemption.users.role.${r}`) }))}
        value={fields.roles}
        onChange={(value) => set({ roles: roles.filter((r): r is Role => value.includes(r)) })}
        comboboxProps={{ zIndex: 350 }}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('exemption.cancel')}
        </Button>
        <Button loading={create.isPending || update.isPending} onClick={save}>
          {t('exemption.save')}
        </Button>
      </Group>
    </Stack>
  );
}
