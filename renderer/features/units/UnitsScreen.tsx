import { Badge, Button, Modal, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import type { Unit, UnitFields } from '../../../shared/domain/unit';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { newUnit, UnitForm } from './UnitForm';

type Editing = { mode: 'new' } | { mode: 'edit'; unit: Unit } | null;

/** Units / PPID Pelaksana: the holders of information that register entries point at. */
export function UnitsScreen() {
  const { t } = useTranslation();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const units = useMethod('unit.list', { includeInactive });
  const create = useMethodMutation('unit.create');
  const update = useMethodMutation('unit.update');
  const saving = editing?.mode === 'edit' ? update : create;

  function openEditor(next: Editing) {
    // A new dialog starts clean: no error left over from the last attempt.
    create.reset();
    update.reset();
    setEditing(next);
  }

  function submit(fields: UnitFields) {
    const done = {
      onSuccess: () => {
        setEditing(null);
        showToast((tr) => tr('units.saved'));
      },
    };
    if (editing?.mode === 'edit') update.mutate({ id: editing.unit.id, fields, expectedVersion: editing.unit.version }, done);
    else create.mutate({ fields }, done);
  }

  return (
    <>
      <PageHeader
        title={t('units.title')}
        intro={t('units.intro')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openEditor({ mode: 'new' })}>
            {t('units.add')}
          </Button>
        }
      />
      <ErrorNotice error={units.error} />
      <Switch
        mb="md"
        label={t('units.showInactive')}
        checked={includeInactive}
        onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
      />
      {units.data?.length === 0 ? <Text c="dimmed">{t('units.empty')}</Text> : null}
      {units.data && units.data.length > 0 ? (
        <Table striped highlightOnHover withTableBorder aria-label={t('units.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('units.name')}</Table.Th>
              <Table.Th>{t('units.kind')}</Table.Th>
              <Table.Th>{t('units.head')}</Table.Th>
              <Table.Th>{t('units.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.data.map((unit) => (
              <Table.Tr key={unit.id}>
                <Table.Td>{unit.name}</Table.Td>
                <Table.Td>{t(`units.kinds.${unit.kind}`)}</Table.Td>
                <Table.Td>{unit.head}</Table.Td>
                <Table.Td>
                  <Badge color={unit.active ? 'teal' : 'gray'} variant="light">
                    {unit.active ? t('units.active') : t('units.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="xs"
                    aria-label={`${t('units.edit')} ${unit.name}`}
                    onClick={() => openEditor({ mode: 'edit', unit })}
                  >
                    {t('units.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.mode === 'edit' ? t('units.edit') : t('units.add')}>
        <ErrorNotice error={saving.error} />
        {editing ? (
          <UnitForm
            initial={
              editing.mode === 'edit'
                ? { name: editing.unit.name, kind: editing.unit.kind, head: editing.unit.head, active: editing.unit.active }
                : newUnit
            }
            busy={saving.isPending}
            onSubmit={submit}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </>
  );
}
