import type { Ordner } from '../../../shared/domain/ordner';

/** Screen colours of ordner spines, matching the printed labels. */
export const spineColour: Record<Ordner['colour'], { bg: string; fg: string }> = {
  biru: { bg: '#1f5fae', fg: '#fff' },
  merah: { bg: '#b3261e', fg: '#fff' },
  hijau: { bg: '#2e7d32', fg: '#fff' },
  kuning: { bg: '#e0a800', fg: '#000' },
  hitam: { bg: '#222222', fg: '#fff' },
  abu: { bg: '#757575', fg: '#fff' },
  oranye: { bg: '#e8710a', fg: '#fff' },
  ungu: { bg: '#6a3d9a', fg: '#fff' },
};
