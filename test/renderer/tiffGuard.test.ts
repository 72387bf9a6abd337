import { describe, expect, it } from 'vitest';
import { openTiff } from '../../renderer/features/documents/tiff';

/** The 210-byte TIFF of issue 13 item 6: one page claiming 100000×100000 pixels. */
function hugeTiff(): ArrayBuffer {
  const out = new DataView(new ArrayBuffer(210));
  out.setUint16(0, 0x4949);
  out.setUint16(2, 42, true);
  out.setUint32(4, 8, true);
  out.setUint16(8, 3, true);
  const entry = (i: number, tag: number, value: number) => {
    out.setUint16(10 + i * 12, tag, true);
    out.setUint16(12 + i * 12, 4, true);
    out.setUint32(14 + i * 12, 1, true);
    out.setUint32(18 + i * 12, value, true);
  };
  entry(0, 256, 100_000);
  entry(1, 257, 100_000);
  entry(2, 273, 60);
  return out.buffer;
}

describe('the TIFF viewer never decodes a page claiming an absurd size', () => {
  it('refuses the page at once instead of allocating 40 GB', () => {
    const doc = openTiff(hugeTiff());
    expect(doc.numPages).toBe(1);
    const started = performance.now();
    expect(() => doc.page(0)).toThrow(/claims more than/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
