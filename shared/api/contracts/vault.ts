import { z } from 'zod';
import { blobSchema, sha256Schema, vaultCheckSchema, vaultConfigSchema, vaultStatusSchema } from '../../domain/vault';
import type { MethodSpec } from '../methodSpec';

const noInput = z.object({}).strict();

/** The vault: its state and preferences, and Periksa Keutuhan (progress arrives as `job.progressed`). */
export const vaultContract = {
  'vault.status': { input: noInput, output: vaultStatusSchema },
  'vault.configure': { input: z.object({ config: vaultConfigSchema }).strict(), output: vaultConfigSchema },
  /** Starts a check in the background (or joins the running one); `vault.verified` tells when it ends. */
  'vault.verify': { input: noInput, output: z.object({ jobId: z.string() }) },
  'vault.checks': { input: z.object({ limit: z.number().int().min(1).max(100).default(10) }).strict(), output: z.array(vaultCheckSchema) },
  'vault.blob': { input: z.object({ sha256: sha256Schema }).strict(), output: blobSchema },
} as const satisfies Record<string, MethodSpec>;
