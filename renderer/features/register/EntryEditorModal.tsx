import { Alert, Anchor, Button, Group, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../api/ApiFailure';
import { href, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { EntryDocuments } from '../documents/EntryDocuments';
import { EntryForm } from './EntryForm';
import type { EntryEditorState } from './useEntryEditor';

/** The new/edit entry dialog; a stale save offers to reload the entry another window changed. */
export function EntryEditorModal({ editor }: { editor: EntryEditorState }) {
  const { t } = useTranslation();
  const { editing, formError } = editor;
  return (
    <Modal
      size="xl"
      opened={editing !== null}
      onClose={editor.close}
      title={editing?.mode === 'edit' ? t('register.form.editTitle') : t('register.form.newTitle')}
    >
      {formError instanceof ApiFailure && formError.error.code === 'conflict' ? (
        <Group mb="md" align="flex-start" wrap="nowrap">
          <ErrorNotice error={formError} />
          <Button variant="default" onClick={() => void editor.reload()}>
            {t('register.reload')}
          </Button>
        </Group>
      ) : (
        <ErrorNotice error={formError} />
      )}
      {editing && editor.initial ? (
        <EntryForm
          key={editing.mode === 'edit' ? `${String(editing.entry.id)}-${String(editing.entry.version)}` : 'new'}
          initial={editor.initial}
          busy={editor.busy}
          onSubmit={editor.submit}
          onCancel={editor.close}
        />
      ) : null}
      {/* A DIK entry's documents and scans are attached from its page on the DIK screen, never here. */}
      {editing?.mode === 'edit' && editing.entry.category !== 'dikecualikan' ? (
        <EntryDocuments key={editing.entry.id} entry={editing.entry} />
      ) : null}
      {editing?.mode === 'edit' && editing.entry.category === 'dikecualikan' ? (
        <Alert color="blue" mt="md">
          <Anchor href={href(`${routes.dik}/${String(editing.entry.id)}`)}>{t('register.dikDocumentsThere')}</Anchor>
        </Alert>
      ) : null}
    </Modal>
  );
}
