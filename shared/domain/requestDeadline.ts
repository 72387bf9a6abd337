import { z } from 'zod';
import { localDate, timeZoneSchema, type TimeZone } from './timeZone';
import { addDays, isWeekend, isoDateSchema, type Holiday, type IsoDate } from './workingDays';

/**
 * Deadlines of the request and objection registers (UU 14/2008 Pasal 22 ayat 7–8, Pasal 36), counted
 * in working days from the holiday calendar Lemari keeps, in the body's own time zone, with the
 * explanation the desk shows: which days were skipped and why. Pure, so screen and main agree.
 */

export const ANSWER_DAYS = 10;
export const EXTENSION_DAYS = 7;
/** Pasal 36 ayat 1: a keberatan within 30 working days; ayat 2: the Atasan PPID answers within 30. */
export const OBJECTION_FILING_DAYS = 30;
export const OBJECTION_RESPONSE_DAYS = 30;

// One time-zone module for the whole app (the registers, "today", every due date): shared/domain/timeZone.ts.
export { localDate, timeZones, timeZoneSchema, zoneOffsetHours, type TimeZone } from './timeZone';

export const skippedDaySchema = z.object({
  date: isoDateSchema,
  reason: z.enum(['sabtu', 'minggu', 'libur_nasional', 'cuti_bersama']),
  /** The holiday's name; empty for a weekend. */
  name: z.string(),
});
export type SkippedDay = z.infer<typeof skippedDaySchema>;

export const countSchema = z.object({
  from: isoDateSchema,
  days: z.number().int(),
  due: isoDateSchema,
  /** Every day between `from` and `due` that was not counted, with why. */
  skipped: z.array(skippedDaySchema),
});
export type WorkingDayCount = z.infer<typeof countSchema>;

/** `days` working days after `from` (from itself not counted), listing each day skipped. */
const calendars = new WeakMap<readonly Holiday[], Map<IsoDate, Holiday>>();

export function countWorkingDays(from: IsoDate, days: number, holidays: readonly Holiday[]): WorkingDayCount {
  // A register lists thousands of rows against one calendar read: index it once per list, not per row.
  let byDate = calendars.get(holidays);
  if (!byDate) {
    byDate = new Map(holidays.map((h) => [h.date, h]));
    calendars.set(holidays, byDate);
  }
  const skipped: SkippedDay[] = [];
  let current = from;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    const holiday = byDate.get(current);
    if (isWeekend(current)) {
      const sunday = new Date(`${current}T00:00:00Z`).getUTCDay() === 0;
      skipped.push({ date: current, reason: sunday ? 'minggu' : 'sabtu', name: holiday?.name ?? '' });
    } else if (holiday) {
      skipped.push({ date: current, reason: holiday.kind, name: holiday.name });
    } else {
      left -= 1;
    }
  }
  return { from, days, due: current, skipped };
}

/** What the request row keeps of a deadline when it is set, so a later calendar change can be told apart. */
export const recordedDeadlineSchema = z.object({ dueOn: isoDateSchema, holidayDates: z.array(isoDateSchema) });
export type RecordedDeadline = z.infer<typeof recordedDeadlineSchema>;

export const deadlineExplanationSchema = z.object({
  zone: timeZoneSchema,
  receivedOn: isoDateSchema,
  answer: countSchema,
  extension: countSchema.extend({ reason: z.string() }).nullable(),
  dueOn: isoDateSchema,
  /** Set when the holiday calendar changed after the deadline was set: the date it had then and what changed. */
  moved: z
    .object({
      from: isoDateSchema,
      to: isoDateSchema,
      added: z.array(z.object({ date: isoDateSchema, name: z.string() })),
      removed: z.array(isoDateSchema),
    })
    .nullable(),
});
export type DeadlineExplanation = z.infer<typeof deadlineExplanationSchema>;

export function recordOf(explanation: Pick<DeadlineExplanation, 'answer' | 'extension' | 'dueOn'>): RecordedDeadline {
  const dates = [...explanation.answer.skipped, ...(explanation.extension?.skipped ?? [])]
    .filter((d) => d.reason === 'libur_nasional' || d.reason === 'cuti_bersama')
    .map((d) => d.date);
  return { dueOn: explanation.dueOn, holidayDates: dates };
}

/**
 * The request's answer deadline: 10 working days from the day of receipt in the body's zone, and, once
 * extended, 7 more from the first deadline. Compared with what was recorded, it says whether and why it moved.
 */
export function explainRequestDeadline(input: {
  receivedAt: string;
  zone: TimeZone;
  holidays: readonly Holiday[];
  extensionReason: string | null;
  recorded: RecordedDeadline | null;
}): DeadlineExplanation {
  const receivedOn = localDate(input.receivedAt, input.zone);
  const answer = countWorkingDays(receivedOn, ANSWER_DAYS, input.holidays);
  const extension =
    input.extensionReason === null
      ? null
      : { ...countWorkingDays(answer.due, EXTENSION_DAYS, input.holidays), reason: input.extensionReason };
  const dueOn = extension?.due ?? answer.due;
  const current = recordOf({ answer, extension, dueOn });
  let moved: DeadlineExplanation['moved'] = null;
  if (input.recorded && input.recorded.dueOn !== dueOn) {
    const names = new Map(input.holidays.map((h) => [h.date, h.name] as const));
    const before = new Set(input.recorded.holidayDates);
    const now = new Set(current.holidayDates);
    moved = {
      from: input.recorded.dueOn,
      to: dueOn,
      added: current.holidayDates.filter((d) => !before.has(d)).map((date) => ({ date, name: names.get(date) ?? '' })),
      removed: input.recorded.holidayDates.filter((d) => !now.has(d)),
    };
  }
  return { zone: input.zone, receivedOn, answer, extension, dueOn, moved };
}

const DAY_MS = 86_400_000;
const epochDay = (date: IsoDate) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/**
 * Working days after `from` up to and including `to`, like workingDaysBetween, counted on day numbers
 * (whole weeks at once) so a register of thousands of long-overdue rows lists in milliseconds.
 */
export function countWorkingDaysBetween(from: IsoDate, to: IsoDate, holidays: ReadonlySet<IsoDate>): number {
  const a = epochDay(from);
  const b = epochDay(to);
  if (b <= a) return 0;
  const weekdays = (n: number) => {
    // Weekdays among epoch days 1..n (1970-01-01 was a Thursday: epoch day d has weekday (d + 4) % 7, 0 = Sunday).
    const weeks = Math.floor(n / 7);
    let count = weeks * 5;
    for (let d = weeks * 7 + 1; d <= n; d += 1) {
      const w = (d + 4) % 7;
      if (w !== 0 && w !== 6) count += 1;
    }
    return count;
  };
  let count = weekdays(b) - weekdays(a);
  for (const h of holidays) {
    const d = epochDay(h);
    const w = (((d + 4) % 7) + 7) % 7;
    if (d > a && d <= b && w !== 0 && w !== 6) count -= 1;
  }
  return count;
}
