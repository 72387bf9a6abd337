import { z } from 'zod';

/** Kinds of organisational unit a body's PPID structure uses; roles differ per body (DOMAIN "Who and what"). */
export const unitKinds = ['ppid_utama', 'ppid_pelaksana', 'bidang', 'bagian', 'satker', 'lainnya'] as const;
export const unitKindSchema = z.enum(unitKinds);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const unitFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: 'v.required' }).max(200, { message: 'v.tooLong' }),
  kind: unitKindSchema,
  head: z.string().trim().max(200, { message: 'v.tooLong' }),
  active: z.boolean(),
});

export const unitSchema = unitFieldsSchema.extend({
  id: z.number().int().positive(),
  version: z.number().int().nonnegative(),
  updatedAt: z.string(),
});

export type UnitFields = z.infer<typeof unitFieldsSchema>;
export type Unit = z.infer<typeof unitSchema>;
