import { Alert, Anchor, Button, Drawer, Group, Modal, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast, type ToastText } from '../../app/toast';
import type { Entry, EntryFields } from '../../../shared/domain/entry';
import { errorText } from '../../api/ApiFailure';
import { useApiClient } from '../../api/ApiContext';
import { callOrThrow } from '../../api/hooks';
import { href, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { EntryEditorModal } from './EntryEditorModal';
import { HistoryView } from './HistoryView';
import { ImportPanel } from './ImportPanel';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { ShortcutsPopover } from './ShortcutsPopover';
import { useEntryEditor } from './useEntryEditor';
import { useRegisterFilter } from './useRegisterFilter';
import { useRegisterRows } from './useRegisterRows';
import { useRegisterShortcuts } from './useRegisterShortcuts';
import { useConfirm } from '../../components/useConfirm';

/** Daftar Informasi Publik: the whole register, fast at 100,000 entries, keyboard first. */
export function RegisterScreen() {
  const { t } = useTranslation();
  const client = useApiClient();
  const search = useRef<HTMLInputElement>(null);
  const filterState = useRegisterFilter();
  const { filter } = filterState;
  const editor = useEntryEditor();
  const confirm = useConfirm();
  const [visiblePages, setVisiblePages] = useState<number[]>([0]);
  const [selected, setSelected] = useState(-1);
  const [historyOf, setHistoryOf] = useState<Entry | null>(null);
  const [importing, setImporting] = useState(false);

  const rows = useRegisterRows(filter, visiblePages);
  const onVisiblePages = useCallback((pages: number[]) => {
    setVisiblePages((old) => (old.length === pages.length && old.every((p, i) => p === pages[i]) ? old : pages));
  }, []);
  useEffect(() => setSelected(-1), [filter]);
  const openNew = () => editor.openNew(filterState.values.category, filterState.values.year);

  useRegisterShortcuts({
    paused: editor.editing !== null || importing || historyOf !== null,
    search,
    rows,
    selected,
    select: setSelected,
    openNew,
    openEdit: editor.openEdit,
  });

  /** Row actions from the table; a refusal (a decided DIK row, a stale version) is shown as a lasting toast. */
  async function change(
    method: 'entry.delete' | 'entry.restore' | 'entry.patch',
    input: { id: number; expectedVersion: number; patch?: Partial<EntryFields> },
    message: ToastText,
  ) {
    try {
      if (method === 'entry.patch')
        await callOrThrow(client, method, { id: input.id, expectedVersion: input.expectedVersion, patch: input.patch ?? {} });
      else await callOrThrow(client, method, { id: input.id, expectedVersion: input.expectedVersion });
      showToast(message);
    } catch (error) {
      showToast((_tr, language) => errorText(error, language), { color: 'red', autoClose: 10_000 });
    }
  }

  return (
    <>
      <PageHeader
        title={t('register.title')}
        intro={t('register.intro')}
        actions={
          <Group gap="xs" wrap="nowrap">
            <ShortcutsPopover />
            <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
              {t('register.import')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openNew}>
              {t('register.add')}
            </Button>
          </Group>
        }
      />
      <RegisterFilters state={filterState} total={rows.total} search={search} />
      <ErrorNotice error={rows.error} />
      {!rows.loading && rows.total === 0 ? (
        <Text c="dimmed" mb="sm">
          {filterState.narrowed ? t('register.noMatch') : t('register.empty')}
        </Text>
      ) : null}
      <RegisterTable
        itemCount={rows.itemCount}
        item={rows.item}
        pageOf={rows.pageOf}
        onVisiblePages={onVisiblePages}
        selected={selected}
        onSelect={setSelected}
        onOpen={editor.openEdit}
        onHistory={setHistoryOf}
        onDelete={(entry) =>
          confirm.ask({
            title: t('confirm.entryTitle'),
            body: t('confirm.entryBody', { title: entry.judul }),
            onYes: () => void change('entry.delete', { id: entry.id, expectedVersion: entry.version }, (tr) => tr('register.deleted')),
          })
        }
        onRestore={(entry) =>
          void change('entry.restore', { id: entry.id, expectedVersion: entry.version }, (tr) => tr('register.restored'))
        }
        onInlineSave={(entry, judul) =>
          void change('entry.patch', { id: entry.id, expectedVersion: entry.version, patch: { judul } }, (tr) => tr('register.saved'))
        }
      />
      {rows.exempted > 0 ? (
        <Alert color="gray" variant="light" mt="sm" aria-label={t('register.dikLine', { count: rows.exempted })}>
          <Anchor href={href(routes.dik)}>{t('register.dikLine', { count: rows.exempted })}</Anchor>
        </Alert>
      ) : null}
      <EntryEditorModal editor={editor} />
      {confirm.modal}
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
