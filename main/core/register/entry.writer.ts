import { lemariError } from '../../../shared/api/raise';
import type { Entry, EntryFields } from '../../../shared/domain/entry';
import { idRange, type AuditEntry } from '../audit/audit.service';
import type { EntryEditGuard, EntryPermit } from '../exemption/editGuard';
import type { ServiceDeps } from '../support/deps';
import { createEntryRepo, type EntryRepo } from './entry.repo';

/** What the audit trail says about one written row beyond the row itself (lineage links, decision ids). */
export type AuditExtra = Record<string, unknown>;

export interface WriteOptions {
  /** The audit action; `entry.create` / `entry.update` unless the workflow names its own. */
  action?: string;
  /** Merged into the audit event's `after`, e.g. `{ openedFrom, decisionId }`. */
  extra?: AuditExtra;
}

export interface UpdateOptions extends WriteOptions {
  /** A workflow act the guard may allow (public → exempted on a concluded test); checked against the archive, not trusted. */
  permit?: EntryPermit;
}

/** One import's rows: all inserted under one audit event on the import, whose `after` the caller describes. */
export interface ImportRows {
  importId: number;
  rows: readonly EntryFields[];
  actor: string;
  /** The import's own summary (file, hash, counts); the writer adds the id range of the rows it made. */
  summary: AuditExtra;
}

/**
 * The only code that writes register rows (`entries`): insert, update, soft delete and restore,
 * each with its audit event in the same transaction and an `entry.changed` event once committed.
 * Every update passes the exemption edit guard here, so no path (register edit, import, workflow)
 * can rewrite a DIK row around it. Services call `write(tx => …)` and do their own work inside.
 */
export function createEntryWriter({ db, audit, events, clock }: ServiceDeps, guard: EntryEditGuard) {
  const repo = createEntryRepo(db);

  /**
   * The one audit call site for register rows. Each event also carries the hash of every row it wrote
   * (an import's whole id range), so `audit.verify` names a row later changed outside Lemari.
   */
  function record(entry: AuditEntry): void {
    const after = entry.after as { firstEntryId?: number; lastEntryId?: number } | null;
    const rows =
      entry.entityType === 'import'
        ? idRange('entries', after?.firstEntryId ?? 0, after?.lastEntryId ?? 0)
        : [{ table: 'entries', id: Number(entry.entityId) }];
    audit.record({ ...entry, rows });
  }

  /**
   * Runs `work` in one write transaction (a savepoint if the caller already holds one) and, once it
   * returned, tells every window which entries changed: one event per entry, or one `id: null` for an import.
   */
  function write<T>(work: (tx: EntryTx) => T): T {
    const changed = new Set<number | null>();
    const scope = { open: true };
    let result: T;
    try {
      result = db.transaction(() => work(entryTx(repo, guard, record, clock().toISOString(), changed, scope))).immediate();
    } finally {
      // A tx kept past its transaction would write rows in autocommit, unaudited: it is dead from here on.
      scope.open = false;
    }
    if (changed.has(null)) events.emit('entry.changed', { id: null });
    else for (const id of changed) events.emit('entry.changed', { id });
    return result;
  }

  return { write };
}

export type EntryWriter = ReturnType<typeof createEntryWriter>;

/** The writes one transaction may make; only `write` hands one out. */
function entryTx(
  repo: EntryRepo,
  guard: EntryEditGuard,
  record: (entry: AuditEntry) => void,
  at: string,
  changed: Set<number | null>,
  scope: { open: boolean },
) {
  function live(): void {
    if (!scope.open) throw new Error('an entry tx was used after its transaction ended');
  }

  function mustGet(id: number): Entry {
    const entry = repo.get(id);
    if (!entry) throw lemariError('not_found');
    return entry;
  }

  return {
    at,
    get: mustGet,
    create(fields: EntryFields, actor: string, options: WriteOptions = {}): Entry {
      live();
      const id = repo.insert(fields, at);
      const after = mustGet(id);
      record({
        actor,
        action: options.action ?? 'entry.create',
        entityType: 'entry',
        entityId: id,
        before: null,
        after: { ...after, ...options.extra },
      });
      changed.add(id);
      return after;
    },
    update(id: number, fields: EntryFields, expectedVersion: number, actor: string, options: UpdateOptions = {}): Entry {
      live();
      const before = mustGet(id);
      guard(before, fields, options.permit);
      if (!repo.update(id, fields, expectedVersion, at)) throw lemariError('conflict', { key: 'register.conflict' });
      const after = mustGet(id);
      record({
        actor,
        action: options.action ?? 'entry.update',
        entityType: 'entry',
        entityId: id,
        before,
        after: { ...after, ...options.extra },
      });
      changed.add(id);
      return after;
    },
    setDeleted(id: number, deleted: boolean, expectedVersion: number, actor: string): Entry {
      live();
      const before = mustGet(id);
      if (!repo.setDeleted(id, deleted ? at : null, expectedVersion, at)) throw lemariError('conflict', { key: 'register.conflict' });
      const after = mustGet(id);
      record({ actor, action: deleted ? 'entry.delete' : 'entry.restore', entityType: 'entry', entityId: id, before, after });
      changed.add(id);
      return after;
    },
    /** An event on an entry whose row stays as it is (it was opened into a new entry); recorded all the same. */
    note(id: number, actor: string, action: string, extra: AuditExtra): void {
      live();
      const entry = mustGet(id);
      record({ actor, action, entityType: 'entry', entityId: id, before: entry, after: { ...entry, ...extra } });
      changed.add(id);
    },
    /** The entry's joined state (its exemption) changed without its row: windows are told all the same. */
    touched(id: number): void {
      live();
      changed.add(id);
    },
    /** Every accepted row of one import, with one audit event for the whole import (RELIABILITY: one file, one event). */
    importRows({ importId, rows, actor, summary }: ImportRows): { firstEntryId: number; lastEntryId: number } {
      live();
      const { firstEntryId, lastEntryId } = repo.insertMany(rows, at, importId);
      // The file's hash and the id range identify every entry the import made.
      record({
        actor,
        action: 'import.commit',
        entityType: 'import',
        entityId: importId,
        before: null,
        after: { ...summary, firstEntryId, lastEntryId },
      });
      changed.add(null);
      return { firstEntryId, lastEntryId };
    },
  };
}

export type EntryTx = ReturnType<typeof entryTx>;
