import type { ImportListReason, ImportTarget } from '../../../shared/domain/entryImport';
import { normalizeLabel } from './headers';

/** Words of a title or sheet name that name the DIK (DOMAIN "Real lists as offices keep them"). */
const DIK_TITLE =
  /\b(dikecualikan|pengecualian|pengujian konsekuensi|uji konsekuensi|informasi yang dikecualikan|rahasia jabatan)\b|\bdik\b/;
const DIP_TITLE = /\bdaftar informasi publik\b|\binformasi publik\b|\bdip\b|\binformasi (yang wajib|berkala|serta merta|setiap saat)\b/;

/** Column targets only a DIK has, and those only a DIP has. A bare "Dasar Hukum" alone decides nothing. */
const DIK_COLUMNS: readonly ImportTarget[] = ['dikKonsekuensiDibuka', 'dikKonsekuensiDitutup', 'dikKeputusan'];
const DIP_COLUMNS: readonly ImportTarget[] = [
  'ringkasan',
  'waktuTempat',
  'waktu',
  'tempat',
  'bentuk',
  'formatCetak',
  'formatRekam',
  'formatOnline',
  'jenisMedia',
  'retensi',
  'retensiAktif',
  'retensiInaktif',
  'penyediaan',
  'categoryFlag',
];

/** Header words that name the DIK even where the target is shared ("Jangka Waktu Pengecualian" vs a bare "Jangka Waktu"). */
const DIK_LABEL = /pengecualian|dikecualikan|konsekuensi|indikator/;

export interface ListDecision {
  /** What the file says: null when neither title, sheet name nor columns tell. */
  list: 'dip' | 'dik' | null;
  reasons: ImportListReason[];
}

/**
 * Reads which list a sheet holds from its title rows (above the header), its name and its
 * columns. Any DIK sign decides DIK, even against DIP signs: exempted information must never be
 * taken for public information (UU 14/2008 Pasal 11 ayat 1 huruf a), so a doubt errs that way.
 */
export function decideList(
  sheet: string,
  titleRows: readonly string[][],
  columns: readonly { label: string; target: ImportTarget }[],
): ListDecision {
  const reasons: ImportListReason[] = [];
  for (const row of titleRows) {
    for (const cell of new Set(row.filter((text) => text !== ''))) {
      const t = normalizeLabel(cell);
      // "… tentang Daftar Informasi Publik dan Informasi yang Dikecualikan": a decree on both lists says neither.
      if (DIK_TITLE.test(t) && DIP_TITLE.test(t) && /\bdan\b/.test(t)) continue;
      if (DIK_TITLE.test(t)) reasons.push({ kind: 'title', list: 'dik', text: cell });
      else if (DIP_TITLE.test(t)) reasons.push({ kind: 'title', list: 'dip', text: cell });
    }
  }
  const name = normalizeLabel(sheet);
  if (DIK_TITLE.test(name)) reasons.push({ kind: 'sheet', list: 'dik', text: sheet });
  else if (DIP_TITLE.test(name)) reasons.push({ kind: 'sheet', list: 'dip', text: sheet });
  for (const column of columns) {
    const label = normalizeLabel(column.label);
    if (column.target === 'ignore' || column.target === 'number') continue;
    if (DIK_COLUMNS.includes(column.target) || DIK_LABEL.test(label)) reasons.push({ kind: 'column', list: 'dik', text: column.label });
    else if (DIP_COLUMNS.includes(column.target)) reasons.push({ kind: 'column', list: 'dip', text: column.label });
  }
  const list = reasons.some((r) => r.list === 'dik') ? 'dik' : reasons.some((r) => r.list === 'dip') ? 'dip' : null;
  return { list, reasons };
}
