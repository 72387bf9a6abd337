import { z } from 'zod';
import { decisionFieldsSchema, decisionSchema } from '../../domain/exemption';
import { uploadRefSchema } from '../../domain/upload';
import { decisionListQuerySchema } from '../../domain/listFilter';
import type { MethodSpec } from '../methodSpec';

const id = z.number().int().positive();

/** Decisions (SK): the penetapan fixing approved exemptions, with the signed scan in the vault. */
export const decisionContract = {
  'decision.list': { input: decisionListQuerySchema, output: z.array(decisionSchema) },
  /**
   * Records an SK fixing approved entries; the duration of SK-anchored periods then runs from its date.
   * `scan`, a staged upload of the signed SK, is stored in the vault in the same transaction.
   */
  'decision.create': {
    input: z.object({ fields: decisionFieldsSchema, scan: uploadRefSchema.nullable().default(null) }).strict(),
    output: decisionSchema,
  },
  /** Attaches (or replaces) the signed scan of a recorded SK: stored in the vault, its hash kept on the decision. */
  'decision.attachScan': { input: z.object({ id, upload: uploadRefSchema }).strict(), output: decisionSchema },
} as const satisfies Record<string, MethodSpec>;
