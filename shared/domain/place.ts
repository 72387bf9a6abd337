import { z } from 'zod';

/** Where paper stands: a lemari (cabinet) or a rak (shelf), named by the office; a rak may sit inside a lemari. */
export const placeKinds = ['lemari', 'rak'] as const;
export const placeKindSchema = z.enum(placeKinds);

export const placeFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: 'v.required' }).max(120, { message: 'v.tooLong' }),
  kind: placeKindSchema,
  parentId: z.number().int().positive().nullable(),
  description: z.string().trim().max(500, { message: 'v.tooLong' }),
});
export type PlaceFields = z.infer<typeof placeFieldsSchema>;

export const placeSchema = placeFieldsSchema.extend({
  id: z.number().int().positive(),
  version: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type Place = z.infer<typeof placeSchema>;
