import { z } from 'zod';
import { uploadRefSchema } from './upload';
import { entryCategorySchema } from './entry';
import { importDecisionSchema, importDikReadingSchema } from './dikImport';

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
  /** The decision that set the exemption as a DIK cites it (KPU kabupaten's DASAR: "169/Kpts/KPU/TAHUN 2015"). */
  'dikKeputusan',
  /** A DIP's "Jangkawaktu disediakan": when the information is provided; names the category when it says so. */
  'penyediaan',
  /** One of a DIP's per-category columns ("Wajib diumumkan secara berkala"): a mark there gives the row that category. */
  'categoryFlag',
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

export const importListSchema = z.enum(['dip', 'dik']);
export type ImportList = z.infer<typeof importListSchema>;

export const importRequestSchema = z
  .object({
    upload: uploadRefSchema,
    /** Worksheet name or 1-based position ("2"); the first sheet with data when absent. */
    sheet: z.string().max(200).optional(),
    /** Every sheet with data, each into the list it holds (a workbook with a DIP sheet and a DIK sheet). */
    allSheets: z.boolean().optional(),
    /**
     * The list, when the file does not say (title, sheet name, columns): an ambiguous file is never
     * defaulted. With `allSheets`, `sheetLists` names it per sheet and this covers the rest.
     */
    list: importListSchema.optional(),
    sheetLists: z.record(z.string().max(200), importListSchema).optional(),
    /**
     * Rows of a file that reads as a DIK (title, sheet name or DIK columns) are refused from a
     * public category unless the call says so here: the DIP holds no exempted information.
     */
    allowPublicDespiteDik: z.boolean().optional(),
    /** Category for DIP rows before any section heading (and for files without sections); `dikecualikan` means the DIK. */
    category: entryCategorySchema.optional(),
    /** The officer's mapping from a previous preview; detected (or remembered) when absent. */
    mapping: importMappingSchema.optional(),
    /** The local SK that set the DIK being imported: its rows become exemptions fixed by it (issue 11 item 2). */
    decision: importDecisionSchema.optional(),
    /** The upstream decision that set it ("169/Kpts/KPU/TAHUN 2015"), standing for every DIK row; a row's own DASAR column otherwise. */
    upstreamDecision: z.string().trim().max(500, { message: 'v.tooLong' }).optional(),
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

/**
 * A DIK row's own columns as written, each separately and unparsed, so the exemption lifecycle
 * can read grounds, consequences and the period from them (and flag what it cannot read).
 */
export const importDikTextSchema = z.object({
  informasi: z.string(),
  dasarHukum: z.string(),
  konsekuensiDibuka: z.string(),
  konsekuensiDitutup: z.string(),
  jangkaWaktu: z.string(),
  /** The decision the row cites (KPU's DASAR column), empty when none. */
  keputusan: z.string(),
});
export type ImportDikText = z.infer<typeof importDikTextSchema>;

export const importRowSchema = z.object({
  /** Row number as the spreadsheet shows it (1-based). */
  row: z.number().int().positive(),
  category: entryCategorySchema,
  judul: z.string(),
  unit: z.string(),
  problems: z.array(importProblemSchema),
  /** Present on rows going into the DIK. */
  dik: importDikTextSchema.optional(),
  /** What the exemption will hold, read from `dik` (grounds, period, end date) and what to review. */
  dikReading: importDikReadingSchema.optional(),
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

/** One sign of which list a sheet holds: a title row, the sheet's name, a column or a section heading. */
export const importListReasonSchema = z.object({
  kind: z.enum(['title', 'sheet', 'column', 'section']),
  list: importListSchema,
  /** The words as written in the file. */
  text: z.string(),
});
export type ImportListReason = z.infer<typeof importListReasonSchema>;

/** Which list a sheet goes into, and why, in both languages. */
export const importListOutcomeSchema = z.object({
  /** What the file says; null when nothing in it tells. */
  detected: importListSchema.nullable(),
  /** Where the rows would go; null while the officer still has to choose. */
  list: importListSchema.nullable(),
  /** The file does not say and the call did not choose: the preview asks, a commit is refused. */
  needsChoice: z.boolean(),
  /** The file reads as a DIK and the call asks for a public category without `allowPublicDespiteDik`. */
  refused: z.boolean(),
  reasons: z.array(importListReasonSchema),
  message: z.string(),
  messageEn: z.string(),
});
export type ImportListOutcome = z.infer<typeof importListOutcomeSchema>;

const categoryCountsSchema = z.partialRecord(entryCategorySchema, z.number().int().nonnegative());

export const importSheetPreviewSchema = z.object({
  sheet: z.string(),
  list: importListOutcomeSchema,
  mapping: importMappingSchema,
  columns: z.array(importColumnSchema),
  /** True when the mapping came from the last import of a file with the same headers. */
  remembered: z.boolean(),
  read: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  /** Section heading rows recognised ("A. Informasi … Berkala"). */
  sections: z.number().int().nonnegative(),
  /** Accepted rows per category. */
  byCategory: categoryCountsSchema,
  /** Rows with problems first, then the first accepted rows; at most a few hundred. */
  rows: z.array(importRowSchema),
});
export type ImportSheetPreview = z.infer<typeof importSheetPreviewSchema>;

/** The chosen sheet's preview at the top level; `parts` holds every sheet read (one, or all with `allSheets`). */
export const importPreviewSchema = importSheetPreviewSchema.extend({
  fileName: z.string(),
  sheets: z.array(z.string()),
  parts: z.array(importSheetPreviewSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  importId: z.number().int().positive().nullable(),
  read: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  rejectedRows: z.array(importRowSchema),
  parts: z.array(
    z.object({
      sheet: z.string(),
      list: importListSchema,
      read: z.number().int().nonnegative(),
      imported: z.number().int().nonnegative(),
      rejected: z.number().int().nonnegative(),
      byCategory: categoryCountsSchema,
      /** Which list and why, as the preview said it. */
      message: z.string(),
      messageEn: z.string(),
      /** DIK rows: fixed by a decision (the SK or an upstream one), awaiting the decision that set them, with points to review. */
      exemptions: z
        .object({
          decided: z.number().int().nonnegative(),
          awaiting: z.number().int().nonnegative(),
          toReview: z.number().int().nonnegative(),
        })
        .optional(),
    }),
  ),
  /** The SK recorded with the import (null when none was given, or on a dry run). */
  decisionId: z.number().int().positive().nullable(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const rememberedMappingSchema = z.object({
  shapeKey: z.string(),
  headers: z.array(z.string()),
  mapping: importMappingSchema,
  usedAt: z.string(),
});
export type RememberedMapping = z.infer<typeof rememberedMappingSchema>;
