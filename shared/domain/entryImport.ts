import { z } from 'zod';
import { uploadRefSchema } from './upload';
import { entryCategorySchema } from './entry';

/**
 * Where one column of an imported list goes. `number` (the "No" column) and `ignore` are read
 * but never stored; `waktuTempat` splits "Waktu dan Tempat Pembuatan" into waktu and tempat;
 * `retensi` is the retention text, from which active/inactive years are read where written.
 */
export const importTargets = [
  'ignore',
  'number',
  'category',
  'judul',
  'ringkasan',
  'unit',
  'penanggungJawab',
  'waktuTempat',
  'waktu',
  'tempat',
  'bentuk',
  'formatCetak',
  'formatRekam',
  'formatOnline',
  'jenisMedia',
  'retensi',
  'retensiAktif',
  'retensiInaktif',
  'disposisi',
  'kodeKlasifikasi',
  'tags',
  'notes',
  'year',
  'dikInformasi',
  'dikDasarHukum',
  'dikKonsekuensiDibuka',
  'dikKonsekuensiDitutup',
  'dikJangkaWaktu',
] as const;
export const importTargetSchema = z.enum(importTargets);
export type ImportTarget = z.infer<typeof importTargetSchema>;

/** What the officer chose in the preview: the header row and a target per column (by position). */
export const importMappingSchema = z
  .object({
    headerRow: z.number().int().min(1).max(100),
    /** Rows the header spans (two-row merged headers take 2). */
    headerDepth: z.number().int().min(1).max(3),
    targets: z.array(importTargetSchema).max(200),
  })
  .strict();
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importRequestSchema = z
  .object({
    upload: uploadRefSchema,
    /** Worksheet name; the first sheet with data when absent. */
    sheet: z.string().max(200).optional(),
    /** Category for rows before any section heading (and for files without sections). */
    category: entryCategorySchema.optional(),
    /** The officer's mapping from a previous preview; detected (or remembered) when absent. */
    mapping: importMappingSchema.optional(),
  })
  .strict();
export type ImportRequest = z.infer<typeof importRequestSchema>;

export const importProblemSchema = z.object({
  /** The entry field (or column target) at fault. */
  field: z.string(),
  message: z.string(),
  messageEn: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importRowSchema = z.object({
  /** Row number as the spreadsheet shows it (1-based). */
  row: z.number().int().positive(),
  category: entryCategorySchema,
  judul: z.string(),
  unit: z.string(),
  problems: z.array(importProblemSchema),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importColumnSchema = z.object({
  index: z.number().int().nonnegative(),
  /** Header text as written (both header rows joined for two-row headers). */
  label: z.string(),
  target: importTargetSchema,
  /** A few values from the first data rows, so the officer can see what the column holds. */
  sample: z.array(z.string()),
});
export type ImportColumn = z.infer<typeof importColumnSchema>;

export const importPreviewSchema = z.object({
  fileName: z.string(),
  sheets: z.array(z.string()),
  sheet: z.string(),
  mapping: importMappingSchema,
  columns: z.array(importColumnSchema),
  /** True when the mapping came from the last import of a file with the same headers. */
  remembered: z.boolean(),
  read: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  /** Section heading rows recognised ("A. Informasi … Berkala"). */
  sections: z.number().int().nonnegative(),
  /** Rows with problems first, then the first accepted rows; at most a few hundred. */
  rows: z.array(importRowSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  importId: z.number().int().positive().nullable(),
  read: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  rejectedRows: z.array(importRowSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const rememberedMappingSchema = z.object({
  shapeKey: z.string(),
  headers: z.array(z.string()),
  mapping: importMappingSchema,
  usedAt: z.string(),
});
export type RememberedMapping = z.infer<typeof rememberedMappingSchema>;
