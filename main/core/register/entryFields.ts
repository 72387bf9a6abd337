import { entryFieldNames, type Entry, type EntryFields } from '../../../shared/domain/entry';

/** The editable fields of a stored entry (drops id, version, timestamps and the joined unit name). */
export function pickFields(entry: Entry): EntryFields {
  const fields = {} as Record<keyof EntryFields, unknown>;
  for (const name of entryFieldNames) fields[name] = entry[name];
  return fields as EntryFields;
}
