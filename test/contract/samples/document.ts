import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { defaultVaultConfig } from '../../../shared/domain/vault';
import { pngBytes } from '../../vault/fixtures';
import { aDocument, dipEntry, documentFields, documentWithScans, filledOrdner, pdfBytes } from './fixtures';
import type { SampleContext, SomeSamples } from './sample';

/** A scanner folder holding one settled scan (saved a minute ago), configured as the inbox. */
async function scannerFolder(ctx: SampleContext) {
  const folder = ctx.scratch();
  const path = join(folder, 'SCAN_0001.png');
  writeFileSync(path, pngBytes(30, 30, [200, 210, 220]));
  const past = new Date(Date.now() - 60_000);
  utimesSync(path, past, past);
  await ctx.call('vault.configure', { config: { ...defaultVaultConfig, inboxDir: folder } });
}

/** The scanner folder, scanned; answers the waiting item. */
async function scannedInbox(ctx: SampleContext) {
  await scannerFolder(ctx);
  await ctx.call('inbox.scan', {});
  const item = (await ctx.call('inbox.list', {})).items[0];
  if (!item) throw new Error('the scanner inbox listed nothing');
  return item;
}

async function linked(ctx: SampleContext) {
  const document = await aDocument(ctx);
  const entry = await dipEntry(ctx);
  await ctx.call('document.linkEntry', { id: document.id, entryId: entry.id, year: 2026 });
  return { document, entry };
}

/** Documents (naskah), their scans and paper place, and the scanner inbox. */
export const documentSamples = {
  'document.list': {
    input: async (ctx) => {
      await aDocument(ctx);
      return { query: 'daftar informasi' };
    },
    check: (documents) => expect(documents.map((d) => d.title)).toEqual([documentFields.title]),
  },
  'document.get': {
    input: async (ctx) => ({ id: (await documentWithScans(ctx)).document.id }),
    check: (d) => expect(d.files).toHaveLength(2),
  },
  'document.create': { input: () => ({ fields: documentFields }) },
  'document.update': {
    input: async (ctx) => {
      const document = await aDocument(ctx);
      return { id: document.id, fields: { ...documentFields, sheetCount: 3 }, expectedVersion: document.version };
    },
    check: (document) => expect(document.sheetCount).toBe(3),
  },
  'document.addFile': {
    input: async (ctx) => ({
      id: (await aDocument(ctx)).id,
      role: 'original',
      upload: await ctx.stage(await pdfBytes(1, 'scan'), 'SCAN.pdf'),
    }),
    check: (detail) => expect(detail.files.map((f) => f.name)).toEqual(['SCAN.pdf']),
  },
  'document.removeFile': {
    input: async (ctx) => {
      const { document, hashes } = await documentWithScans(ctx);
      return { id: document.id, role: 'original', sha256: hashes[0] ?? '' };
    },
    check: (detail) => expect(detail.files).toHaveLength(1),
  },
  'document.reorderFiles': {
    input: async (ctx) => {
      const { document, hashes } = await documentWithScans(ctx);
      return { id: document.id, role: 'original', order: [...hashes].reverse() };
    },
    check: (detail) => expect(detail.files.map((f) => f.name)).toEqual(['SCAN_0002.pdf', 'SCAN_0001.pdf']),
  },
  'document.move': {
    input: async (ctx) => {
      const { ordner } = await filledOrdner(ctx);
      return { id: (await aDocument(ctx)).id, target: { ordnerId: ordner.id, sekat: 2, seq: null } };
    },
    check: (detail) => expect(detail.filing).toMatchObject({ sekat: 2, seq: 2 }),
  },
  'document.linkEntry': {
    input: async (ctx) => ({ id: (await aDocument(ctx)).id, entryId: (await dipEntry(ctx)).id, year: 2026 }),
  },
  'document.unlinkEntry': {
    input: async (ctx) => {
      const { document, entry } = await linked(ctx);
      return { id: document.id, entryId: entry.id };
    },
  },
  'document.byEntry': {
    input: async (ctx) => ({ entryId: (await linked(ctx)).entry.id }),
    check: (years) => expect(years.map((y) => [y.year, y.documents.length])).toEqual([[2026, 1]]),
  },
  'inbox.list': {
    input: async (ctx) => {
      await scannedInbox(ctx);
      return {};
    },
    check: (state) => expect(state.items.map((i) => i.name)).toEqual(['SCAN_0001.png']),
  },
  'inbox.scan': {
    input: async (ctx) => {
      await scannerFolder(ctx);
      return {};
    },
    check: (scan) => expect(scan.changes).toBe(1),
  },
  'inbox.assign': {
    input: async (ctx) => ({ itemId: (await scannedInbox(ctx)).id, newDocument: { ...documentFields, title: 'Surat masuk' } }),
    check: (detail) => expect(detail.files.map((f) => f.name)).toEqual(['SCAN_0001.png']),
  },
} satisfies SomeSamples;
