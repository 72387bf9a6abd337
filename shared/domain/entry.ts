import { z } from 'zod';

/**
 * The categories of the register (UU 14/2008 Pasal 9, 10, 11, 17), in the order agencies print them.
 * Exempted entries live in the same register; the exemption issue adds their workflow.
 */
export const entryCategories = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'] as const;
export const entryCategorySchema = z.enum(entryCategories);
export type EntryCategory = z.infer<typeof entryCategorySchema>;

/** Bentuk Informasi yang Tersedia: paper, electronic, or both. */
export const bentukValues = ['hardcopy', 'softcopy', 'both'] as const;
export const bentukSchema = z.enum(bentukValues);
export type Bentuk = z.infer<typeof bentukSchema>;

/** Final disposition from the retention schedule (JRA). */
export const dispositionValues = ['musnah', 'dinilai_kembali', 'permanen'] as const;
export const dispositionSchema = z.enum(dispositionValues);
export type Disposition = z.infer<typeof dispositionSchema>;

const text = (max: number) => z.string().trim().max(max, { message: 'v.tooLong' });
const years = z.number().int().min(0, { message: 'v.invalid' }).max(999, { message: 'v.invalid' });
export const entryYearSchema = z.number().int().min(1900, { message: 'v.invalid' }).max(2200, { message: 'v.invalid' });

/**
 * One piece of information the body holds. Text columns keep what the officer (or the
 * imported list) wrote; structured values (year, retention years) sit beside them where given.
 * The dik* columns are the DIK table's own columns, kept as written for exempted entries.
 */
export const entryFieldsSchema = z.object({
  category: entryCategorySchema,
  judul: text(500).min(1, { message: 'v.required' }),
  ringkasan: text(5000),
  /** A unit from settings; when null, `unitText` names the holder as written. */
  unitId: z.number().int().positive().nullable(),
  unitText: text(300),
  penanggungJawab: text(300),
  /** Waktu pembuatan as written ("2024", "Januari 2024", "Setiap tahun"). */
  waktu: text(200),
  tempat: text(200),
  bentuk: bentukSchema.nullable(),
  formatCetak: z.boolean(),
  formatRekam: z.boolean(),
  formatOnline: z.boolean(),
  /** Jenis media: a URL or text such as "Tersedia di masing-masing Bidang". */
  jenisMedia: text(1000),
  retensiAktif: years.nullable(),
  retensiInaktif: years.nullable(),
  retensiText: text(500),
  disposisi: dispositionSchema.nullable(),
  kodeKlasifikasi: text(60),
  tags: z.array(text(60).min(1, { message: 'v.required' })).max(30, { message: 'v.tooLong' }),
  notes: text(5000),
  /** The year the information belongs to (DIP 2025), for filters and yearly updates. */
  year: entryYearSchema.nullable(),
  dikInformasi: text(2000),
  dikDasarHukum: text(2000),
  dikKonsekuensiDibuka: text(5000),
  dikKonsekuensiDitutup: text(5000),
  dikJangkaWaktu: text(500),
});
export type EntryFields = z.infer<typeof entryFieldsSchema>;

export const entrySchema = entryFieldsSchema.extend({
  id: z.number().int().positive(),
  /** Name of the unit `unitId` points at, for display; null without a unit. */
  unitName: z.string().nullable(),
  /** For exempted information: where it stands in the exemption workflow; null when it has no workflow record. */
  exemptionStatus: z.enum(['draft', 'submitted', 'approved', 'returned', 'opened']).nullable(),
  /** The DIP entry an opened (declassified) entry became. */
  openedTo: z.number().int().positive().nullable(),
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set when soft-deleted; entries are never hard-deleted. */
  deletedAt: z.string().nullable(),
  importId: z.number().int().positive().nullable(),
});
export type Entry = z.infer<typeof entrySchema>;

/** A blank entry of a category: what the "new entry" form starts from. */
export function emptyEntryFields(category: EntryCategory = 'berkala', year: number | null = null): EntryFields {
  return {
    category,
    judul: '',
    ringkasan: '',
    unitId: null,
    unitText: '',
    penanggungJawab: '',
    waktu: '',
    tempat: '',
    bentuk: null,
    formatCetak: false,
    formatRekam: false,
    formatOnline: false,
    jenisMedia: '',
    retensiAktif: null,
    retensiInaktif: null,
    retensiText: '',
    disposisi: null,
    kodeKlasifikasi: '',
    tags: [],
    notes: '',
    year,
    dikInformasi: '',
    dikDasarHukum: '',
    dikKonsekuensiDibuka: '',
    dikKonsekuensiDitutup: '',
    dikJangkaWaktu: '',
  };
}

export const entryFieldNames = Object.keys(entryFieldsSchema.shape) as (keyof EntryFields)[];

/** The heading a printed register puts above each category (DOMAIN "The two lists"). */
export const categoryHeadings: Record<EntryCategory, string> = {
  berkala: 'Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala',
  serta_merta: 'Informasi yang Wajib Diumumkan Secara Serta Merta',
  setiap_saat: 'Informasi yang Wajib Tersedia Setiap Saat',
  dikecualikan: 'Informasi yang Dikecualikan',
};

// ---- Listing -------------------------------------------------------------------------------

export const entrySorts = ['number', 'judul', 'year', 'updated'] as const;
export const entrySortSchema = z.enum(entrySorts);
export type EntrySort = z.infer<typeof entrySortSchema>;

export const deletedFilters = ['active', 'deleted', 'all'] as const;
export const deletedFilterSchema = z.enum(deletedFilters);
export type DeletedFilter = z.infer<typeof deletedFilterSchema>;

export const entryFilterSchema = z
  .object({
    /** Words typed in the search box; every word must match (prefix), accents ignored. */
    search: z.string().max(200, { message: 'v.tooLong' }).default(''),
    category: entryCategorySchema.nullable().default(null),
    unitId: z.number().int().positive().nullable().default(null),
    year: entryYearSchema.nullable().default(null),
    bentuk: bentukSchema.nullable().default(null),
    deleted: deletedFilterSchema.default('active'),
  })
  .strict();
export type EntryFilterInput = z.input<typeof entryFilterSchema>;
export type EntryFilter = z.output<typeof entryFilterSchema>;

export const entryListInputSchema = entryFilterSchema
  .extend({
    sort: entrySortSchema.default('number'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    /** Rows under category headings (the printed order) before the chosen sort. */
    grouped: z.boolean().default(true),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
    /** Counts per category under the same filter: the renderer places the group headings with them. */
    withCounts: z.boolean().default(true),
  })
  .strict();
export type EntryListInput = z.input<typeof entryListInputSchema>;
export type EntryListQuery = z.output<typeof entryListInputSchema>;

export const categoryCountSchema = z.object({ category: entryCategorySchema, count: z.number().int().nonnegative() });
export type CategoryCount = z.infer<typeof categoryCountSchema>;

export const entryPageSchema = z.object({
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  rows: z.array(entrySchema),
  /** In category order; empty when `withCounts` was false. */
  counts: z.array(categoryCountSchema),
});
export type EntryPage = z.infer<typeof entryPageSchema>;

// ---- History -------------------------------------------------------------------------------

export const fieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** One change of an entry, from the audit trail: who, when, before → after per field. */
export const entryHistoryItemSchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  changes: z.array(fieldChangeSchema),
});
export type EntryHistoryItem = z.infer<typeof entryHistoryItemSchema>;
