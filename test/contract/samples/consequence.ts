import { expect } from 'vitest';
import { completeTest, draftWithTest, salary, staff } from './fixtures';
import type { SomeSamples } from './sample';

/** Consequence tests (Uji Konsekuensi): drafted by the clerk, concluded by the PPID. */
export const consequenceSamples = {
  'consequence.list': {
    input: async (ctx) => {
      await draftWithTest(ctx);
      return {};
    },
    check: (tests) => expect(tests).toHaveLength(1),
  },
  'consequence.get': {
    input: async (ctx) => ({ id: (await draftWithTest(ctx)).test.id }),
    check: (test) => expect(test.missing).toEqual([]),
  },
  'consequence.create': {
    input: async (ctx) => {
      await (await staff(ctx)).as('budi');
      const draft = await ctx.call('exemption.create', { fields: salary });
      return { fields: completeTest([draft.entryId]) };
    },
  },
  'consequence.update': {
    input: async (ctx) => {
      const { draft, test } = await draftWithTest(ctx);
      return { id: test.id, fields: { ...completeTest([draft.entryId]), place: 'Aula kantor' }, expectedVersion: test.version };
    },
    check: (test) => expect(test.place).toBe('Aula kantor'),
  },
  'consequence.conclude': {
    input: async (ctx) => {
      const made = await draftWithTest(ctx);
      await made.as('rina');
      return { id: made.test.id, expectedVersion: made.test.version };
    },
    check: (test) => expect(test.concludedBy).toBe('Rina Marlina'),
  },
  'consequence.sheet': { input: async (ctx) => ({ id: (await draftWithTest(ctx)).test.id }) },
} satisfies SomeSamples;
