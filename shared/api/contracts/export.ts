import { z } from 'zod';
import {
  editionDiffSchema,
  editionPreviewInputSchema,
  editionPreviewSchema,
  editionPublishInputSchema,
  editionSchema,
} from '../../domain/edition';
import { exportedFileSchema, exportRequestSchema, paperSizeSchema } from '../../domain/export';
import type { MethodSpec } from '../methodSpec';

const editionId = z.number().int().positive();
/** Chosen by the caller so it can follow its own `job.progressed` events. */
const jobId = z.string().min(1).max(64).optional();

/** Printing, exporting and publishing the DIP and DIK: files, editions, the website package. */
export const exportContract = {
  /** Makes a PDF, XLSX, CSV, JSON or HTML of a list and answers where to download it. */
  'export.list': { input: exportRequestSchema.extend({ jobId }).strict(), output: exportedFileSchema },
  /** "Tetapkan & Terbitkan": freezes the list of a year with its decision into an edition. */
  'edition.publish': { input: editionPublishInputSchema, output: editionSchema },
  /** What publishing would freeze now (rows, incomplete public entries, undecided exemptions); changes nothing. */
  'edition.preview': { input: editionPreviewInputSchema, output: editionPreviewSchema },
  'edition.list': { input: z.object({}).strict(), output: z.array(editionSchema) },
  'edition.get': { input: z.object({ id: editionId }).strict(), output: editionSchema },
  /** Added / changed / removed / opened against the previous edition of the same list. */
  'edition.diff': { input: z.object({ id: editionId }).strict(), output: editionDiffSchema },
  'edition.diffPdf': { input: z.object({ id: editionId, paper: paperSizeSchema.default('a4') }).strict(), output: exportedFileSchema },
  /** The website package (zip) of an edition, for download. */
  'publish.package': {
    input: z.object({ editionId, jobId }).strict(),
    output: exportedFileSchema.extend({ fileCount: z.number().int().nonnegative() }),
  },
} as const satisfies Record<string, MethodSpec>;
