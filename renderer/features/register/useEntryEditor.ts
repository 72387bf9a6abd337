import { useState } from 'react';
import { showToast } from '../../app/toast';
import { emptyEntryFields, entryFieldNames, type Entry, type EntryCategory, type EntryFields } from '../../../shared/domain/entry';
import { useApiClient } from '../../api/ApiContext';
import { callOrThrow, useMethodMutation } from '../../api/hooks';
import { useToday } from '../../api/useToday';

export type Editing = { mode: 'new'; fields: EntryFields } | { mode: 'edit'; entry: Entry } | null;

/** The editable fields of an entry, for the form. */
function fieldsOf(entry: Entry): EntryFields {
  const fields = {} as Record<keyof EntryFields, unknown>;
  for (const name of entryFieldNames) fields[name] = entry[name];
  return fields as EntryFields;
}

/** Opening, saving and reloading the entry in the edit dialog; a refused save stays in the dialog with its error. */
export function useEntryEditor() {
  const today = useToday();
  const client = useApiClient();
  const [editing, setEditing] = useState<Editing>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const create = useMethodMutation('entry.create');
  const update = useMethodMutation('entry.update');

  function openNew(category: EntryCategory | null, year: number | null) {
    setFormError(null);
    setEditing({ mode: 'new', fields: emptyEntryFields(category ?? 'berkala', year ?? today.year) });
  }

  function openEdit(entry: Entry) {
    setFormError(null);
    setEditing({ mode: 'edit', entry });
  }

  async function reload() {
    if (editing?.mode !== 'edit') return;
    setFormError(null);
    setEditing({ mode: 'edit', entry: await callOrThrow(client, 'entry.get', { id: editing.entry.id }) });
  }

  function submit(fields: EntryFields, next: boolean) {
    setFormError(null);
    const done = {
      onSuccess: () => {
        showToast((tr) => tr('register.saved'));
        if (next) setEditing({ mode: 'new', fields: emptyEntryFields(fields.category, fields.year) });
        else setEditing(null);
      },
      onError: (error: Error) => setFormError(error),
    };
    if (editing?.mode === 'edit') update.mutate({ id: editing.entry.id, fields, expectedVersion: editing.entry.version }, done);
    else create.mutate({ fields }, done);
  }

  const initial = editing === null ? null : editing.mode === 'edit' ? fieldsOf(editing.entry) : editing.fields;
  return {
    editing,
    initial,
    formError,
    busy: create.isPending || update.isPending,
    openNew,
    openEdit,
    reload,
    submit,
    close: () => setEditing(null),
  };
}

export type EntryEditorState = ReturnType<typeof useEntryEditor>;
