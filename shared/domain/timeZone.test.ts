import { describe, expect, it } from 'vitest';
import { formatInstant } from './timeZone';

describe('an instant as the desk reads it', () => {
  it('is shown in the body’s zone and the screen’s language, the zone named, whatever zone the laptop is in', () => {
    const lastEvening = '2026-12-31T16:30:05Z';
    expect(formatInstant(lastEvening, 'WIB', 'id')).toBe('31/12/2026, 23.30.05 WIB');
    expect(formatInstant(lastEvening, 'WITA', 'id')).toBe('1/1/2027, 00.30.05 WITA');
    expect(formatInstant(lastEvening, 'WIT', 'en')).toBe('01/01/2027, 01:30:05 WIT');
    expect(formatInstant(new Date(lastEvening), 'WIB', 'en')).toBe('31/12/2026, 23:30:05 WIB');
  });

  it('shows a dash for a time that cannot be read, never "Invalid Date"', () => {
    expect(formatInstant('kemarin', 'WIB', 'id')).toBe('–');
  });
});
