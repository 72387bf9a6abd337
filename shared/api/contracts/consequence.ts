import { z } from 'zod';
import { exportedFileSchema } from '../../domain/export';
import { consequenceTestSchema, testConclusionFieldsSchema, testFieldsSchema } from '../../domain/exemption';
import { testListQuerySchema } from '../../domain/listFilter';
import type { MethodSpec } from '../methodSpec';

const id = z.number().int().positive();
const expectedVersion = z.number().int().nonnegative();

/** Uji Konsekuensi (Pasal 19): tests covering one or more entries, concluded and then frozen. */
export const consequenceContract = {
  'consequence.list': { input: testListQuerySchema, output: z.array(consequenceTestSchema) },
  'consequence.get': { input: z.object({ id }).strict(), output: consequenceTestSchema },
  'consequence.create': { input: z.object({ fields: testFieldsSchema }).strict(), output: consequenceTestSchema },
  'consequence.update': { input: z.object({ id, fields: testFieldsSchema, expectedVersion }).strict(), output: consequenceTestSchema },
  /**
   * Refused while anything in `missing` remains; a concluded test is frozen. `fields` are what the
   * meeting writes as it concludes (needs only the conclude right, not edit); an empty period of a
   * "dikecualikan" finding is taken from the covered items' Jangka Waktu.
   */
  'consequence.conclude': {
    input: z.object({ id, expectedVersion, fields: testConclusionFieldsSchema.optional() }).strict(),
    output: consequenceTestSchema,
  },
  /** The Lembar Pengujian Konsekuensi as a PDF ready to sign: a generated file fetched from `/download/<fileId>`. */
  'consequence.sheet': { input: z.object({ id }).strict(), output: exportedFileSchema },
} as const satisfies Record<string, MethodSpec>;
