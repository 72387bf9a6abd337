import { describe, expect, it } from 'vitest';
import { skNumberPattern } from './exemption';

describe('SK number shapes', () => {
  it('recognises the shapes offices use', () => {
    for (const n of ['300.2.11 / 1864 / IV / 2025', '555/112/Diskominfo-SP/IV/2025', '1050 Tahun 2024', '188.45/123/KPU-Kab/2024'])
      expect(skNumberPattern.test(n), n).toBe(true);
  });
  it('leaves what is clearly not a number to a hint', () => {
    for (const n of ['SK PPID', '2025', 'nomor menyusul']) expect(skNumberPattern.test(n), n).toBe(false);
  });
});
