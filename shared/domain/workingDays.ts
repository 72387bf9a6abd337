import { z } from 'zod';

/**
 * Indonesian working days (hari kerja): Monday–Friday minus national holidays and cuti bersama.
 * Dates are plain ISO calendar dates ("2025-03-31"); arithmetic runs in UTC so no time zone or
 * daylight rule can move a day.
 */

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'v.invalid' })
  .refine(isValidIsoDate, { message: 'v.invalid' });
export type IsoDate = string;

export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toUtc(date: IsoDate): Date {
  if (!isValidIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The calendar date of an instant in Indonesia's western zone (WIB, UTC+7), where the desk works. */
export function wibDate(instant: Date): IsoDate {
  return fromUtc(new Date(instant.getTime() + 7 * 3_600_000));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Adds calendar years and months; 29 February lands on 28 February in a common year (never in March). */
export function addYearsMonths(date: IsoDate, years: number, months: number): IsoDate {
  const d = toUtc(date);
  const totalMonths = d.getUTCFullYear() * 12 + d.getUTCMonth() + years * 12 + months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay))));
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = toUtc(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/**
 * The date `count` working days after `date` (before it when negative). `date` itself is not
 * counted, the way a deadline "30 hari kerja sebelum" is read at the desk.
 */
export function addWorkingDays(date: IsoDate, count: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(count);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, holidays)) remaining -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: ReadonlySet<IsoDate>): number {
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (isWorkingDay(current, holidays)) count += 1;
  }
  return count;
}

// ---- Holidays as editable reference data --------------------------------------------------

export const holidayKinds = ['libur_nasional', 'cuti_bersama'] as const;
export const holidayKindSchema = z.enum(holidayKinds);
export type HolidayKind = z.infer<typeof holidayKindSchema>;

export const holidaySchema = z.object({
  date: isoDateSchema,
  name: z.string().trim().min(1, { message: 'v.required' }).max(200, { message: 'v.tooLong' }),
  kind: holidayKindSchema,
});
export type Holiday = z.infer<typeof holidaySchema>;

type Seed = readonly [IsoDate, string, HolidayKind];
const L: HolidayKind = 'libur_nasional';
const C: HolidayKind = 'cuti_bersama';

/**
 * Seed of the holidays table: the SKB 3 Menteri lists for 2025 and 2026; 2027 has no SKB yet, so its
 * dates are estimates marked "(perkiraan)" for the officer to correct. Stored as data, edited in the app.
 */
export const seedHolidays: readonly Seed[] = [
  ['2025-01-01', 'Tahun Baru 2025 Masehi', L],
  ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', L],
  ['2025-01-28', 'Cuti bersama Tahun Baru Imlek', C],
  ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', L],
  ['2025-03-28', 'Cuti bersama Hari Suci Nyepi', C],
  ['2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947', L],
  ['2025-03-31', 'Idul Fitri 1446 H', L],
  ['2025-04-01', 'Idul Fitri 1446 H', L],
  ['2025-04-02', 'Cuti bersama Idul Fitri', C],
  ['2025-04-03', 'Cuti bersama Idul Fitri', C],
  ['2025-04-04', 'Cuti bersama Idul Fitri', C],
  ['2025-04-07', 'Cuti bersama Idul Fitri', C],
  ['2025-04-18', 'Wafat Yesus Kristus', L],
  ['2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', L],
  ['2025-05-01', 'Hari Buruh Internasional', L],
  ['2025-05-12', 'Hari Raya Waisak 2569 BE', L],
  ['2025-05-13', 'Cuti bersama Hari Raya Waisak', C],
  ['2025-05-29', 'Kenaikan Yesus Kristus', L],
  ['2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', C],
  ['2025-06-01', 'Hari Lahir Pancasila', L],
  ['2025-06-06', 'Idul Adha 1446 H', L],
  ['2025-06-09', 'Cuti bersama Idul Adha', C],
  ['2025-06-27', 'Tahun Baru Islam 1447 H', L],
  ['2025-08-17', 'Hari Kemerdekaan RI', L],
  ['2025-08-18', 'Cuti bersama Hari Kemerdekaan RI', C],
  ['2025-09-05', 'Maulid Nabi Muhammad SAW', L],
  ['2025-12-25', 'Hari Raya Natal', L],
  ['2025-12-26', 'Cuti bersama Hari Raya Natal', C],
  ['2026-01-01', 'Tahun Baru 2026 Masehi', L],
  ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', L],
  ['2026-02-16', 'Cuti bersama Tahun Baru Imlek', C],
  ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', L],
  ['2026-03-18', 'Cuti bersama Hari Suci Nyepi', C],
  ['2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948', L],
  ['2026-03-20', 'Cuti bersama Idul Fitri', C],
  ['2026-03-21', 'Idul Fitri 1447 H', L],
  ['2026-03-22', 'Idul Fitri 1447 H', L],
  ['2026-03-23', 'Cuti bersama Idul Fitri', C],
  ['2026-03-24', 'Cuti bersama Idul Fitri', C],
  ['2026-04-03', 'Wafat Yesus Kristus', L],
  ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', L],
  ['2026-05-01', 'Hari Buruh Internasional', L],
  ['2026-05-14', 'Kenaikan Yesus Kristus', L],
  ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', C],
  ['2026-05-27', 'Idul Adha 1447 H', L],
  ['2026-05-28', 'Cuti bersama Idul Adha', C],
  ['2026-05-31', 'Hari Raya Waisak 2570 BE', L],
  ['2026-06-01', 'Hari Lahir Pancasila', L],
  ['2026-06-16', 'Tahun Baru Islam 1448 H', L],
  ['2026-08-17', 'Hari Kemerdekaan RI', L],
  ['2026-08-25', 'Maulid Nabi Muhammad SAW', L],
  ['2026-12-24', 'Cuti bersama Hari Raya Natal', C],
  ['2026-12-25', 'Hari Raya Natal', L],
  ['2027-01-01', 'Tahun Baru 2027 Masehi', L],
  ['2027-01-05', 'Isra Mikraj Nabi Muhammad SAW (perkiraan)', L],
  ['2027-02-06', 'Tahun Baru Imlek 2578 Kongzili (perkiraan)', L],
  ['2027-03-08', 'Hari Suci Nyepi (perkiraan)', L],
  ['2027-03-10', 'Idul Fitri 1448 H (perkiraan)', L],
  ['2027-03-11', 'Idul Fitri 1448 H (perkiraan)', L],
  ['2027-03-26', 'Wafat Yesus Kristus', L],
  ['2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', L],
  ['2027-05-01', 'Hari Buruh Internasional', L],
  ['2027-05-06', 'Kenaikan Yesus Kristus', L],
  ['2027-05-17', 'Idul Adha 1448 H (perkiraan)', L],
  ['2027-05-20', 'Hari Raya Waisak (perkiraan)', L],
  ['2027-06-01', 'Hari Lahir Pancasila', L],
  ['2027-06-06', 'Tahun Baru Islam 1449 H (perkiraan)', L],
  ['2027-08-15', 'Maulid Nabi Muhammad SAW (perkiraan)', L],
  ['2027-08-17', 'Hari Kemerdekaan RI', L],
  ['2027-12-25', 'Hari Raya Natal', L],
];
