import { z } from 'zod';

export const appInfoSchema = z.object({
  appVersion: z.string(),
  archiveDir: z.string(),
  schemaVersion: z.number().int(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  auditHead: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
