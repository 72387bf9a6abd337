import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ExportedFile } from '../../../shared/domain/export';
import type { PlaceFields } from '../../../shared/domain/place';
import { filledOrdner, ordnerFields } from './fixtures';
import type { SampleContext, SomeSamples } from './sample';

const lemari: PlaceFields = { name: 'Lemari A', kind: 'lemari', parentId: null, description: 'Ruang arsip lantai 2' };

/** A generated PDF fetched by its download id over the transport under test, and its text as pdftotext reads it. */
async function printedText(file: ExportedFile, ctx: SampleContext): Promise<string> {
  expect(file).toMatchObject({ contentType: 'application/pdf', url: `/download/${file.fileId}` });
  const bytes = await ctx.harness.download(file.url);
  expect(bytes.length).toBe(file.size);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const path = join(ctx.scratch(), file.name);
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Places, ordners, their printouts (by download id) and find-by-code. */
export const ordnerSamples = {
  'place.list': {
    input: async ({ call }) => {
      await call('place.create', { fields: lemari });
      return {};
    },
    check: (places) => expect(places.map((p) => p.name)).toEqual(['Lemari A']),
  },
  'place.create': { input: () => ({ fields: lemari }) },
  'place.update': {
    input: async ({ call }) => {
      const place = await call('place.create', { fields: lemari });
      return { id: place.id, fields: { ...lemari, name: 'Lemari B' }, expectedVersion: place.version };
    },
    check: (place) => expect(place.name).toBe('Lemari B'),
  },
  'ordner.list': {
    input: async (ctx) => {
      await filledOrdner(ctx);
      return {};
    },
    check: (ordners) => expect(ordners.map((o) => [o.code, o.documentCount])).toEqual([['DIK-2025-01', 1]]),
  },
  'ordner.get': { input: async (ctx) => ({ id: (await filledOrdner(ctx)).ordner.id }), check: (o) => expect(o.documents).toHaveLength(1) },
  'ordner.create': { input: () => ({ fields: ordnerFields }) },
  'ordner.update': {
    input: async ({ call }) => {
      const ordner = await call('ordner.create', { fields: ordnerFields });
      return { id: ordner.id, fields: { ...ordnerFields, colour: 'biru' }, expectedVersion: ordner.version };
    },
    check: (ordner) => expect(ordner.colour).toBe('biru'),
  },
  'ordner.labels': {
    input: async (ctx) => {
      const { ordner } = await filledOrdner(ctx);
      const narrow = await ctx.call('ordner.create', { fields: { ...ordnerFields, code: 'DIP-2025-01', title: 'DIP 2025', spineCm: 5 } });
      return { ids: [ordner.id, narrow.id], paper: 'a4' as const };
    },
    check: async (file, ctx) => {
      expect(file.name).toBe('label-punggung-2-ordner.pdf');
      const text = await printedText(file, ctx);
      expect(text).toContain('DIK-2025-01');
      expect(text).toContain('DIP-2025-01');
      // Both widths share one sheet (issue 12 item 7), its heading naming the paper.
      expect(text).toContain('Label punggung ordner (A4)');
    },
  },
  'ordner.index': {
    input: async (ctx) => ({ id: (await filledOrdner(ctx)).ordner.id }),
    check: async (file, ctx) => {
      expect(file.name).toBe('daftar-isi-ordner-DIK-2025-01.pdf');
      const text = await printedText(file, ctx);
      expect(text).toContain('DAFTAR ISI ORDNER');
      expect(text).toMatch(/2\s+1\s+NSK-2025-0001\s+800\/12\/2025\s+03-03-2025\s+SK PPID tentang Daftar Informasi/);
      expect(text).toContain('Tertutup');
    },
  },
  'ordner.lookup': {
    input: async (ctx) => {
      await filledOrdner(ctx);
      return { code: 'dik-2025-01' };
    },
  },
} satisfies SomeSamples;
