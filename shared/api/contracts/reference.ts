import { z } from 'zod';
import { documentTypeNameSchema, documentTypeSchema } from '../../domain/documentType';
import { groundEditSchema, groundSchema } from '../../domain/pasal17';
import type { MethodSpec } from '../methodSpec';

const id = z.number().int().positive();
const none = z.object({}).strict();

/** The legal reference data exemptions rest on: Pasal 17 grounds and other statutes. */
export const referenceContract = {
  'reference.grounds': { input: z.object({ includeInactive: z.boolean().default(false) }).strict(), output: z.array(groundSchema) },
  'reference.updateGround': { input: z.object({ ground: groundEditSchema }).strict(), output: groundSchema },
  'reference.statutes': { input: none, output: z.array(z.object({ id, text: z.string(), active: z.boolean() })) },
  'reference.saveStatute': {
    input: z
      .object({
        id: id.nullable(),
        text: z.string().trim().min(1, { message: 'v.required' }).max(300, { message: 'v.tooLong' }),
        active: z.boolean(),
      })
      .strict(),
    output: z.object({ id, text: z.string(), active: z.boolean() }),
  },
  /** Jenis dokumen: the pick list of the exemption form and the classes of Klasifikasi. */
  'reference.documentTypes': {
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    output: z.array(documentTypeSchema),
  },
  /** Adds, renames or (de)activates a jenis dokumen; case and spaces are normalised, one class per name whatever its case. */
  'reference.saveDocumentType': {
    input: z.object({ id: id.nullable(), name: documentTypeNameSchema, active: z.boolean() }).strict(),
    output: documentTypeSchema,
  },
} as const satisfies Record<string, MethodSpec>;
