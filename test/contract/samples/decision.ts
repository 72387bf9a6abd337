import { expect } from 'vitest';
import { approvedExemption, decidedExemption, pdfBytes, skFields } from './fixtures';
import type { SomeSamples } from './sample';

/** Decisions (SK) fixing approved exemptions, with their signed scans. */
export const decisionSamples = {
  'decision.list': {
    input: async (ctx) => {
      await decidedExemption(ctx);
      return {};
    },
    check: (decisions) => expect(decisions.map((d) => d.number)).toEqual([skFields.number]),
  },
  'decision.create': {
    input: async (ctx) => {
      const made = await approvedExemption(ctx);
      return { fields: { ...skFields, entryIds: [made.draft.entryId], testIds: [made.test.id] } };
    },
    check: (decision) => expect(decision.numberLooksRight).toBe(true),
  },
  'decision.attachScan': {
    input: async (ctx) => {
      const { decision } = await decidedExemption(ctx);
      return { id: decision.id, upload: await ctx.stage(await pdfBytes(1, 'sk-bertanda-tangan'), 'SK.pdf') };
    },
    check: (decision) => expect(decision.scanSha256).toMatch(/^[0-9a-f]{64}$/),
  },
} satisfies SomeSamples;
