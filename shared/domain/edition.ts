import { z } from 'zod';
import { nipSchema } from './agency';
import { dipRequiredColumns } from './dipColumns';
import { listKindSchema } from './export';
import { uploadRefSchema } from './upload';

/**
 * An edition is the DIP or DIK of one year as established by a decision (SK): frozen when the
 * officer presses "Tetapkan & Terbitkan" and never changed afterwards (the table refuses UPDATE
 * and DELETE). Prints, the website package and the diff are made from the frozen snapshot.
 */
const text = (max: number) => z.string().trim().max(max, { message: 'v.tooLong' });

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'v.invalid' });

export const editionDecisionSchema = z
  .object({
    /** "300.2.11 / 1864 / IV / 2025". */
    number: text(120).min(1, { message: 'v.required' }),
    date: isoDateSchema,
    place: text(100).min(1, { message: 'v.required' }),
    signerPosition: text(200).min(1, { message: 'v.required' }),
    signerName: text(200).min(1, { message: 'v.required' }),
    signerNip: nipSchema,
  })
  .strict();
export type EditionDecision = z.infer<typeof editionDecisionSchema>;

export const editionPublishInputSchema = z
  .object({
    list: listKindSchema,
    year: z.number().int().min(1900, { message: 'v.invalid' }).max(2200, { message: 'v.invalid' }),
    decision: editionDecisionSchema,
    /** The signed SK, scanned (PDF, JPEG or PNG); it goes into the website package. */
    scan: uploadRefSchema.nullable().default(null),
  })
  .strict();
export type EditionPublishInput = z.input<typeof editionPublishInputSchema>;

export const editionPreviewInputSchema = editionPublishInputSchema.pick({ list: true, year: true }).strict();

/** What "Tetapkan & Terbitkan" would freeze now: shown in the confirmation before it cannot be undone. */
export const editionPreviewSchema = z.object({
  list: listKindSchema,
  year: z.number().int(),
  rowCount: z.number().int().nonnegative(),
  /** Public entries that would print a blank required column ("belum lengkap"). */
  incomplete: z.array(z.object({ entryId: z.number().int().positive(), judul: z.string(), missing: z.array(z.enum(dipRequiredColumns)) })),
  /** Exempted entries not yet decided by an SK, which a DIK edition leaves out. */
  undecided: z.number().int().nonnegative(),
});
export type EditionPreview = z.infer<typeof editionPreviewSchema>;

export const editionSchema = z.object({
  id: z.number().int().positive(),
  list: listKindSchema,
  year: z.number().int(),
  decision: editionDecisionSchema,
  scanName: z.string().nullable(),
  scanSha256: z.string().nullable(),
  rowCount: z.number().int().nonnegative(),
  /** SHA-256 of the frozen snapshot (canonical JSON). */
  snapshotSha256: z.string(),
  auditHead: z.string().nullable(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  /** The edition of the same list before this one, which the diff compares against. */
  previousId: z.number().int().positive().nullable(),
});
export type Edition = z.infer<typeof editionSchema>;

export const diffKinds = ['added', 'changed', 'removed', 'opened'] as const;
export const diffKindSchema = z.enum(diffKinds);
export type DiffKind = z.infer<typeof diffKindSchema>;

export const diffItemSchema = z.object({
  kind: diffKindSchema,
  entryId: z.number().int().positive(),
  label: z.string(),
  /** Printed column → before / after, for `changed`. */
  changes: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
});
export type DiffItem = z.infer<typeof diffItemSchema>;

export const editionDiffSchema = z.object({
  editionId: z.number().int().positive(),
  previousId: z.number().int().positive().nullable(),
  items: z.array(diffItemSchema),
  counts: z.object({ added: z.number().int(), changed: z.number().int(), removed: z.number().int(), opened: z.number().int() }),
});
export type EditionDiff = z.infer<typeof editionDiffSchema>;

/** What `publish.package` wrote: the folder, the zip beside it, and the files inside. */
export const websitePackageSchema = z.object({
  folder: z.string(),
  zip: z.string(),
  zipSha256: z.string(),
  files: z.array(z.object({ name: z.string(), size: z.number().int().nonnegative(), sha256: z.string() })),
});
export type WebsitePackage = z.infer<typeof websitePackageSchema>;
