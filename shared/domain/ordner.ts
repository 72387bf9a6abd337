import { z } from 'zod';

/** Kode klasifikasi arsip as offices write them (Permendagri 83/2022 "000.1.2.3", KPU "PY.01.01"); empty when not yet classified. */
export const classificationCodeSchema = z
  .string()
  .trim()
  .max(40, { message: 'v.tooLong' })
  .regex(/^[A-Za-z0-9./\- ]*$/, { message: 'v.classification' });

/** An ordner's code as printed on its spine and typed by a barcode scanner, e.g. DIK-2025-01. */
export const ordnerCodeSchema = z
  .string()
  .trim()
  .min(1, { message: 'v.required' })
  .max(40, { message: 'v.tooLong' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9./-]*$/, { message: 'v.code' })
  .transform((code) => code.toUpperCase());

export const ordnerAccess = ['terbuka', 'tertutup'] as const;
export const ordnerColours = ['biru', 'merah', 'hijau', 'kuning', 'hitam', 'abu', 'oranye', 'ungu'] as const;
export const spineWidths = [5, 8] as const;

const year = z.number().int().min(1945, { message: 'v.year' }).max(2200, { message: 'v.year' });

export const ordnerFieldsSchema = z
  .object({
    code: ordnerCodeSchema,
    title: z.string().trim().min(1, { message: 'v.required' }).max(200, { message: 'v.tooLong' }),
    unitId: z.number().int().positive().nullable(),
    classificationCode: classificationCodeSchema,
    yearFrom: year,
    yearTo: year,
    /** Tertutup: holds exempted originals; kept apart and never lent without the PPID. */
    access: z.enum(ordnerAccess),
    /** Capacity in sheets (lembar); the shelf view's fill level counts documents' sheets against it. */
    capacitySheets: z.number().int().min(1, { message: 'v.invalid' }).max(5000, { message: 'v.invalid' }),
    colour: z.enum(ordnerColours),
    spineCm: z.union([z.literal(5), z.literal(8)]),
    placeId: z.number().int().positive().nullable(),
  })
  .refine((o) => o.yearTo >= o.yearFrom, { message: 'v.yearOrder', path: ['yearTo'] });
export type OrdnerFields = z.input<typeof ordnerFieldsSchema>;
export type OrdnerFieldsParsed = z.output<typeof ordnerFieldsSchema>;

export const ordnerSchema = z.object({
  id: z.number().int().positive(),
  code: z.string(),
  title: z.string(),
  unitId: z.number().int().positive().nullable(),
  unitName: z.string().nullable(),
  classificationCode: z.string(),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  access: z.enum(ordnerAccess),
  capacitySheets: z.number().int(),
  colour: z.enum(ordnerColours),
  spineCm: z.union([z.literal(5), z.literal(8)]),
  placeId: z.number().int().positive().nullable(),
  documentCount: z.number().int().nonnegative(),
  sheetCount: z.number().int().nonnegative(),
  version: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type Ordner = z.infer<typeof ordnerSchema>;

/** "2025" or "2023–2025" as printed on a spine. */
export function ordnerYears(o: { yearFrom: number; yearTo: number }): string {
  return o.yearFrom === o.yearTo ? String(o.yearFrom) : `${String(o.yearFrom)}–${String(o.yearTo)}`;
}

/** How full an ordner is, 0..1 (more than full reads as 1). */
export function fillLevel(o: { sheetCount: number; capacitySheets: number }): number {
  return Math.min(1, o.sheetCount / Math.max(1, o.capacitySheets));
}

/** Usual sheet capacity of a lever-arch file by spine width. */
export function defaultCapacity(spineCm: 5 | 8): number {
  return spineCm === 5 ? 350 : 600;
}
