import { lemariError } from '../../../shared/api/raise';
import {
  entryFieldNames,
  type Entry,
  type EntryFields,
  type EntryHistoryItem,
  type EntryListQuery,
  type EntryPage,
} from '../../../shared/domain/entry';
import type { EntryEditGuard } from '../exemption/editGuard';
import type { ServiceDeps } from '../support/deps';
import { diffEvent } from './entry.history';
import { createEntryLister } from './entry.list';
import { createEntryRepo } from './entry.repo';

/**
 * The register's rules: optimistic versions (a stale save is refused, never merged), soft delete
 * and restore, and one audit event per change written in the same transaction as the change.
 */
export function createEntryService({ db, audit, events, clock }: ServiceDeps, guard: EntryEditGuard = () => undefined) {
  const repo = createEntryRepo(db);
  const lister = createEntryLister(db);
  const importInfo = db.prepare<[number], { at: string; actor: string; file_name: string }>(
    'SELECT at, actor, file_name FROM imports WHERE id = ?',
  );

  function mustGet(id: number): Entry {
    const entry = repo.get(id);
    if (!entry) throw lemariError('not_found');
    return entry;
  }

  function assertUnit(fields: EntryFields, field: string): void {
    if (fields.unitId !== null && !repo.unitExists(fields.unitId)) {
      throw lemariError('invalid_input', { key: 'register.unitMissing', field });
    }
  }

  /** Runs one change in a write transaction with its audit event, then tells every window. */
  function change(id: number | null, action: string, actor: string, write: () => number): Entry {
    const saved = db
      .transaction(() => {
        const before = id === null ? null : mustGet(id);
        const savedId = write();
        const after = mustGet(savedId);
        audit.record({ actor, action, entityType: 'entry', entityId: savedId, before, after, rows: [{ table: 'entries', id: savedId }] });
        return after;
      })
      .immediate();
    events.emit('entry.changed', { id: saved.id });
    return saved;
  }

  function create(fields: EntryFields, actor: string): Entry {
    assertUnit(fields, 'fields.unitId');
    return change(null, 'entry.create', actor, () => repo.insert(fields, clock().toISOString()));
  }

  function update(id: number, fields: EntryFields, expectedVersion: number, actor: string): Entry {
    assertUnit(fields, 'fields.unitId');
    return change(id, 'entry.update', actor, () => {
      guard(mustGet(id), fields);
      if (!repo.update(id, fields, expectedVersion, clock().toISOString())) throw lemariError('conflict', { key: 'register.conflict' });
      return id;
    });
  }

  /** An inline quick fix: the patch is laid over the stored entry, then saved like a full update. */
  function patch(id: number, fields: Partial<EntryFields>, expectedVersion: number, actor: string): Entry {
    const current = mustGet(id);
    const merged: EntryFields = { ...pickFields(current), ...fields };
    assertUnit(merged, 'patch.unitId');
    return change(id, 'entry.update', actor, () => {
      guard(current, merged);
      if (!repo.update(id, merged, expectedVersion, clock().toISOString())) throw lemariError('conflict', { key: 'register.conflict' });
      return id;
    });
  }

  function setDeleted(id: number, deleted: boolean, expectedVersion: number, actor: string): Entry {
    return change(id, deleted ? 'entry.delete' : 'entry.restore', actor, () => {
      const at = clock().toISOString();
      if (!repo.setDeleted(id, deleted ? at : null, expectedVersion, at)) throw lemariError('conflict', { key: 'register.conflict' });
      return id;
    });
  }

  /** Who changed what and when, newest first; an imported entry ends with its import. */
  function history(id: number): EntryHistoryItem[] {
    const entry = mustGet(id);
    const items: EntryHistoryItem[] = audit
      .list({ entityType: 'entry', entityId: String(id), limit: 1000 })
      .map((event) => ({ seq: event.seq, at: event.at, actor: event.actor, action: event.action, changes: diffEvent(event) }));
    if (entry.importId !== null) {
      const imported = importInfo.get(entry.importId);
      if (imported) {
        items.push({
          seq: 1,
          at: imported.at,
          actor: imported.actor,
          action: 'entry.import',
          changes: [{ field: 'importFile', before: null, after: imported.file_name }],
        });
      }
    }
    return items;
  }

  function list(query: EntryListQuery): EntryPage {
    const page = lister.list(query);
    return { total: page.total, offset: query.offset, rows: page.rows, counts: query.withCounts ? page.counts : [] };
  }

  return {
    list,
    get: mustGet,
    create,
    update,
    patch,
    remove: (id: number, expectedVersion: number, actor: string) => setDeleted(id, true, expectedVersion, actor),
    restore: (id: number, expectedVersion: number, actor: string) => setDeleted(id, false, expectedVersion, actor),
    history,
    years: repo.years,
    count: repo.count,
  };
}

/** The editable fields of a stored entry (drops id, version, timestamps and the joined unit name). */
export function pickFields(entry: Entry): EntryFields {
  const fields = {} as Record<keyof EntryFields, unknown>;
  for (const name of entryFieldNames) fields[name] = entry[name];
  return fields as EntryFields;
}

export type EntryService = ReturnType<typeof createEntryService>;
