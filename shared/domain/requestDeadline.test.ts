import { describe, expect, it } from 'vitest';
import { countWorkingDays, countWorkingDaysBetween, explainRequestDeadline, localDate } from './requestDeadline';
import { zoneFromPlace as timeZoneOfProvince } from './timeZone';
import { seedHolidays, workingDaysBetween, type Holiday } from './workingDays';

/** The calendar Lemari seeds (SKB 3 Menteri 2025 and 2026, national holidays and cuti bersama). */
const calendar: Holiday[] = seedHolidays.map(([date, name, kind]) => ({ date, name, kind }));

describe('request deadlines on real calendars', () => {
  it('2025, across Nyepi, Idul Fitri with its cuti bersama and Good Friday', () => {
    // Received Thursday 27 March 2025; 28 cuti Nyepi, 29 Nyepi (Sat), 31 Mar–1 Apr Idul Fitri, 2–4 and 7 Apr cuti, 18 Apr Wafat Yesus.
    const count = countWorkingDays('2025-03-27', 10, calendar);
    expect(count.due).toBe('2025-04-22');
    expect(count.skipped.filter((d) => d.reason === 'cuti_bersama').map((d) => d.date)).toEqual([
      '2025-03-28',
      '2025-04-02',
      '2025-04-03',
      '2025-04-04',
      '2025-04-07',
    ]);
    expect(count.skipped).toContainEqual({ date: '2025-04-18', reason: 'libur_nasional', name: 'Wafat Yesus Kristus' });
    // Nyepi 2025 falls on a Saturday: it is skipped as a Saturday, with the holiday's name kept.
    expect(count.skipped).toContainEqual({ date: '2025-03-29', reason: 'sabtu', name: 'Hari Suci Nyepi Tahun Baru Saka 1947' });
  });

  it('2026 with cuti bersama around Nyepi and Idul Fitri, then the 7-day extension', () => {
    const explained = explainRequestDeadline({
      receivedAt: '2026-03-17T02:00:00Z',
      zone: 'WIB',
      holidays: calendar,
      extensionReason: 'Informasi tersebar di beberapa unit',
      recorded: null,
    });
    expect(explained.answer.due).toBe('2026-04-08');
    expect(explained.answer.skipped.map((d) => `${d.date} ${d.reason}`)).toEqual([
      '2026-03-18 cuti_bersama',
      '2026-03-19 libur_nasional',
      '2026-03-20 cuti_bersama',
      '2026-03-21 sabtu',
      '2026-03-22 minggu',
      '2026-03-23 cuti_bersama',
      '2026-03-24 cuti_bersama',
      '2026-03-28 sabtu',
      '2026-03-29 minggu',
      '2026-04-03 libur_nasional',
      '2026-04-04 sabtu',
      '2026-04-05 minggu',
    ]);
    expect(explained.extension).toMatchObject({ from: '2026-04-08', due: '2026-04-17' });
    expect(explained.dueOn).toBe('2026-04-17');
  });

  it('2026 year end: cuti bersama 24 December, Natal, New Year 2027 and the estimated Isra Mikraj', () => {
    const count = countWorkingDays('2026-12-18', 10, calendar);
    expect(count.due).toBe('2027-01-07');
    expect(count.skipped.filter((d) => d.reason !== 'sabtu' && d.reason !== 'minggu').map((d) => d.date)).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2027-01-01',
      '2027-01-05',
    ]);
    // Without the calendar (the naive count) it would be 1 January 2027, a holiday.
    expect(countWorkingDays('2026-12-18', 10, []).due).toBe('2027-01-01');
  });

  it('says how a deadline moved when a holiday is added or removed after it was set', () => {
    const recorded = { dueOn: '2026-12-15', holidayDates: [] };
    const added = explainRequestDeadline({
      receivedAt: '2026-12-01T02:00:00Z',
      zone: 'WIB',
      holidays: [...calendar, { date: '2026-12-07', name: 'Libur tambahan', kind: 'libur_nasional' }],
      extensionReason: null,
      recorded,
    });
    expect(added.moved).toEqual({
      from: '2026-12-15',
      to: '2026-12-16',
      added: [{ date: '2026-12-07', name: 'Libur tambahan' }],
      removed: [],
    });
    const removed = explainRequestDeadline({
      receivedAt: '2026-12-18T02:00:00Z',
      zone: 'WIB',
      holidays: calendar.filter((h) => h.date !== '2026-12-24'),
      extensionReason: null,
      recorded: { dueOn: '2027-01-07', holidayDates: ['2026-12-24', '2026-12-25', '2027-01-01', '2027-01-05'] },
    });
    expect(removed.moved).toMatchObject({ from: '2027-01-07', to: '2027-01-06', added: [], removed: ['2026-12-24'] });
    const same = explainRequestDeadline({
      receivedAt: '2026-12-01T02:00:00Z',
      zone: 'WIB',
      holidays: calendar,
      extensionReason: null,
      recorded,
    });
    expect(same.moved).toBeNull();
  });
});

describe('the body’s time zone', () => {
  it('derives WIB, WITA or WIT from the province named in the address, WIB by default', () => {
    expect(timeZoneOfProvince('Jl. El Tari, Kota Kupang, Nusa Tenggara Timur')).toBe('WITA');
    expect(timeZoneOfProvince('Kabupaten Jayapura, Papua')).toBe('WIT');
    expect(timeZoneOfProvince('Kota Pontianak, Kalimantan Barat')).toBe('WIB');
    expect(timeZoneOfProvince('Samarinda, Kalimantan Timur')).toBe('WITA');
    expect(timeZoneOfProvince('Ternate, Maluku Utara')).toBe('WIT');
    expect(timeZoneOfProvince('Denpasar, Bali')).toBe('WITA');
    expect(timeZoneOfProvince('Kota Bandung')).toBe('WIB');
    expect(timeZoneOfProvince('Jl. Balikpapan Raya, Jakarta')).toBe('WIB');
  });

  it('reads an instant’s date in the zone: 16:30 UTC is still today in WIB, tomorrow in WITA and WIT', () => {
    expect(localDate('2026-12-01T16:30:00Z', 'WIB')).toBe('2026-12-01');
    expect(localDate('2026-12-01T16:30:00Z', 'WITA')).toBe('2026-12-02');
    expect(localDate('2026-12-01T14:59:00Z', 'WIT')).toBe('2026-12-01');
    expect(localDate('2026-12-01T15:00:00Z', 'WIT')).toBe('2026-12-02');
  });
});

describe('counting working days on day numbers', () => {
  it('agrees with the day-by-day count on every pair across 2025–2027 with the seeded calendar', () => {
    const set = new Set(calendar.map((h) => h.date));
    const starts = ['2024-12-30', '2025-03-27', '2025-12-24', '2026-03-17', '2026-06-30', '2026-12-18', '2027-01-05'];
    for (const from of starts) {
      for (let offset = -3; offset <= 400; offset += 7) {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
        expect(countWorkingDaysBetween(from, to, set), `${from} → ${to}`).toBe(workingDaysBetween(from, to, set));
      }
    }
  });
});
