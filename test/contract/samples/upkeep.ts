import { readdirSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { defaultVaultConfig } from '../../../shared/domain/vault';
import { pngBytes } from '../../vault/fixtures';
import type { SampleContext, SomeSamples } from './sample';

/** A scan the inbox copied into the vault, then deleted from the scanner folder unassigned; answers its hash. */
export async function unassignedScan(ctx: SampleContext): Promise<string> {
  const folder = ctx.scratch();
  const path = join(folder, 'SCAN_0042.png');
  writeFileSync(path, pngBytes(24, 24, [90, 120, 150]));
  const past = new Date(Date.now() - 60_000);
  utimesSync(path, past, past);
  await ctx.call('vault.configure', { config: { ...defaultVaultConfig, inboxDir: folder } });
  await ctx.call('inbox.scan', {});
  const item = (await ctx.call('inbox.list', {})).items[0];
  if (!item?.sha256) throw new Error('the scanner inbox took nothing in');
  for (const name of readdirSync(folder)) unlinkSync(join(folder, name));
  await ctx.call('inbox.scan', {});
  return item.sha256;
}

/** The start's notices and inbox scans nobody assigned (issue 13 #7). */
export const upkeepSamples = {
  'app.startup': {
    input: () => ({}),
    // A fresh archive in the temp folder: nothing swept, no risky place.
    check: (notices) => expect(notices).toEqual({ leftovers: [], locationRisk: null }),
  },
  'inbox.unassigned': {
    input: async (ctx) => {
      await unassignedScan(ctx);
      return {};
    },
    check: (scans) => expect(scans.map((s) => s.names)).toEqual([['SCAN_0042.png']]),
  },
  'inbox.discard': {
    input: async (ctx) => ({ sha256: await unassignedScan(ctx) }),
    check: async (removed, ctx) => {
      expect(removed.size).toBeGreaterThan(0);
      expect(await ctx.call('inbox.unassigned', {})).toEqual([]);
    },
  },
} satisfies SomeSamples;
