import { lemariError } from '../../../shared/api/raise';
import { type Entry, type EntryFields, type EntryHistoryItem, type EntryListQuery, type EntryPage } from '../../../shared/domain/entry';
import type { ServiceDeps } from '../support/deps';
import { diffEvent } from './entry.history';
import { createEntryLister } from './entryList.repo';
import { createEntryRepo } from './entry.repo';
import { pickFields } from './entryFields';
import type { EntryWriter } from './entry.writer';

/**
 * The register's rules: optimistic versions (a stale save is refused, never merged), soft delete
 * and restore. Every write goes through the entry writer, which records its audit event in the same
 * transaction and applies the exemption edit guard.
 */
export function createEntryService({ db, audit }: ServiceDeps, writer: EntryWriter) {
  const repo = createEntryRepo(db);
  const lister = createEntryLister(db);

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

  function create(fields: EntryFields, actor: string): Entry {
    assertUnit(fields, 'fields.unitId');
    return writer.write((tx) => tx.create(fields, actor));
  }

  function update(id: number, fields: EntryFields, expectedVersion: number, actor: string): Entry {
    assertUnit(fields, 'fields.unitId');
    return writer.write((tx) => tx.update(id, fields, expectedVersion, actor));
  }

  /** An inline quick fix: the patch is laid over the stored entry, then saved like a full update. */
  function patch(id: number, fields: Partial<EntryFields>, expectedVersion: number, actor: string): Entry {
    const current = mustGet(id);
    const merged: EntryFields = { ...pickFields(current), ...fields };
    assertUnit(merged, 'patch.unitId');
    return writer.write((tx) => tx.update(id, merged, expectedVersion, actor));
  }

  function setDeleted(id: number, deleted: boolean, expectedVersion: number, actor: string): Entry {
    return writer.write((tx) => tx.setDeleted(id, deleted, expectedVersion, actor));
  }

  /** Who changed what and when, newest first; an imported entry ends with its import. */
  function history(id: number): EntryHistoryItem[] {
    const entry = mustGet(id);
    const items: EntryHistoryItem[] = audit
      .list({ entityType: 'entry', entityId: String(id), limit: 1000 })
      .map((event) => ({ seq: event.seq, at: event.at, actor: event.actor, action: event.action, changes: diffEvent(event) }));
    if (entry.importId !== null) {
      const imported = repo.importInfo(entry.importId);
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
    /** The entry, or null (reads for other domains; writes go through the entry writer). */
    find: repo.get,
    unitExists: repo.unitExists,
    years: repo.years,
    count: repo.count,
  };
}

export type EntryService = ReturnType<typeof createEntryService>;
