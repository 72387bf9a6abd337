import { Button, Drawer, Group, Kbd, Modal, Popover, SegmentedControl, Select, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconKeyboard, IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  bentukValues,
  emptyEntryFields,
  entryCategories,
  entryFieldNames,
  entrySorts,
  type Bentuk,
  type DeletedFilter,
  type Entry,
  type EntryCategory,
  type EntryFields,
  type EntrySort,
} from '../../../shared/domain/entry';
import { ApiFailure, errorText } from '../../api/ApiFailure';
import { useApiClient } from '../../api/ApiContext';
import { callOrThrow, useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { EntryDocuments } from '../documents/EntryDocuments';
import { EntryForm } from './EntryForm';
import { HistoryView } from './HistoryView';
import { ImportPanel } from './ImportPanel';
import { RegisterTable } from './RegisterTable';
import { useRegisterRows, type ListFilter } from './useRegisterRows';

type Editing = { mode: 'new'; fields: EntryFields } | { mode: 'edit'; entry: Entry } | null;

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The editable fields of an entry, for the form. */
function fieldsOf(entry: Entry): EntryFields {
  const fields = {} as Record<keyof EntryFields, unknown>;
  for (const name of entryFieldNames) fields[name] = entry[name];
  return fields as EntryFields;
}

/** Daftar Informasi Publik: the whole register, fast at 100,000 entries, keyboard first. */
export function RegisterScreen() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const search = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 120);
  const [category, setCategory] = useState<EntryCategory | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [bentuk, setBentuk] = useState<Bentuk | null>(null);
  const [deleted, setDeleted] = useState<DeletedFilter>('active');
  const [sort, setSort] = useState<EntrySort>('number');
  const [direction, setDirection] = useState<'asc' | 'desc'>('asc');
  const [grouped, setGrouped] = useState(true);
  const [visiblePages, setVisiblePages] = useState<number[]>([0]);
  const [selected, setSelected] = useState(-1);
  const [editing, setEditing] = useState<Editing>(null);
  const [historyOf, setHistoryOf] = useState<Entry | null>(null);
  const [importing, setImporting] = useState(false);
  const [formError, setFormError] = useState<unknown>(null);
  const units = useMethod('unit.list', { includeInactive: true });
  const years = useMethod('entry.years', {});
  const create = useMethodMutation('entry.create');
  const update = useMethodMutation('entry.update');

  const filter: ListFilter = useMemo(
    () => ({ search: debounced, category, unitId, year, bentuk, deleted, sort, direction, grouped }),
    [debounced, category, unitId, year, bentuk, deleted, sort, direction, grouped],
  );
  const rows = useRegisterRows(filter, visiblePages);
  const onVisiblePages = useCallback((pages: number[]) => {
    setVisiblePages((old) => (old.length === pages.length && old.every((p, i) => p === pages[i]) ? old : pages));
  }, []);
  useEffect(() => setSelected(-1), [filter]);

  function notifyError(error: unknown) {
    notifications.show({ color: 'red', autoClose: 10_000, message: errorText(error, i18n.language) });
  }

  async function change(
    method: 'entry.delete' | 'entry.restore' | 'entry.patch',
    input: { id: number; expectedVersion: number; patch?: Partial<EntryFields> },
    message: string,
  ) {
    try {
      if (method === 'entry.patch')
        await callOrThrow(client, method, { id: input.id, expectedVersion: input.expectedVersion, patch: input.patch ?? {} });
      else await callOrThrow(client, method, { id: input.id, expectedVersion: input.expectedVersion });
      notifications.show({ color: 'teal', message });
    } catch (error) {
      notifyError(error);
    }
  }

  function openNew() {
    setFormError(null);
    setEditing({ mode: 'new', fields: emptyEntryFields(category ?? 'berkala', year ?? new Date().getFullYear()) });
  }

  function openEdit(entry: Entry) {
    setFormError(null);
    setEditing({ mode: 'edit', entry });
  }

  async function reloadEditing() {
    if (editing?.mode !== 'edit') return;
    setFormError(null);
    setEditing({ mode: 'edit', entry: await callOrThrow(client, 'entry.get', { id: editing.entry.id }) });
  }

  function submit(fields: EntryFields, next: boolean) {
    setFormError(null);
    const done = {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('register.saved') });
        if (next) setEditing({ mode: 'new', fields: emptyEntryFields(fields.category, fields.year) });
        else setEditing(null);
      },
      onError: (error: Error) => setFormError(error),
    };
    if (editing?.mode === 'edit') update.mutate({ id: editing.entry.id, fields, expectedVersion: editing.entry.version }, done);
    else create.mutate({ fields }, done);
  }

  // Screen-wide shortcuts; the list in the UI (popover) names each of them.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (editing || importing || historyOf) return;
      if ((event.key === '/' && !typing(event.target)) || ((event.ctrlKey || event.metaKey) && event.key === 'k')) {
        event.preventDefault();
        search.current?.focus();
        return;
      }
      if (event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        openNew();
        return;
      }
      if (typing(event.target) && event.target !== search.current) return;
      if (event.key === 'n' && !typing(event.target)) {
        event.preventDefault();
        openNew();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        let next = selected;
        for (let i = 0; i < rows.itemCount; i += 1) {
          next = Math.min(Math.max(next + step, 0), rows.itemCount - 1);
          if (rows.item(next).kind === 'row') break;
        }
        setSelected(next);
      } else if (event.key === 'Enter' && selected >= 0) {
        const found = rows.item(selected);
        if (found.kind === 'row' && found.entry) {
          event.preventDefault();
          openEdit(found.entry);
        }
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const shortcuts: [string[], string][] = [
    [['N'], t('register.shortcuts.newEntry')],
    [['/'], t('register.shortcuts.search')],
    [['↓', '↑'], t('register.shortcuts.next')],
    [['Enter'], t('register.shortcuts.open')],
    [['Ctrl', 'S'], t('register.shortcuts.save')],
    [['Ctrl', 'Shift', 'Enter'], t('register.shortcuts.saveNext')],
  ];

  return (
    <>
      <PageHeader
        title={t('register.title')}
        intro={t('register.intro')}
        actions={
          <Group gap="xs" wrap="nowrap">
            <Popover width={340} position="bottom-end" withArrow>
              <Popover.Target>
                <Button variant="subtle" leftSection={<IconKeyboard size={16} aria-hidden />}>
                  {t('register.shortcuts.title')}
                </Button>
              </Popover.Target>
              <Popover.Dropdown>
                <Table fz="sm" aria-label={t('register.shortcuts.title')}>
                  <Table.Tbody>
                    {shortcuts.map(([keys, label]) => (
                      <Table.Tr key={label}>
                        <Table.Td>
                          {keys.map((key) => (
                            <Kbd key={key} mr={4}>
                              {key}
                            </Kbd>
                          ))}
                        </Table.Td>
                        <Table.Td>{label}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Text size="xs" c="dimmed" mt="xs">
                  {t('register.inlineHint')}
                </Text>
              </Popover.Dropdown>
            </Popover>
            <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
              {t('register.import')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openNew}>
              {t('register.add')}
            </Button>
          </Group>
        }
      />
      <Group gap="xs" mb="xs" align="flex-end" wrap="wrap">
        <TextInput
          ref={search}
          w={340}
          label={t('register.search')}
          placeholder={t('register.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={<Kbd size="xs">/</Kbd>}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          type="search"
        />
        <Select
          w={150}
          label={t('register.filters.category')}
          placeholder={t('register.filters.allCategories')}
          clearable
          value={category}
          data={entryCategories.map((c) => ({ value: c, label: t(`register.categoryShort.${c}`) }))}
          onChange={(v) => setCategory(v)}
        />
        <Select
          w={180}
          label={t('register.filters.unit')}
          placeholder={t('register.filters.allUnits')}
          clearable
          searchable
          value={unitId === null ? null : String(unitId)}
          data={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
          onChange={(v) => setUnitId(v === null ? null : Number(v))}
        />
        <Select
          w={120}
          label={t('register.filters.year')}
          placeholder={t('register.filters.allYears')}
          clearable
          value={year === null ? null : String(year)}
          data={(years.data ?? []).map((y) => String(y))}
          onChange={(v) => setYear(v === null ? null : Number(v))}
        />
        <Select
          w={150}
          label={t('register.filters.bentuk')}
          placeholder={t('register.filters.allBentuk')}
          clearable
          value={bentuk}
          data={bentukValues.map((b) => ({ value: b, label: t(`register.bentukValues.${b}`) }))}
          onChange={(v) => setBentuk(v)}
        />
        <SegmentedControl
          aria-label={t('register.filters.deleted')}
          value={deleted}
          onChange={(v) => setDeleted(v)}
          data={[
            { value: 'active', label: t('register.filters.active') },
            { value: 'deleted', label: t('register.filters.deletedOnly') },
            { value: 'all', label: t('register.filters.all') },
          ]}
        />
      </Group>
      <Group gap="xs" mb="sm" align="center">
        <Select
          w={200}
          size="xs"
          aria-label={t('register.filters.sort')}
          value={sort}
          allowDeselect={false}
          data={entrySorts.map((s) => ({ value: s, label: `${t('register.filters.sort')}: ${t(`register.sorts.${s}`)}` }))}
          onChange={(v) => setSort(v ?? 'number')}
        />
        <SegmentedControl
          size="xs"
          aria-label={t('register.filters.direction')}
          value={direction}
          onChange={(v) => setDirection(v === 'desc' ? 'desc' : 'asc')}
          data={[
            { value: 'asc', label: t('register.filters.directionAsc') },
            { value: 'desc', label: t('register.filters.directionDesc') },
          ]}
        />
        <Switch size="sm" label={t('register.filters.grouped')} checked={grouped} onChange={(e) => setGrouped(e.currentTarget.checked)} />
        <Text size="sm" c="dimmed" ml="auto" role="status" aria-live="polite">
          {t('register.results', { count: rows.total })}
        </Text>
      </Group>
      <ErrorNotice error={rows.error} />
      {!rows.loading && rows.total === 0 ? (
        <Text c="dimmed" mb="sm">
          {debounced || category || unitId || year || bentuk || deleted !== 'active' ? t('register.noMatch') : t('register.empty')}
        </Text>
      ) : null}
      <RegisterTable
        itemCount={rows.itemCount}
        item={rows.item}
        pageOf={rows.pageOf}
        onVisiblePages={onVisiblePages}
        selected={selected}
        onSelect={setSelected}
        onOpen={openEdit}
        onHistory={setHistoryOf}
        onDelete={(entry) => void change('entry.delete', { id: entry.id, expectedVersion: entry.version }, t('register.deleted'))}
        onRestore={(entry) => void change('entry.restore', { id: entry.id, expectedVersion: entry.version }, t('register.restored'))}
        onInlineSave={(entry, judul) =>
          void change('entry.patch', { id: entry.id, expectedVersion: entry.version, patch: { judul } }, t('register.saved'))
        }
      />
      <Modal
        size="xl"
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('register.form.editTitle') : t('register.form.newTitle')}
      >
        {formError instanceof ApiFailure && formError.error.code === 'conflict' ? (
          <Group mb="md" align="flex-start" wrap="nowrap">
            <ErrorNotice error={formError} />
            <Button variant="default" onClick={() => void reloadEditing()}>
              {t('register.reload')}
            </Button>
          </Group>
        ) : (
          <ErrorNotice error={formError} />
        )}
        {editing ? (
          <EntryForm
            key={editing.mode === 'edit' ? `${String(editing.entry.id)}-${String(editing.entry.version)}` : 'new'}
            initial={editing.mode === 'edit' ? fieldsOf(editing.entry) : editing.fields}
            busy={create.isPending || update.isPending}
            onSubmit={submit}
            onCancel={() => setEditing(null)}
          />
        ) : null}
        {editing?.mode === 'edit' ? <EntryDocuments key={editing.entry.id} entry={editing.entry} /> : null}
      </Modal>
      <Drawer
        opened={historyOf !== null}
        onClose={() => setHistoryOf(null)}
        position="right"
        size="lg"
        title={t('register.historyView.title')}
      >
        {historyOf ? <HistoryView entry={historyOf} /> : null}
      </Drawer>
      <Modal size="90%" opened={importing} onClose={() => setImporting(false)} title={t('register.importer.title')}>
        {importing ? <ImportPanel onDone={() => setImporting(false)} /> : null}
      </Modal>
    </>
  );
}
