import { describe, expect, it } from 'vitest';
import { paginate, type PageGeometry } from './paginate';

const geometry: PageGeometry = {
  firstTop: 100,
  top: 30,
  bottom: 560,
  headerHeight: 20,
  lineHeight: 10,
  padding: 2,
  signatureHeight: 118,
};

describe('paginate: the signature block never stands alone on a page', () => {
  it('breaks a tall last row earlier when it fills the last page on its own', () => {
    // Page 2 holds only the rest of one tall row, down to the bottom: no room for the signature.
    const { pages, signatureY } = paginate([{ lines: 43 + 50, keepWithNext: false }], geometry);
    const last = pages[pages.length - 1] ?? [];
    expect(last.length).toBeGreaterThan(0);
    expect(signatureY + geometry.signatureHeight).toBeLessThanOrEqual(geometry.bottom);
    // Every line is placed exactly once.
    const lines = pages.flat().reduce((sum, p) => sum + (p.toLine - p.fromLine), 0);
    expect(lines).toBe(93);
  });

  it('carries the last whole row (with its heading) over when the table ends near the bottom', () => {
    const blocks = [...Array.from({ length: 41 }, () => ({ lines: 1, keepWithNext: false }))];
    const { pages } = paginate(blocks, geometry);
    expect(pages.length).toBe(2);
    expect(pages[1]?.length).toBeGreaterThan(0);
  });
});
