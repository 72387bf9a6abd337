import { z } from 'zod';
import { entryFieldsSchema, entryHistoryItemSchema, entryListInputSchema, entryPageSchema, entrySchema } from '../../domain/entry';
import { importPreviewSchema, importRequestSchema, importResultSchema, rememberedMappingSchema } from '../../domain/entryImport';
import type { MethodSpec } from '../methodSpec';

const entryId = z.number().int().positive();
const expectedVersion = z.number().int().nonnegative();

/** The register (DIP and exempted entries): listing, editing with optimistic versions, soft delete, history, import. */
export const registerContract = {
  'entry.list': { input: entryListInputSchema, output: entryPageSchema },
  'entry.get': { input: z.object({ id: entryId }).strict(), output: entrySchema },
  'entry.create': { input: z.object({ fields: entryFieldsSchema }).strict(), output: entrySchema },
  /** Refused with `conflict` when the entry changed since `expectedVersion` (another window saved first). */
  'entry.update': {
    input: z.object({ id: entryId, fields: entryFieldsSchema, expectedVersion }).strict(),
    output: entrySchema,
  },
  /** Inline quick fix of some fields; the same version rule as entry.update. */
  'entry.patch': {
    input: z.object({ id: entryId, patch: entryFieldsSchema.partial().strict(), expectedVersion }).strict(),
    output: entrySchema,
  },
  'entry.delete': { input: z.object({ id: entryId, expectedVersion }).strict(), output: entrySchema },
  'entry.restore': { input: z.object({ id: entryId, expectedVersion }).strict(), output: entrySchema },
  'entry.history': { input: z.object({ id: entryId }).strict(), output: z.array(entryHistoryItemSchema) },
  /** Distinct years present, newest first, for the year filter. */
  'entry.years': { input: z.object({}).strict(), output: z.array(z.number().int()) },

  /** Reads a staged .xlsx/.csv and shows what would be imported; writes nothing. */
  'import.preview': { input: importRequestSchema, output: importPreviewSchema },
  /** Imports every accepted row in one transaction and one audit event; `dryRun` only counts. */
  'import.commit': {
    input: importRequestSchema.extend({ dryRun: z.boolean().default(false) }).strict(),
    output: importResultSchema,
  },
  'import.mappings': { input: z.object({}).strict(), output: z.array(rememberedMappingSchema) },
} as const satisfies Record<string, MethodSpec>;
