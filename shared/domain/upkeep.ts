import { z } from 'zod';
import { blobContentTypeSchema, sha256Schema } from './vault';

/** What a crash can leave behind that the start removed (main/core/support/leftovers.ts). */
export const leftoverKinds = ['test_restore', 'restore_staging', 'backup_partial', 'upload', 'export_temp'] as const;
/** Why the archive's folder is a risky home for the live database. */
export const locationRisks = ['removable', 'network', 'synced'] as const;

/** What this start of the archive found: leftovers swept, and where the archive lives. */
export const startupNoticesSchema = z.object({
  leftovers: z.array(z.object({ kind: z.enum(leftoverKinds), path: z.string() })),
  locationRisk: z.enum(locationRisks).nullable(),
});
export type StartupNotices = z.infer<typeof startupNoticesSchema>;

/**
 * A scan the scanner inbox copied into the vault that nobody assigned: the file left the scanner folder
 * without going into a document, and nothing else (a document, an SK, an edition) uses its bytes. It
 * still rides in every backup until the PPID removes it.
 */
export const unassignedScanSchema = z.object({
  sha256: sha256Schema,
  size: z.number().int().nonnegative(),
  contentType: blobContentTypeSchema.nullable(),
  /** The names it had in the scanner folder (the same bytes can arrive twice). */
  names: z.array(z.string()),
  firstSeenAt: z.string(),
});
export type UnassignedScan = z.infer<typeof unassignedScanSchema>;
