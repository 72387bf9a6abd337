import { z } from 'zod';
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
} as const satisfies Record<string, MethodSpec>;
