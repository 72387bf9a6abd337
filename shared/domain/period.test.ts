import { describe, expect, it } from 'vitest';
import { endDateOf, parsePeriod } from './period';

describe('parsePeriod reads every period DOMAIN lists', () => {
  it.each([
    ['20 Tahun', { kind: 'duration', years: 20, months: 0, days: 0 }],
    ['5 tahun', { kind: 'duration', years: 5, months: 0, days: 0 }],
    ['Tidak terbatas', { kind: 'lasting' }],
    ['Selama Berlaku', { kind: 'condition', condition: 'selama_berlaku' }],
    ['Sampai memperoleh persetujuan dari yang bersangkutan', { kind: 'condition', condition: 'persetujuan' }],
    ['Sampai pengumuman dan memperoleh persetujuan pimpinan', { kind: 'condition', condition: 'pengumuman' }],
    ['Dapat dibuka pada waktu pemeriksaan', { kind: 'condition', condition: 'pemeriksaan' }],
    [
      'Sampai dengan diperlukan untuk keperluan proses hukum oleh aparat hukum dan pengadilan',
      { kind: 'condition', condition: 'proses_hukum' },
    ],
  ])('"%s"', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each([
    ['lima (5) tahun', 5, 0],
    ['dua puluh tahun', 20, 0],
    ['Selama 4 tahun', 4, 0],
    ['2 tahun 6 bulan', 2, 6],
    ['  30   TAHUN ', 30, 0],
    ['6 bulan', 0, 6],
  ])('reads the duration in "%s"', (text, years, months) => {
    expect(parsePeriod(text)).toEqual({ kind: 'duration', years, months, days: 0 });
  });

  it('keeps a condition even when it mentions a number', () => {
    expect(parsePeriod('Sampai proses hukum selesai, paling lama 5 tahun')).toEqual({ kind: 'condition', condition: 'proses_hukum' });
  });

  it('says why it cannot read a period instead of guessing', () => {
    expect(parsePeriod('')).toEqual({ kind: 'unparsed', reason: 'empty' });
    expect(parsePeriod('-')).toEqual({ kind: 'unparsed', reason: 'empty' });
    expect(parsePeriod('kurang lebih lama')).toEqual({ kind: 'unparsed', reason: 'unknown' });
    expect(parsePeriod('0 tahun')).toEqual({ kind: 'unparsed', reason: 'zero' });
    expect(parsePeriod('500 tahun')).toEqual({ kind: 'unparsed', reason: 'tooLong' });
  });
});

describe('endDateOf', () => {
  it('ends the day before the anniversary of the anchor date', () => {
    expect(endDateOf(parsePeriod('20 Tahun'), '2025-04-14')).toBe('2045-04-13');
    expect(endDateOf(parsePeriod('6 bulan'), '2025-08-31')).toBe('2026-02-27');
  });

  it('lands a 29 February anchor on 28 February of a common year', () => {
    expect(endDateOf(parsePeriod('1 tahun'), '2024-02-29')).toBe('2025-02-27');
  });

  it('has no date for conditions, lasting periods or a missing anchor', () => {
    expect(endDateOf(parsePeriod('Tidak terbatas'), '2025-01-01')).toBeNull();
    expect(endDateOf(parsePeriod('Selama Berlaku'), '2025-01-01')).toBeNull();
    expect(endDateOf(parsePeriod('5 tahun'), null)).toBeNull();
  });
});
