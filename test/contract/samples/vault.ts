import { expect } from 'vitest';
import { defaultVaultConfig } from '../../../shared/domain/vault';
import { documentWithScans } from './fixtures';
import type { SampleContext, SomeSamples } from './sample';

/** The check runs in the background: wait until it is recorded, so the archive is not closed under it. */
async function finished(ctx: SampleContext) {
  await expect.poll(async () => (await ctx.call('vault.checks', {})).length, { timeout: 10_000 }).toBeGreaterThan(0);
}

/** The vault's state, preferences and integrity check. */
export const vaultSamples = {
  'vault.status': { input: () => ({}) },
  'vault.configure': {
    input: () => ({ config: { ...defaultVaultConfig, maxFileMb: 200 } }),
    check: (config) => expect(config.maxFileMb).toBe(200),
  },
  'vault.verify': { input: () => ({}), check: (_job, ctx) => finished(ctx) },
  'vault.checks': {
    input: async (ctx) => {
      await documentWithScans(ctx);
      await ctx.call('vault.verify', {});
      await finished(ctx);
      return { limit: 5 };
    },
    check: (checks) => expect(checks).toMatchObject([{ ok: 2, clean: true }]),
  },
  'vault.blob': {
    input: async (ctx) => ({ sha256: (await documentWithScans(ctx)).hashes[0] ?? '' }),
    check: (blob) => expect(blob).toMatchObject({ contentType: 'application/pdf', name: 'SCAN_0001.pdf' }),
  },
} satisfies SomeSamples;
