import { lemariError } from '../../../shared/api/raise';
import { documentTypeKey, normalizeDocumentType, type DocumentType } from '../../../shared/domain/documentType';
import type { Ground, GroundEdit } from '../../../shared/domain/pasal17';
import type { Holiday } from '../../../shared/domain/workingDays';
import type { ServiceDeps } from '../support/deps';
import { createReferenceRepo } from './reference.repo';

/**
 * The legal reference data exemptions rest on: Pasal 17 grounds, other statutes and the holiday
 * calendar. Seeded by migration 0004 and edited here, because legal texts and holidays change.
 * Editing reference data needs a profile allowed to manage users (the PPID by default).
 */
/** One edit of the holiday calendar, as a watcher is told of it. */
export interface HolidayChange {
  kind: 'added' | 'changed' | 'removed';
  date: string;
  before: Holiday | null;
  after: Holiday | null;
}

/**
 * Called inside a holiday edit's transaction before the edit; the function it returns is called after the
 * edit, still inside it, with who made it. The request register uses this to record every open deadline
 * the edit moved in the same transaction as the edit (issue 14 item 2).
 */
export type CalendarWatcher = () => (change: HolidayChange, actor: string) => void;

export function createReferenceService({ db, audit, events }: ServiceDeps, requireManager: (actor: string) => string) {
  const repo = createReferenceRepo(db);
  const watchers: CalendarWatcher[] = [];

  function change<T>(transportActor: string, action: string, entityId: string, work: (actor: string) => { before: unknown; after: T }): T {
    const result = db
      .transaction(() => {
        const actor = requireManager(transportActor);
        const { before, after } = work(actor);
        audit.record({ actor, action, entityType: 'reference', entityId, before, after });
        return after;
      })
      .immediate();
    events.emit('exemption.changed', { entryId: null });
    return result;
  }

  function mustType(id: number): DocumentType {
    const found = repo.documentType(id);
    if (!found) throw lemariError('not_found');
    return found;
  }

  /**
   * The class an exemption's jenis dokumen belongs to, in its stored spelling; a new class is added
   * to the reference table. Runs inside the exemption's own transaction (the edit right is checked
   * there): typing a new jenis dokumen on the form is how the list grows.
   */
  function adoptDocumentType(text: string, actor: string): string {
    const name = normalizeDocumentType(text);
    if (name === '') return '';
    const known = repo.documentTypeByName(name);
    if (known && documentTypeKey(known.name) === documentTypeKey(name)) return known.name;
    const id = repo.insertDocumentType(name, true);
    audit.record({
      actor,
      action: 'reference.saveDocumentType',
      entityType: 'reference',
      entityId: `jenis-${String(id)}`,
      before: null,
      after: mustType(id),
    });
    return name;
  }

  return {
    documentTypes: (includeInactive: boolean) => repo.documentTypes().filter((t) => includeInactive || t.active),
    /** Adds, renames or (de)activates a jenis dokumen; a rename carries every exemption of the class along. */
    saveDocumentType: (input: { id: number | null; name: string; active: boolean }, actor: string): DocumentType =>
      change(actor, 'reference.saveDocumentType', `jenis-${String(input.id ?? 'new')}`, () => {
        const same = repo.documentTypeByName(input.name);
        if (same && same.id !== input.id) throw lemariError('conflict', { key: 'exemption.err.documentTypeTaken', field: 'name' });
        const before = input.id === null ? null : mustType(input.id);
        const id = input.id ?? repo.insertDocumentType(input.name, input.active);
        if (before) {
          repo.updateDocumentType(before.id, input.name, input.active);
          if (before.name !== input.name) repo.renameOnExemptions(before.name, input.name);
        }
        return { before, after: mustType(id) };
      }),
    adoptDocumentType,
    grounds: (includeInactive: boolean) => repo.grounds().filter((g) => includeInactive || g.active),
    updateGround: (edit: GroundEdit, actor: string): Ground =>
      change(actor, 'reference.updateGround', edit.code, () => {
        const before = repo.ground(edit.code);
        if (!before) throw lemariError('not_found');
        repo.updateGround(edit.code, edit.labelId, edit.labelEn, edit.active);
        const after = repo.ground(edit.code);
        if (!after) throw new Error('ground vanished inside its own transaction');
        return { before, after };
      }),
    statutes: repo.statutes,
    saveStatute: (input: { id: number | null; text: string; active: boolean }, actor: string) =>
      change(actor, 'reference.saveStatute', String(input.id ?? 'new'), () => {
        const same = repo.statuteByText(input.text);
        if (same && same.id !== input.id) throw lemariError('conflict', { key: 'exemption.err.statuteTaken', field: 'text' });
        const before = input.id === null ? null : repo.statute(input.id);
        if (input.id !== null && !before) throw lemariError('not_found');
        const id = input.id ?? repo.insertStatute(input.text, input.active);
        if (input.id !== null) repo.updateStatute(input.id, input.text, input.active);
        const after = repo.statute(id);
        if (!after) throw new Error('statute vanished inside its own transaction');
        return { before, after };
      }),
    holidays: repo.holidays,
    /** Every holiday date, for working-day arithmetic. */
    holidaySet: () => new Set(repo.holidayDates()),
    saveHoliday: (input: Holiday, actor: string): Holiday =>
      change(actor, 'holiday.save', input.date, (person) => {
        const told = watchers.map((watch) => watch());
        const before = repo.holiday(input.date);
        repo.saveHoliday(input);
        for (const tell of told) tell({ kind: before ? 'changed' : 'added', date: input.date, before, after: input }, person);
        return { before, after: input };
      }),
    removeHoliday: (date: string, actor: string) =>
      change(actor, 'holiday.remove', date, (person) => {
        const told = watchers.map((watch) => watch());
        const before = repo.holiday(date);
        repo.removeHoliday(date);
        if (before) for (const tell of told) tell({ kind: 'removed', date, before, after: null }, person);
        return { before, after: { removed: before !== null } };
      }),
    /** Registers a watcher of holiday edits (see CalendarWatcher). */
    watchCalendar: (watcher: CalendarWatcher): void => {
      watchers.push(watcher);
    },
  };
}

export type ReferenceService = ReturnType<typeof createReferenceService>;
