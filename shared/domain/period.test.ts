import { describe, expect, it } from 'vitest';
import manifest from '../../test/fixtures/real-lists/manifest.json';
import periods from '../../test/fixtures/real-lists/periods.json';
import { endDateOf, parsePeriod, parsedPeriodSchema } from './period';

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
    ['dua puluh tahun sejak ditetapkan', 20, 0],
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

describe('parsePeriod on the readings issue 11 found wrong', () => {
  it('"keputusan" (a decision of the head) is not "putusan" (a court ruling)', () => {
    expect(parsePeriod('Dibuka setelah ada keputusan tetap dari Pimpinan')).toEqual({
      kind: 'condition',
      condition: 'persetujuan_pimpinan',
    });
    expect(parsePeriod('kecuali atas putusan Komisi Informasi atau pengadilan')).toEqual({ kind: 'condition', condition: 'proses_hukum' });
  });

  it('"1 Tahun / Dibuka setelah …" keeps the year and the condition', () => {
    expect(parsePeriod('1 Tahun / Dibuka setelah ada keputusan tetap dari pimpinan')).toEqual({
      kind: 'duration',
      years: 1,
      months: 0,
      days: 0,
      openWhen: 'persetujuan_pimpinan',
    });
  });

  it('"Tidak permanen" is not lasting', () => {
    expect(parsePeriod('Tidak permanen')).toEqual({ kind: 'unparsed', reason: 'notPermanent' });
  });

  it('keeps the years of a period with an exception', () => {
    expect(parsePeriod('5 (lima) tahun kecuali atas persetujuan yang bersangkutan')).toEqual({
      kind: 'duration',
      years: 5,
      months: 0,
      days: 0,
      unless: 'persetujuan',
    });
    expect(parsePeriod('selama jangka waktu lima tahun, kecuali …')).toEqual({
      kind: 'duration',
      years: 5,
      months: 0,
      days: 0,
      unless: 'lainnya',
    });
  });

  it('counts working days as working days', () => {
    const period = parsePeriod('90 hari kerja');
    expect(period).toEqual({ kind: 'duration', years: 0, months: 0, days: 0, workingDays: 90 });
    // Without the holiday table there is no honest date; with it, the 90th working day after the SK.
    expect(endDateOf(period, '2025-01-06')).toBeNull();
    expect(endDateOf(period, '2025-01-06', new Set())).toBe('2025-05-12');
    expect(endDateOf(period, '2025-01-06', new Set(['2025-01-27', '2025-03-31']))).toBe('2025-05-14');
  });

  it('"Sampai dengan 31 Desember 2027" ends on that date, whatever the SK date', () => {
    const period = parsePeriod('Sampai dengan 31 Desember 2027');
    expect(period).toEqual({ kind: 'condition', condition: 'tanggal', until: '2027-12-31' });
    expect(endDateOf(period, '2025-04-30')).toBe('2027-12-31');
    expect(endDateOf(period, null)).toBe('2027-12-31');
    expect(parsePeriod('Sampai dengan 31 Februari 2027')).toEqual({ kind: 'condition', condition: 'lainnya' });
  });

  it('tells consent of the person, approval of the head and consent of the parties apart', () => {
    expect(parsePeriod('Dibuka setelah mendapat persetujuan tertulis dari yang bersangkutan')).toMatchObject({ condition: 'persetujuan' });
    expect(parsePeriod('Dibuka setelah mendapat persetujuan dari pimpinan')).toMatchObject({ condition: 'persetujuan_pimpinan' });
    expect(parsePeriod('Dibuka setelah mendapat persetujuan tertulis dari para pihak')).toMatchObject({
      condition: 'persetujuan_para_pihak',
    });
  });

  it('a span after an event runs from the event, so the SK gives no end date', () => {
    const period = parsePeriod('2 tahun setelah hak dan kewajiban habis');
    expect(period).toEqual({ kind: 'condition', condition: 'peristiwa', after: { years: 2, months: 0, days: 0 } });
    expect(endDateOf(period, '2025-04-30')).toBeNull();
  });

  it('"5 tahun dan seterusnya dievaluasi kembali" is 5 years, then a review', () => {
    const period = parsePeriod('5 tahun dan seterusnya dievaluasi kembali');
    expect(period).toEqual({ kind: 'duration', years: 5, months: 0, days: 0, review: true });
    expect(endDateOf(period, '2025-04-30')).toBe('2030-04-29');
  });

  it('"until something is done" is an event, not an unnamed condition', () => {
    expect(parsePeriod('Sampai pembayaran dilakukan')).toEqual({ kind: 'condition', condition: 'peristiwa' });
    expect(parsePeriod('Sampai dengan laporan hasil audit diterbitkan')).toEqual({ kind: 'condition', condition: 'peristiwa' });
    expect(parsePeriod('Sampai mahasiswa menyelesaikan studinya')).toEqual({ kind: 'condition', condition: 'peristiwa' });
    // No event verb: still a condition a person reviews.
    expect(parsePeriod('Sampai ada kebijakan lain')).toEqual({ kind: 'condition', condition: 'lainnya' });
  });

  it('a statute cited inside a period is not a duration', () => {
    expect(parsePeriod('Sampai ditetapkan dengan Peraturan KPU No. 9 Tahun 2015')).toEqual({ kind: 'condition', condition: 'peristiwa' });
  });
});

describe(`parsePeriod on ${String(periods.phrases.length)} real phrases (test/fixtures/real-lists/periods.json)`, () => {
  it('holds enough real phrases, each from a source', () => {
    expect(periods.phrases.length).toBe(periods.count);
    expect(periods.phrases.length).toBeGreaterThanOrEqual(60);
    for (const phrase of periods.phrases) expect(phrase.source.body.length).toBeGreaterThan(0);
  });

  it.each(periods.phrases.map((p) => [p.text, p.expected] as const))('"%s"', (text, expected) => {
    const reading = parsePeriod(text);
    expect(reading).toEqual(expected);
    expect(parsedPeriodSchema.parse(reading)).toEqual(reading);
  });

  it('gives the kind the corpus manifest expects for every Jangka Waktu cell', () => {
    const cells = manifest.fixtures.flatMap((f) =>
      f.sheets.flatMap((s) =>
        s.entries.flatMap((e) => {
          const text = 'dikJangkaWaktu' in e.fields ? e.fields.dikJangkaWaktu : undefined;
          return text !== undefined && 'periodKind' in e ? [[`${f.file} row ${String(e.row)}`, text, e.periodKind] as const] : [];
        }),
      ),
    );
    expect(cells.length).toBeGreaterThan(40);
    for (const [where, text, kind] of cells) expect(parsePeriod(text).kind, where).toBe(kind);
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
