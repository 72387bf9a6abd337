import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyEntryFields, entryFieldsSchema, type EntryFields } from '../../../shared/domain/entry';
import { checkEntryFields } from './fieldCheck';
import { schemaVerdict, validate } from './fields';

// The compiled check must never pass a row zod refuses, must return exactly zod's value for a row it
// passes, and a bad row's problems must be word for word what the zod-only validation gave.

/** The import's validation before the compiled check: a missing title, else zod's verdict. */
function zodOnly(fields: EntryFields) {
  if (fields.judul === '') return validate(fields);
  return schemaVerdict(fields);
}

// Whitespace String.prototype.trim removes (zod's trim) and characters it keeps (zero-width space, a
// lone surrogate when a pair is cut), so a trimmed length lands on either side of every limit.
const SPACE = [' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\ufeff', '\u2028'];
const UNIT = ['x', 'é', '😀', '\u200b', 'a b'];

// Mostly short texts (so that whole rows are often valid), often one at the edge of its limit in
// UTF-16 units or code points (zod counts code points: 😀 is one, two units).
const textNear = (max: number) =>
  fc
    .record({
      lead: fc.array(fc.constantFrom(...SPACE), { maxLength: 3 }),
      n: fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: Math.min(max, 30) }), weight: 24 },
        { arbitrary: fc.constantFrom(0, 1, max - 1, max, max + 1, Math.ceil(max / 2), Math.ceil(max / 2) + 1), weight: 2 },
        { arbitrary: fc.integer({ min: 0, max: max * 2 + 2 }), weight: 1 },
      ),
      unit: fc.constantFrom(...UNIT),
      trail: fc.array(fc.constantFrom(...SPACE), { maxLength: 3 }),
    })
    .map(
      ({ lead, n, unit, trail }) =>
        `${lead.join('')}${unit.repeat(n).slice(0, unit === '😀' ? n * 2 - (n % 3 === 0 ? 1 : 0) : n)}${trail.join('')}`,
    );

/** Mostly the right type, sometimes not (the check is called on toFields' output, but must hold for anything). */
const odd = fc.constantFrom<unknown>(null, undefined, 0, '', 'x', true, [], {}, Number.NaN);
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: arb, weight: 60 }, { arbitrary: odd, weight: 1 });

const intNear = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.constant(null), weight: 4 },
    { arbitrary: fc.integer({ min, max }), weight: 4 },
    { arbitrary: fc.constantFrom(min - 1, min, max, max + 1, -0, 1.5, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1), weight: 1 },
    { arbitrary: fc.integer({ min: min - 10, max: max + 10 }), weight: 1 },
  );

const texts = {
  judul: 500,
  ringkasan: 5000,
  unitText: 300,
  penanggungJawab: 300,
  waktu: 200,
  tempat: 200,
  jenisMedia: 1000,
  retensiText: 500,
  kodeKlasifikasi: 60,
  notes: 5000,
  dikInformasi: 2000,
  dikDasarHukum: 2000,
  dikKonsekuensiDibuka: 5000,
  dikKonsekuensiDitutup: 5000,
  dikJangkaWaktu: 500,
} as const;

/** Mostly a valid value, sometimes one of the wrong ones. */
const mostly = <T>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: wrong, weight: 1 });

const fieldsArb = fc
  .record({
    ...Object.fromEntries(Object.entries(texts).map(([key, max]) => [key, sometimes(textNear(max))])),
    category: sometimes(
      mostly(fc.constantFrom('berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'), fc.constantFrom('BERKALA', 'lainnya')),
    ),
    unitId: sometimes(mostly(fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 50 })), fc.constantFrom(0, -1, 2.5))),
    bentuk: sometimes(mostly(fc.constantFrom(null, 'hardcopy', 'softcopy', 'both'), fc.constantFrom('Hardcopy', ''))),
    disposisi: sometimes(mostly(fc.constantFrom(null, 'musnah', 'dinilai_kembali', 'permanen'), fc.constant('Musnah'))),
    formatCetak: sometimes(fc.boolean()),
    formatRekam: sometimes(fc.boolean()),
    formatOnline: sometimes(fc.boolean()),
    retensiAktif: sometimes(intNear(0, 999)),
    retensiInaktif: sometimes(intNear(0, 999)),
    year: sometimes(intNear(1900, 2200)),
    tags: sometimes(
      mostly(
        fc.array(fc.constantFrom('keuangan', ' anggaran ', 'sk', '😀'), { maxLength: 4 }),
        fc.array(sometimes(textNear(60)), { maxLength: 33 }),
      ),
    ),
  })
  .map((record) => record as unknown as EntryFields);

describe('the compiled check of imported rows', () => {
  it('agrees with zod on every generated row: same value when valid, the same problems word for word when not', () => {
    let passedFast = 0;
    let refused = 0;
    fc.assert(
      fc.property(fieldsArb, (fields) => {
        const zod = entryFieldsSchema.safeParse(fields);
        const fast = checkEntryFields(fields);
        if (fast !== null) {
          // Never a yes where zod says no, and the very value zod returns.
          expect(zod.success).toBe(true);
          expect(fast).toStrictEqual(zod.data);
          passedFast += 1;
        }
        if (!zod.success) refused += 1;
        expect(validate(fields)).toStrictEqual(zodOnly(fields));
      }),
      { numRuns: 3_000 },
    );
    // Both kinds were seen in numbers, so the comparison above was not vacuous.
    expect(passedFast).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(1_000);
  });

  it('passes every row zod passes whose texts fit their limits in UTF-16 units (else it would only cost time)', () => {
    const fits = (fields: EntryFields) =>
      Object.keys(fields).length === Object.keys(entryFieldsSchema.shape).length &&
      Object.entries(texts).every(([key, max]) => {
        const value: unknown = fields[key as keyof typeof texts];
        return typeof value === 'string' && value.trim().length <= max;
      }) &&
      fields.tags.every((tag) => tag.trim().length <= 60);
    let compared = 0;
    fc.assert(
      fc.property(fieldsArb, (fields) => {
        const zod = entryFieldsSchema.safeParse(fields);
        if (!zod.success || !fits(fields)) return;
        compared += 1;
        expect(checkEntryFields(fields)).not.toBeNull();
      }),
      { numRuns: 1_000 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it('words crafted bad rows exactly as before: limits just past, trimmed text, tags, years', () => {
    const base = { ...emptyEntryFields('berkala'), judul: 'Laporan Keuangan' };
    const rows: EntryFields[] = [
      { ...base, judul: 'x'.repeat(501) },
      { ...base, judul: `  ${'x'.repeat(500)}  ` },
      { ...base, unitText: 'u'.repeat(301), waktu: 'w'.repeat(201) },
      { ...base, tags: ['ok', '   '] },
      { ...base, tags: Array.from({ length: 31 }, (_, i) => `t${String(i)}`) },
      { ...base, year: 1899 },
      { ...base, year: 2201, retensiAktif: 1000 },
      { ...base, kodeKlasifikasi: `${'k'.repeat(60)}\u200b` },
      { ...base, dikKonsekuensiDibuka: '😀'.repeat(5001) },
      // 5,002 UTF-16 units but 2,501 code points, which is what zod counts: valid.
      { ...base, dikKonsekuensiDibuka: '😀'.repeat(2501) },
      { ...base, judul: '' },
    ];
    const verdicts = rows.map((fields) => validate(fields));
    expect(verdicts).toStrictEqual(rows.map(zodOnly));
    // The trimmed 500-character title and the 2,501 emoji are valid; every other row is refused with its field named.
    expect(verdicts.map((v) => v.fields !== null)).toEqual([false, true, false, false, false, false, false, false, false, true, false]);
    expect(verdicts[0]?.problems).toEqual([
      { field: 'judul', message: 'Judul / Jenis Informasi: Terlalu panjang.', messageEn: 'Title / kind of information: Too long.' },
    ]);
    expect(verdicts[2]?.problems.map((p) => p.field)).toEqual(['unitText', 'waktu']);
    expect(verdicts[6]?.problems.map((p) => p.field)).toEqual(['retensiAktif', 'year']);
    expect(verdicts[1]?.fields?.judul).toBe('x'.repeat(500));
  });

  it('leaves a row with a key the schema does not know to zod (which strips it)', () => {
    const fields = { ...emptyEntryFields('berkala'), judul: 'Laporan', extra: 'x' } as EntryFields;
    expect(checkEntryFields(fields)).toBeNull();
    expect(validate(fields)).toStrictEqual(zodOnly(fields));
    expect(validate(fields).fields).not.toHaveProperty('extra');
  });
});
