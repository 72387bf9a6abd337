import { describe, expect, it } from 'vitest';
import { openTiff } from '../../renderer/features/documents/tiff';
import { multiPageTiff } from '../support/tiffPages';

const pages = [
  { width: 120, height: 170, ink: [200, 30, 30] as [number, number, number] },
  { width: 120, height: 170, ink: [30, 30, 200] as [number, number, number] },
  { width: 170, height: 120, ink: [30, 150, 30] as [number, number, number] },
];

/** The copy the viewer gets from fetch(): a plain ArrayBuffer of exactly the file. */
function arrayBuffer(bytes: Buffer): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

function pixel(page: { width: number; rgba: Uint8ClampedArray }, x: number, y: number): number[] {
  const at = (y * page.width + x) * 4;
  return [...page.rgba.subarray(at, at + 4)];
}

describe('TIFF pages in the viewer', () => {
  it('decodes every page of a multi-page scan, each with its own size and pixels', () => {
    const bytes = multiPageTiff(pages);
    const doc = openTiff(arrayBuffer(bytes));
    expect(doc.numPages).toBe(3);
    const sizes = [0, 1, 2].map((i) => doc.page(i)).map((p) => [p.width, p.height]);
    expect(sizes).toEqual([
      [120, 170],
      [120, 170],
      [170, 120],
    ]);
    expect(pixel(doc.page(0), 60, 30)).toEqual([200, 30, 30, 255]);
    expect(pixel(doc.page(1), 60, 30)).toEqual([30, 30, 200, 255]);
    expect(pixel(doc.page(2), 5, 5)).toEqual([248, 248, 248, 255]);
  });

  it('decodes a page again after it left the cache', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ width: 80, height: 60, ink: [i * 40, 0, 0] as [number, number, number] }));
    const bytes = multiPageTiff(many);
    const doc = openTiff(arrayBuffer(bytes));
    const first = pixel(doc.page(0), 40, 30);
    for (let i = 1; i < 6; i += 1) doc.page(i);
    expect(pixel(doc.page(0), 40, 30)).toEqual(first);
    expect(pixel(doc.page(5), 40, 30)).toEqual([200, 0, 0, 255]);
  });

  it('refuses bytes that hold no image', () => {
    const bytes = multiPageTiff([]);
    expect(() => openTiff(arrayBuffer(bytes))).toThrow();
  });
});
