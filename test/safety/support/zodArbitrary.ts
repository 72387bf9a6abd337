import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check values shaped by a zod 4 schema, read from its definition (`_zod.def`). No maintained
 * zod→fast-check package supports zod 4 (zod-fast-check stops at zod 3), and the contract uses a small
 * part of zod, so this covers that part. Values are *plausible*, not guaranteed valid: the caller sorts
 * them with `safeParse`, which is exactly what dispatch does.
 */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  valueType?: z.ZodType;
  keyType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  getter?: () => z.ZodType;
  checks?: Array<{
    _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; format?: string; pattern?: RegExp } };
  }>;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

const samples = [
  '',
  'a',
  'Bidang Umum',
  '2026-11-21',
  '2026-11-21T05:00:00.000Z',
  '123456789012345678',
  'https://ppid.example.go.id',
  'ppid@example.go.id',
  '0'.repeat(64),
  'ab'.repeat(32),
  'Ke­cuali\u202e',
  'CON',
  '=1+1',
];

function stringArb(def: Def): fc.Arbitrary<string> {
  let min = 0;
  let max = 60;
  let pattern: RegExp | null = null;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' && c.minimum !== undefined) min = c.minimum;
    if (c.check === 'max_length' && c.maximum !== undefined) max = Math.min(max, c.maximum);
    if (c.check === 'string_format' && c.pattern) pattern = c.pattern;
  }
  const base = fc.oneof(fc.constantFrom(...samples), fc.string({ minLength: min, maxLength: Math.max(min, max) }));
  if (pattern) {
    // Regex-checked fields (hashes, NIP, dates): mostly the samples that fit, sometimes anything.
    const fitting = samples.filter((s) => pattern.test(s));
    return fitting.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fitting) }, { weight: 1, arbitrary: base }) : base;
  }
  return base;
}

function numberArb(def: Def): fc.Arbitrary<number> {
  let min = -3;
  let max = 60;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if ((c.check === 'greater_than' || c.check === 'min') && typeof c.value === 'number') min = Math.max(min, c.value);
    if ((c.check === 'less_than' || c.check === 'max') && typeof c.value === 'number') max = Math.min(max, c.value);
  }
  return fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: Math.ceil(Math.min(min, max)), max: Math.floor(Math.max(min, max)) }) },
    { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  );
}

export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return fc.constant(undefined);
  const inner = (s: z.ZodType | undefined) => (s ? arbitraryFor(s, depth + 1) : fc.constant(undefined));
  switch (def.type) {
    case 'string':
      return stringArb(def);
    case 'number':
    case 'int':
      return numberArb(def);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'null':
      return fc.constant(null);
    case 'object': {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      const required = keys.filter((key) => {
        const field = shape[key];
        return field ? !['optional', 'default'].includes(defOf(field).type) : false;
      });
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const key of keys) record[key] = inner(shape[key]);
      return fc.record(record, { requiredKeys: required });
    }
    case 'array':
      return fc.array(inner(def.element), { maxLength: 4 });
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((item) => inner(item)));
    case 'optional':
      return fc.oneof({ weight: 3, arbitrary: inner(def.innerType) }, { weight: 1, arbitrary: fc.constant(undefined) });
    case 'nullable':
      return fc.oneof({ weight: 3, arbitrary: inner(def.innerType) }, { weight: 1, arbitrary: fc.constant(null) });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => inner(option)));
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), inner(def.valueType), { maxKeys: 3 });
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return def.getter ? inner(def.getter()) : fc.constant(undefined);
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      return fc.constant(undefined);
  }
}

function deep(levels: number): unknown {
  let value: unknown = 'dasar';
  for (let i = 0; i < levels; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** What a hostile or broken caller sends: values no JSON schema allows, and shapes built to hurt a parser. */
export const junkValues: readonly unknown[] = [
  undefined,
  null,
  NaN,
  Infinity,
  -0,
  42,
  'teks',
  true,
  [],
  new Map([['fields', { name: 'x' }]]),
  new Set([1, 2]),
  new Date(0),
  new Uint8Array(16),
  new Float64Array(4),
  new ArrayBuffer(8),
  BigInt(7),
  Symbol('s'),
  () => 1,
  /re/g,
  new Error('galat'),
  'x'.repeat(2_000_000),
  deep(5_000),
  Array.from({ length: 100_000 }, (_, i) => i),
  Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${String(i)}`, i])),
  JSON.parse('{"__proto__": {"polluted": true}, "fields": {"name": "x"}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  { fields: { name: 'x'.repeat(100_000), kind: 'bidang', head: '', active: true } },
  { id: -1, fields: null, expectedVersion: 1e308 },
  { id: 1.5, expectedVersion: -1 },
];

export const junkArb: fc.Arbitrary<unknown> = fc.constantFrom(...junkValues);

/** A valid-looking object with one field swapped for junk: the near-miss a buggy screen sends. */
export function nearMiss(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc.tuple(arbitraryFor(schema), junkArb, fc.nat()).map(([value, junk, pick]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return junk;
    const keys = Object.keys(value);
    const key = keys[pick % Math.max(keys.length, 1)] ?? 'extra';
    return { ...(value as Record<string, unknown>), [key]: junk };
  });
}
