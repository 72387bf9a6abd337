import { lemariError } from '../../../shared/api/raise';
import type { Ground, GroundEdit } from '../../../shared/domain/pasal17';
import type { Holiday } from '../../../shared/domain/workingDays';
import type { ServiceDeps } from '../support/deps';

interface GroundRow {
  code: string;
  huruf: string;
  angka: number | null;
  label_id: string;
  label_en: string;
  active: number;
}

function toGround(row: GroundRow): Ground {
  return { code: row.code, huruf: row.huruf, angka: row.angka, labelId: row.label_id, labelEn: row.label_en, active: row.active === 1 };
}

interface StatuteRow {
  id: number;
  text: string;
  active: number;
}

/**
 * The legal reference data exemptions rest on: Pasal 17 grounds, other statutes and the holiday
 * calendar. Seeded by migration 0004 and edited here, because legal texts and holidays change.
 * Editing reference data needs a profile allowed to manage users (the PPID by default).
 */
export function createReferenceService({ db, audit, events }: ServiceDeps, requireManager: (actor: string) => string) {
  const grounds = db.prepare<[], GroundRow>('SELECT * FROM pasal17_grounds ORDER BY sort');
  const ground = db.prepare<[string], GroundRow>('SELECT * FROM pasal17_grounds WHERE code = ?');
  const updateGround = db.prepare<[string, string, number, string]>(
    'UPDATE pasal17_grounds SET label_id = ?, label_en = ?, active = ? WHERE code = ?',
  );
  const statutes = db.prepare<[], StatuteRow>('SELECT * FROM statutes ORDER BY active DESC, text COLLATE NOCASE');
  const statute = db.prepare<[number], StatuteRow>('SELECT * FROM statutes WHERE id = ?');
  const statuteByText = db.prepare<[string], StatuteRow>('SELECT * FROM statutes WHERE text = ? COLLATE NOCASE');
  const insertStatute = db.prepare<[string, number]>('INSERT INTO statutes (text, active) VALUES (?, ?)');
  const updateStatute = db.prepare<[string, number, number]>('UPDATE statutes SET text = ?, active = ? WHERE id = ?');
  const holidays = db.prepare<[number | null, number | null], Holiday>(
    "SELECT date, name, kind FROM holidays WHERE (? IS NULL OR substr(date, 1, 4) = printf('%04d', ?)) ORDER BY date",
  );
  const holidayDates = db.prepare<[], { date: string }>('SELECT date FROM holidays');
  const holiday = db.prepare<[string], Holiday>('SELECT date, name, kind FROM holidays WHERE date = ?');
  const saveHoliday = db.prepare<[string, string, string]>(
    'INSERT INTO holidays (date, name, kind) VALUES (?, ?, ?) ON CONFLICT (date) DO UPDATE SET name = excluded.name, kind = excluded.kind',
  );
  const removeHoliday = db.prepare<[string]>('DELETE FROM holidays WHERE date = ?');

  function change<T>(transportActor: string, action: string, entityId: string, work: () => { before: unknown; after: T }): T {
    const result = db
      .transaction(() => {
        const actor = requireManager(transportActor);
        const { before, after } = work();
        audit.record({ actor, action, entityType: 'reference', entityId, before, after });
        return after;
      })
      .immediate();
    events.emit('exemption.changed', { entryId: null });
    return result;
  }

  return {
    grounds: (includeInactive: boolean) =>
      grounds
        .all()
        .map(toGround)
        .filter((g) => includeInactive || g.active),
    updateGround: (edit: GroundEdit, actor: string): Ground =>
      change(actor, 'reference.updateGround', edit.code, () => {
        const before = ground.get(edit.code);
        if (!before) throw lemariError('not_found');
        updateGround.run(edit.labelId, edit.labelEn, edit.active ? 1 : 0, edit.code);
        const after = ground.get(edit.code);
        if (!after) throw new Error('ground vanished inside its own transaction');
        return { before: toGround(before), after: toGround(after) };
      }),
    statutes: () => statutes.all().map((row) => ({ id: row.id, text: row.text, active: row.active === 1 })),
    saveStatute: (input: { id: number | null; text: string; active: boolean }, actor: string) =>
      change(actor, 'reference.saveStatute', String(input.id ?? 'new'), () => {
        const same = statuteByText.get(input.text);
        if (same && same.id !== input.id) throw lemariError('conflict', { key: 'exemption.err.statuteTaken', field: 'text' });
        const before = input.id === null ? null : (statute.get(input.id) ?? null);
        if (input.id !== null && !before) throw lemariError('not_found');
        const id = input.id ?? Number(insertStatute.run(input.text, input.active ? 1 : 0).lastInsertRowid);
        if (input.id !== null) updateStatute.run(input.text, input.active ? 1 : 0, input.id);
        const after = statute.get(id);
        if (!after) throw new Error('statute vanished inside its own transaction');
        return { before, after: { id: after.id, text: after.text, active: after.active === 1 } };
      }),
    holidays: (year: number | null) => holidays.all(year, year),
    /** Every holiday date, for working-day arithmetic. */
    holidaySet: () => new Set(holidayDates.all().map((row) => row.date)),
    saveHoliday: (input: Holiday, actor: string): Holiday =>
      change(actor, 'holiday.save', input.date, () => {
        const before = holiday.get(input.date) ?? null;
        saveHoliday.run(input.date, input.name, input.kind);
        return { before, after: input };
      }),
    removeHoliday: (date: string, actor: string) =>
      change(actor, 'holiday.remove', date, () => {
        const before = holiday.get(date) ?? null;
        removeHoliday.run(date);
        return { before, after: { removed: before !== null } };
      }),
  };
}

export type ReferenceService = ReturnType<typeof createReferenceService>;
