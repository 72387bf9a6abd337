import { entryFieldsSchema, type EntryFields } from '../../../shared/domain/entry';

// The entry schema's yes for one imported row, without zod's cost per row (a 10,000-row import spent
// about a tenth of its time in safeParse). It only ever says yes: a row it does not pass goes to zod,
// whose issues become the row's problems, so a bad row is told exactly what it was told before; a row
// it passes is one zod passes, with the value zod returns (text trimmed, keys in the schema's order).
// fieldCheck.test.ts compares the two on generated and crafted rows. Text lengths and enum values are
// read from the schema itself; a field the schema gains that is not listed here turns the check off.

const shape = entryFieldsSchema.shape;

type Check = (value: unknown) => { ok: true; value: unknown } | null;

const passed = (value: unknown) => ({ ok: true as const, value });

/**
 * `z.string().trim().max(n)` (and `.min(m)`): the trimmed text, when its length is within the schema's
 * bounds. zod counts code points, one or two UTF-16 units each: a text within `max` units is within
 * `max` code points, and one of at least `2·min` units (or any non-empty one, for min 1) has `min` of
 * them; a text in doubt is left to zod.
 */
function text(schema: { minLength: number | null; maxLength: number | null }): Check {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Number.POSITIVE_INFINITY;
  return (value) => {
    if (typeof value !== 'string') return null;
    const trimmed = value.trim();
    const units = trimmed.length;
    return units <= max && units >= min && (min <= 1 || units >= 2 * min) ? passed(trimmed) : null;
  };
}

function oneOf(options: readonly string[], nullable: boolean): Check {
  const allowed = new Set<unknown>(options);
  return (value) => ((nullable && value === null) || allowed.has(value) ? passed(value) : null);
}

/** `z.number().int()` within [min, max], or null: zod's int is a safe integer. */
function integer(min: number, max: number): Check {
  return (value) =>
    value === null || (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) ? passed(value) : null;
}

const bool: Check = (value) => (typeof value === 'boolean' ? passed(value) : null);

/** Tags: at most 30, each trimmed text within the element schema's bounds (30 is checked against zod by the test). */
const MAX_TAGS = 30;
const tag = text(shape.tags.element);
const tags: Check = (value) => {
  if (!Array.isArray(value) || value.length > MAX_TAGS) return null;
  const out: unknown[] = [];
  for (const item of value as unknown[]) {
    const checked = tag(item);
    if (!checked) return null;
    out.push(checked.value);
  }
  return passed(out);
};

const year = shape.year.unwrap();
const years = shape.retensiAktif.unwrap();
const checks: Record<keyof EntryFields, Check> = {
  category: oneOf(shape.category.options, false),
  judul: text(shape.judul),
  ringkasan: text(shape.ringkasan),
  // `.positive()`: greater than 0.
  unitId: integer(1, Number.MAX_SAFE_INTEGER),
  unitText: text(shape.unitText),
  penanggungJawab: text(shape.penanggungJawab),
  waktu: text(shape.waktu),
  tempat: text(shape.tempat),
  bentuk: oneOf(shape.bentuk.unwrap().options, true),
  formatCetak: bool,
  formatRekam: bool,
  formatOnline: bool,
  jenisMedia: text(shape.jenisMedia),
  retensiAktif: integer(years.minValue ?? 0, years.maxValue ?? 0),
  retensiInaktif: integer(years.minValue ?? 0, years.maxValue ?? 0),
  retensiText: text(shape.retensiText),
  disposisi: oneOf(shape.disposisi.unwrap().options, true),
  kodeKlasifikasi: text(shape.kodeKlasifikasi),
  tags,
  notes: text(shape.notes),
  year: integer(year.minValue ?? 0, year.maxValue ?? 0),
  dikInformasi: text(shape.dikInformasi),
  dikDasarHukum: text(shape.dikDasarHukum),
  dikKonsekuensiDibuka: text(shape.dikKonsekuensiDibuka),
  dikKonsekuensiDitutup: text(shape.dikKonsekuensiDitutup),
  dikJangkaWaktu: text(shape.dikJangkaWaktu),
};

const keys = Object.keys(shape) as (keyof EntryFields)[];
/** Off when the schema's fields are not exactly the ones checked here (a field added or renamed). */
const complete = keys.length === Object.keys(checks).length && keys.every((key) => Object.hasOwn(checks, key));

/** The value zod's entry schema returns for `fields`, when this check can show it valid; null otherwise (ask zod). */
export function checkEntryFields(fields: EntryFields): EntryFields | null {
  if (!complete) return null;
  const source = fields as unknown as Record<string, unknown>;
  // zod strips keys the schema does not know; a row carrying one is left to it.
  for (const key in source) if (!Object.hasOwn(checks, key)) return null;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const checked = checks[key](source[key]);
    if (!checked) return null;
    out[key] = checked.value;
  }
  return out as EntryFields;
}
