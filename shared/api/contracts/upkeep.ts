import { z } from 'zod';
import { startupNoticesSchema, unassignedScanSchema } from '../../domain/upkeep';
import { sha256Schema } from '../../domain/vault';
import type { MethodSpec } from '../methodSpec';

const noInput = z.object({}).strict();

/** Keeping the archive tidy (issue 13 #7): what the start found, and inbox scans nobody assigned. */
export const upkeepContract = {
  /** Leftovers of a crash removed at this start, and a warning when the archive sits on a stick, share or synced folder. */
  'app.startup': { input: noInput, output: startupNoticesSchema },
  /** Scans the inbox copied into the vault that left the scanner folder unassigned and nothing uses. */
  'inbox.unassigned': { input: noInput, output: z.array(unassignedScanSchema) },
  /** Removes one such scan from the vault (row and file), audited; refused for a scan anything uses. */
  'inbox.discard': {
    input: z.object({ sha256: sha256Schema }).strict(),
    output: z.object({ sha256: sha256Schema, size: z.number().int().nonnegative() }),
  },
} as const satisfies Record<string, MethodSpec>;
