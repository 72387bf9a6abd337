import { describe, expect, it } from 'vitest';
import { dateInWords, dateParam, indonesianDate } from './dateWords';

describe('a calendar date in words', () => {
  it('writes the day, the month and the year as the desk reads them, in either language', () => {
    expect(dateInWords('2045-04-13', 'id')).toBe('13 April 2045');
    expect(dateInWords('2026-03-05', 'id')).toBe('5 Maret 2026');
    expect(dateInWords('2026-08-17', 'en')).toBe('17 August 2026');
    expect(indonesianDate('2027-12-24')).toBe('24 Desember 2027');
    expect(dateParam('2025-05-01')).toEqual({ id: '1 Mei 2025', en: '1 May 2025' });
  });

  it('leaves what is not an ISO date as written (an empty document date, a typed phrase)', () => {
    expect(dateInWords('', 'id')).toBe('');
    expect(dateInWords('Januari 2024', 'en')).toBe('Januari 2024');
    expect(dateInWords('2024-13-01', 'id')).toBe('2024-13-01');
  });
});
