import { lemariError } from '../../../shared/api/raise';
import type { Ground, GroundEdit } from '../../../shared/domain/pasal17';
import type { Holiday } from '../../../shared/domain/workingDays';
import type { AuditedRowRef } from '../audit/audit.service';
import type { ServiceDeps } from '../support/deps';
import { createReferenceRepo } from './reference.repo';

/**
 * The legal reference data exemptions rest on: Pasal 17 grounds, other statutes and the holiday
 * calendar. Seeded by migration 0004 and edited here, because legal texts and holidays change.
 * Editing reference data needs a profile allowed to manage users (the PPID by default).
 */
export function createReferenceService({ db, audit, events }: ServiceDeps, requireManager: (actor: string) => string) {
  const repo = createReferenceRepo(db);

  function change<T>(
    transportActor: string,
    action: string,
    entityId: string,
    work: () => { before: unknown; after: T; row: AuditedRowRef },
  ): T {
    const result = db
      .transaction(() => {
        const actor = requireManager(transportActor);
        const { before, after, row } = work();
        audit.record({ actor, action, entityType: 'reference', entityId, before, after, rows: [row] });
        return after;
      })
      .immediate();
    events.emit('exemption.changed', { entryId: null });
    return result;
  }

  return {
    grounds: (includeInactive: boolean) => repo.grounds().filter((g) => includeInactive || g.active),
    updateGround: (edit: GroundEdit, actor: string): Ground =>
      change(actor, 'reference.updateGround', edit.code, () => {
        const before = repo.ground(edit.code);
        if (!before) throw lemariError('not_found');
        repo.updateGround(edit.code, edit.labelId, edit.labelEn, edit.active);
        const after = repo.ground(edit.code);
        if (!after) throw new Error('ground vanished inside its own transaction');
        return { before, after, row: { table: 'pasal17_grounds', id: edit.code } };
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
        return { before, after, row: { table: 'statutes', id } };
      }),
    holidays: repo.holidays,
    /** Every holiday date, for working-day arithmetic. */
    holidaySet: () => new Set(repo.holidayDates()),
    saveHoliday: (input: Holiday, actor: string): Holiday =>
      change(actor, 'holiday.save', input.date, () => {
        const before = repo.holiday(input.date);
        repo.saveHoliday(input);
        return { before, after: input, row: { table: 'holidays', id: input.date } };
      }),
    removeHoliday: (date: string, actor: string) =>
      change(actor, 'holiday.remove', date, () => {
        const before = repo.holiday(date);
        repo.removeHoliday(date);
        return { before, after: { removed: before !== null }, row: { table: 'holidays', id: date } };
      }),
  };
}

export type ReferenceService = ReturnType<typeof createReferenceService>;
