import { expect } from 'vitest';
import { dipEdition, dipEntry, editionDecision } from './fixtures';
import type { SomeSamples } from './sample';

/** Printing, exporting and publishing: every generated file is fetched back by its download id. */
export const exportSamples = {
  'export.list': {
    input: async (ctx) => {
      await dipEntry(ctx);
      return { list: 'dip', format: 'csv', year: 2026 };
    },
    check: async (file, ctx) => expect((await ctx.harness.download(file.url)).toString('utf8')).toContain('Profil PPID'),
  },
  'edition.publish': {
    input: async (ctx) => {
      await dipEntry(ctx);
      return { list: 'dip', year: 2026, decision: editionDecision };
    },
  },
  'edition.preview': {
    input: async (ctx) => {
      await dipEntry(ctx);
      return { list: 'dip', year: 2026 };
    },
    check: (preview) => {
      expect(preview.rowCount).toBe(1);
      expect(preview.undecided).toBe(0);
    },
  },
  'edition.list': {
    input: async (ctx) => {
      await dipEdition(ctx);
      return {};
    },
    check: (editions) => expect(editions).toHaveLength(1),
  },
  'edition.get': { input: async (ctx) => ({ id: (await dipEdition(ctx)).id }) },
  'edition.diff': { input: async (ctx) => ({ id: (await dipEdition(ctx)).id }) },
  'edition.diffPdf': {
    input: async (ctx) => ({ id: (await dipEdition(ctx)).id, paper: 'f4' }),
    check: async (file, ctx) => expect((await ctx.harness.download(file.url)).subarray(0, 5).toString('latin1')).toBe('%PDF-'),
  },
  'publish.package': {
    input: async (ctx) => ({ editionId: (await dipEdition(ctx)).id }),
    check: async (file, ctx) => expect((await ctx.harness.download(file.url)).subarray(0, 2).toString('latin1')).toBe('PK'),
  },
} satisfies SomeSamples;
