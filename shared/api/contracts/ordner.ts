import { z } from 'zod';
import { codeHitSchema, documentSchema } from '../../domain/document';
import { exportedFileSchema, paperSizeSchema } from '../../domain/export';
import { ordnerFieldsSchema, ordnerSchema } from '../../domain/ordner';
import { placeFieldsSchema, placeSchema } from '../../domain/place';
import type { MethodSpec } from '../methodSpec';

const noInput = z.object({}).strict();
const id = z.number().int().positive();
const versionSchema = z.number().int().nonnegative();

/** Places, ordners, their printed spine labels and daftar isi, and find-by-code. */
export const ordnerContract = {
  'place.list': { input: noInput, output: z.array(placeSchema) },
  'place.create': { input: z.object({ fields: placeFieldsSchema }).strict(), output: placeSchema },
  'place.update': { input: z.object({ id, fields: placeFieldsSchema, expectedVersion: versionSchema }).strict(), output: placeSchema },

  'ordner.list': { input: noInput, output: z.array(ordnerSchema) },
  /** One ordner with its documents in filing order (sekat, nomor urut). */
  'ordner.get': { input: z.object({ id }).strict(), output: z.object({ ordner: ordnerSchema, documents: z.array(documentSchema) }) },
  'ordner.create': { input: z.object({ fields: ordnerFieldsSchema }).strict(), output: ordnerSchema },
  'ordner.update': { input: z.object({ id, fields: ordnerFieldsSchema, expectedVersion: versionSchema }).strict(), output: ordnerSchema },
  /** Label punggung for the chosen ordners, laid out on A4 for their spine width: a PDF waiting at `/download/<fileId>`. */
  'ordner.labels': {
    input: z.object({ ids: z.array(id).min(1).max(200), paper: paperSizeSchema.default('a4') }).strict(),
    output: exportedFileSchema,
  },
  /** Daftar isi ordner, A4: a PDF waiting at `/download/<fileId>`. */
  'ordner.index': { input: z.object({ id }).strict(), output: exportedFileSchema },
  /** What a typed or barcode-scanned code opens. */
  'ordner.lookup': { input: z.object({ code: z.string().trim().min(1).max(60) }).strict(), output: codeHitSchema },
} as const satisfies Record<string, MethodSpec>;
