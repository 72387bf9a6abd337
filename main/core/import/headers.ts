import type { ImportMapping, ImportTarget } from '../../../shared/domain/entryImport';

/** Lower case, accents folded, punctuation to spaces: "Pejabat/Unit/Satker" → "pejabat unit satker". */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Rule = [test: RegExp, target: ImportTarget];

/**
 * Header names agencies print (DOMAIN "The two lists") and their usual variants, most specific
 * first. Sub-column rules are tried on the lower header row of a two-row header before the whole label.
 */
const subRules: Rule[] = [
  [/^(cetak|tercetak|hard ?copy|hc)$/, 'formatCetak'],
  [/^(rekam|terekam|rekaman|soft ?copy|sc|elektronik)$/, 'formatRekam'],
  [/^(online|daring|website|situs)$/, 'formatOnline'],
  [/^(retensi )?aktif( tahun)?$/, 'retensiAktif'],
  [/^(retensi )?in ?aktif( tahun)?$/, 'retensiInaktif'],
  [/\bdibuka\b/, 'dikKonsekuensiDibuka'],
  [/\bditutup\b/, 'dikKonsekuensiDitutup'],
  [/^(keterangan akhir|nasib akhir|keterangan)$/, 'disposisi'],
  [/^waktu( pembuatan)?$/, 'waktu'],
  [/^tempat( pembuatan)?$/, 'tempat'],
];

const rules: Rule[] = [
  [/^(no|nomor|no urut|nomor urut)$/, 'number'],
  [/\bkategori\b/, 'category'],
  [/dasar hukum/, 'dikDasarHukum'],
  [/konsekuensi.*dibuka|dibuka/, 'dikKonsekuensiDibuka'],
  [/konsekuensi.*ditutup|ditutup/, 'dikKonsekuensiDitutup'],
  [/jangka waktu pengecualian|masa pengecualian|jangka waktu dikecualikan/, 'dikJangkaWaktu'],
  [/^jangka waktu$|^jangka waktu informasi dikecualikan$/, 'dikJangkaWaktu'],
  [/retensi|jangka waktu penyimpanan|masa simpan|jangka simpan/, 'retensi'],
  [/ringkasan|isi informasi|uraian/, 'ringkasan'],
  [/menguasai|penguasa|unit kerja|satker|pejabat unit|^unit$|^bidang$|^pejabat$/, 'unit'],
  [/penanggung ?jawab/, 'penanggungJawab'],
  [/waktu.*tempat|tempat.*waktu/, 'waktuTempat'],
  [/tempat pembuatan|^tempat$/, 'tempat'],
  [/waktu pembuatan|^waktu$|^tanggal|^tgl/, 'waktu'],
  [/(bentuk|format) informasi|^bentuk$|^format$/, 'bentuk'],
  [/jenis media|media yang memuat|^media$|^tautan|^link|^url$/, 'jenisMedia'],
  [/kode klasifikasi|kode arsip|klasifikasi arsip|^kode$/, 'kodeKlasifikasi'],
  [/keterangan akhir|nasib akhir|disposisi/, 'disposisi'],
  [/^(tag|tags|label|kata kunci)$/, 'tags'],
  [/^tahun$|tahun informasi|tahun pembuatan/, 'year'],
  // The DIK's own column: what is withheld, as written. rows.ts derives a title from it when no title column exists.
  [/^((rincian |daftar )?informasi( yang)? dikecualikan|informasi)$/, 'dikInformasi'],
  [/^(judul|judul informasi|jenis informasi|nama informasi|judul dokumen|nama dokumen)$/, 'judul'],
  [/^judul|jenis informasi/, 'judul'],
  [/^(keterangan|ket|catatan)$/, 'notes'],
];

function ruleTarget(list: Rule[], label: string): ImportTarget | null {
  const text = normalizeLabel(label);
  if (text === '') return null;
  for (const [test, target] of list) if (test.test(text)) return target;
  return null;
}

/** Words of a heading: what counts toward recognising the header row. */
export function labelTarget(top: string, sub: string): ImportTarget {
  if (sub !== '' && sub !== top) {
    const fromSub = ruleTarget(subRules, sub) ?? ruleTarget(rules, sub);
    if (fromSub) return fromSub;
  }
  return ruleTarget(rules, top) ?? ruleTarget(subRules, top) ?? 'ignore';
}

/** A numbering row under the header ("1 2 3 4 5 6 7" or "(1) (2) …"): not data. */
export function isNumberingRow(row: readonly string[]): boolean {
  const cells = row.filter((cell) => cell !== '');
  if (cells.length < 3) return false;
  return cells.every((cell, i) => normalizeLabel(cell) === String(i + 1));
}

export function columnLabels(
  rows: readonly string[][],
  mapping: Pick<ImportMapping, 'headerRow' | 'headerDepth'>,
): { label: string; top: string; sub: string }[] {
  const header = rows.slice(mapping.headerRow - 1, mapping.headerRow - 1 + mapping.headerDepth);
  const width = Math.max(0, ...rows.map((row) => row.length));
  const labels: { label: string; top: string; sub: string }[] = [];
  for (let c = 0; c < width; c += 1) {
    const parts: string[] = [];
    for (const row of header) {
      const cell = row[c] ?? '';
      if (cell !== '' && !parts.includes(cell)) parts.push(cell);
    }
    const top = header[0]?.[c] ?? '';
    const sub = mapping.headerDepth > 1 ? (header[mapping.headerDepth - 1]?.[c] ?? '') : '';
    labels.push({ label: parts.join(' · '), top, sub });
  }
  return labels;
}

function targetsFor(rows: readonly string[][], headerRow: number, headerDepth: number): ImportTarget[] {
  const labels = columnLabels(rows, { headerRow, headerDepth });
  const seen = new Set<ImportTarget>();
  return labels.map(({ top, sub }) => {
    let target = labelTarget(top, sub);
    // A second column with the same meaning is kept out rather than overwriting the first.
    if (target !== 'ignore' && seen.has(target)) target = 'ignore';
    seen.add(target);
    return target;
  });
}

function score(targets: readonly ImportTarget[]): number {
  return targets.filter((t) => t !== 'ignore' && t !== 'number').length;
}

/**
 * Finds the header row among the first rows (title rows above it are skipped) and whether the
 * row beneath belongs to it (two-row merged headers such as Bentuk → Cetak · Rekam · Online).
 */
export function detectMapping(rows: readonly string[][]): ImportMapping | null {
  let best: ImportMapping | null = null;
  let bestScore = 1;
  const limit = Math.min(rows.length, 30);
  for (let r = 1; r <= limit; r += 1) {
    const row = rows[r - 1] ?? [];
    if (row.filter((cell) => cell !== '').length < 2) continue;
    for (const depth of [1, 2]) {
      if (depth === 2) {
        const below = rows[r] ?? [];
        // The lower row of a two-row header is short words under merged cells, never a numbering row.
        if (isNumberingRow(below) || !below.some((cell, c) => cell !== '' && cell !== row[c] && ruleTarget(subRules, cell) !== null))
          continue;
      }
      const targets = targetsFor(rows, r, depth);
      const s = score(targets) + (depth === 2 ? 0.5 : 0);
      if (s > bestScore) {
        bestScore = s;
        best = { headerRow: r, headerDepth: depth, targets };
      }
    }
  }
  return best;
}

/** The same headers give the same key: how a remembered mapping is found for the next file. */
export function shapeOf(rows: readonly string[][], mapping: Pick<ImportMapping, 'headerRow' | 'headerDepth'>): string[] {
  return columnLabels(rows, mapping).map((column) => normalizeLabel(column.label));
}
