import { describe, expect, it } from 'vitest';
import { addWorkingDays, addYearsMonths, isValidIsoDate, isWorkingDay, seedHolidays, wibDate, workingDaysBetween } from './workingDays';

const holidays = new Set(seedHolidays.map(([date]) => date));

describe('Indonesian working days', () => {
  it('skips weekends, national holidays and cuti bersama', () => {
    expect(isWorkingDay('2025-03-29', holidays)).toBe(false); // Saturday and Nyepi
    expect(isWorkingDay('2025-03-31', holidays)).toBe(false); // Idul Fitri
    expect(isWorkingDay('2025-04-02', holidays)).toBe(false); // cuti bersama
    expect(isWorkingDay('2025-04-08', holidays)).toBe(true);
  });

  it('counts across Lebaran 2025: the Thursday before plus one working day is the Tuesday after the cuti bersama', () => {
    // 27 Mar (Thu) → 28 Mar cuti bersama Nyepi, 29–30 weekend, 31 Mar–1 Apr Idul Fitri, 2–4 and 7 Apr cuti bersama.
    expect(addWorkingDays('2025-03-27', 1, holidays)).toBe('2025-04-08');
    expect(workingDaysBetween('2025-03-27', '2025-04-08', holidays)).toBe(1);
  });

  it('finds the opening deadline 30 working days before an expiry (DOMAIN: the decision is due then)', () => {
    // Expiry 30 April 2025: counting back 30 working days crosses Lebaran and Wafat Yesus Kristus.
    const deadline = addWorkingDays('2025-04-30', -30, holidays);
    expect(deadline).toBe('2025-03-07');
    expect(workingDaysBetween(deadline, '2025-04-30', holidays)).toBe(30);
    // Without the holiday calendar the same count lands much later: weekends alone are not enough.
    expect(addWorkingDays('2025-04-30', -30, new Set())).toBe('2025-03-19');
  });

  it('is the inverse of counting, over a year of start dates', () => {
    for (let day = 0; day < 365; day += 7) {
      const start = addWorkingDays('2025-01-01', 0, holidays);
      const from = addYearsMonths(start, 0, 0);
      const later = addWorkingDays(from, day % 40, holidays);
      expect(workingDaysBetween(from, later, holidays)).toBe(day % 40);
    }
  });

  it('takes the calendar date in WIB, so 23:30 UTC is already the next day at the desk', () => {
    expect(wibDate(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
    expect(wibDate(new Date('2025-12-31T16:59:00Z'))).toBe('2025-12-31');
  });

  it('seeds 2025–2027 with valid, unique dates', () => {
    expect(seedHolidays.every(([date]) => isValidIsoDate(date))).toBe(true);
    expect(new Set(seedHolidays.map(([date]) => date)).size).toBe(seedHolidays.length);
    for (const year of ['2025', '2026', '2027']) expect(seedHolidays.some(([date]) => date.startsWith(year))).toBe(true);
  });
});
