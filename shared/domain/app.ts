import { z } from 'zod';
import { timeZoneSchema } from './timeZone';

export const appInfoSchema = z.object({
  appVersion: z.string(),
  archiveDir: z.string(),
  schemaVersion: z.number().int(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  auditHead: z.string().nullable(),
  /** The body's calendar date now, by main's clock (LEMARI_CLOCK) in its time zone: what forms default dates to. */
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The body's zone (set in its profile, else read from its place): every time shown on screen is in it. */
  timeZone: timeZoneSchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;
