import type { ImportMapping, ImportTarget } from '../../../shared/domain/entryImport';

/** Lower case, accents folded, punctuation to spaces: "Pejabat/Unit/Satker" → "pejabat unit satker". */
export function normalizeLabel(text: string): string {
  // The same few values repeat down a list ("√", a unit's name, a retention phrase): folded once each.
  const known = labelCache.get(text);
  if (known !== undefined) return known;
  const folded = fold(text);
  if (labelCache.size >= 10_000) labelCache.clear();
  labelCache.set(text, folded);
  return folded;
}

const labelCache = new Map<string, string>();

function fold(text: string): string {
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
  // DIK columns first: their labels contain words ("informasi", "klasifikasi", "jangka waktu") that DIP rules also know.
  [/^(jenis |rincian |daftar )?(klasifikasi )?informasi( publik)?( yang)? dikecualikan$|^(konten|esensi)( informasi)?$/, 'dikInformasi'],
  // KPU lists: HASIL UJI KONSEKUENSI holds what the upstream test exempted, DASAR the Keputusan that did it.
  [/^(hasil )?uji konsekuensi$/, 'dikInformasi'],
  [/dasar hukum|pertimbangan sesuai indikator|^alasan( pengecualian| dikecualikan)?$|^dasar( pengecualian)?$/, 'dikDasarHukum'],
  [/^dasar (penetapan|keputusan)$|^sk penetapan$/, 'dikKeputusan'],
  // A column per category, ticked or naming it ("WAJIB DIUMUMKAN SECARA BERKALA"): read as the row's category.
  [/^(wajib )?(di ?umumkan|di ?sediakan|tersedia)( secara)? (berkala|serta ?merta|setiap ?saat)$/, 'categoryFlag'],
  [/konsekuensi.*dibuka|akibat.*dibuka|^konsekuensi\b(?!.*ditutup)/, 'dikKonsekuensiDibuka'],
  [/konsekuensi.*ditutup|manfaat.*ditutup/, 'dikKonsekuensiDitutup'],
  [/^(konsekuensi )?(apabila |jika )?dibuka$/, 'dikKonsekuensiDibuka'],
  [/^(konsekuensi )?(apabila |jika )?ditutup$/, 'dikKonsekuensiDitutup'],
  [/(jangka ?waktu|masa|batas waktu) (pengecualian|dikecualikan)|^jangka ?waktu informasi dikecualikan$|^batas waktu$/, 'dikJangkaWaktu'],
  [/\bkategori\b|^klasifikasi( informasi)?$|^jenis kategori$/, 'category'],
  [/jangka ?waktu (di ?sediakan|penyediaan)|waktu penyediaan|^tersedia$/, 'penyediaan'],
  // A bare "Jangka Waktu": the exemption's period in a DIK, retention in a DIP (retargeted once the list is known).
  [/^jangka ?waktu$/, 'dikJangkaWaktu'],
  [/retensi|jangka ?waktu penyimpanan|masa simpan|jangka simpan/, 'retensi'],
  [/ringkasan|isi informasi|uraian/, 'ringkasan'],
  [/menguasai|penguasa|unit kerja|satker|pejabat unit|^unit$|^bidang$|^pejabat$/, 'unit'],
  [/penanggung ?jawab|penerbit informasi|^penerbit$/, 'penanggungJawab'],
  [/waktu.*tempat|tempat.*waktu/, 'waktuTempat'],
  [/tempat pembuatan|^tempat$/, 'tempat'],
  [/waktu pembuatan|^waktu$|^tanggal|^tgl/, 'waktu'],
  [/(bentuk|format) informasi|^bentuk\b|^format$/, 'bentuk'],
  [/jenis media|media yang memuat|^media$|^tautan|^link|^url$/, 'jenisMedia'],
  [/kode klasifikasi|kode arsip|klasifikasi arsip|^kode$/, 'kodeKlasifikasi'],
  [/keterangan akhir|nasib akhir|disposisi/, 'disposisi'],
  [/^(tag|tags|label|kata kunci)$/, 'tags'],
  [/^tahun$|tahun informasi|tahun pembuatan/, 'year'],
  // The DIK's own column: what is withheld, as written. rows.ts derives a title from it when no title column exists.
  [/^((rincian |daftar )?informasi( publik)?( yang)? dikecualikan|informasi)$/, 'dikInformasi'],
  [/^(judul|judul informasi|jenis informasi|nama informasi|judul dokumen|nama dokumen)$/, 'judul'],
  [/^judul|jenis informasi/, 'judul'],
  [/^(keterangan|ket|catatan)$/, 'notes'],
];

/**
 * Whether a cell reads like a column heading rather than data: short, not a number, not a
 * sentence that starts the way periods and legal bases are written ("Dibuka setelah …", "Pasal 17 …").
 */
export function readsLikeHeading(cell: string): boolean {
  if (cell === '' || cell.length > 90 || cell.includes('\n\n')) return false;
  const t = normalizeLabel(cell);
  if (t === '' || /^\d+$/.test(t) || t.split(' ').length > 10) return false;
  if (/^(dibuka|ditutup)\s+\S/.test(t) && !/^(dibuka|ditutup)$/.test(t)) return false;
  return !/^(sampai|selama|setelah|tidak|pasal|uu|undang|peraturan|sesuai|hardcopy|softcopy|hard copy|soft copy)\b/.test(t);
}

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
  const width = header.reduce((max, row) => Math.max(max, row.length), 0);
  const labels: { label: string; top: string; sub: string }[] = [];
  for (let c = 0; c < width; c += 1) {
    const parts: string[] = [];
    for (const row of header) {
      const cell = row[c] ?? '';
      if (cell !== '' && !parts.includes(cell)) parts.push(cell);
    }
    const sub = mapping.headerDepth > 1 ? (header[mapping.headerDepth - 1]?.[c] ?? '') : '';
    // A sub-column under a parent merged across ("Format Informasi" over Cetak · Rekam · Online):
    // only the parent's first cell holds the text, so the others borrow it for their label.
    let top = header[0]?.[c] ?? '';
    if (top === '' && sub !== '') {
      for (let left = c - 1; left >= 0; left -= 1) {
        if ((header[mapping.headerDepth - 1]?.[left] ?? '') === '') break;
        const parent = header[0]?.[left] ?? '';
        if (parent !== '') {
          top = parent;
          break;
        }
      }
      if (top !== '' && !parts.includes(top)) parts.unshift(top);
    }
    labels.push({ label: parts.join(' · '), top, sub });
  }
  return labels;
}

function targetsFor(rows: readonly string[][], headerRow: number, headerDepth: number): ImportTarget[] {
  const labels = columnLabels(rows, { headerRow, headerDepth });
  const seen = new Set<ImportTarget>();
  return labels.map(({ label, top, sub }) => {
    let target = labelTarget(top, sub);
    // HASIL UJI KONSEKUENSI beside its own Informasi column is the test's result, not what is withheld.
    if (target === 'dikInformasi' && seen.has('dikInformasi') && /uji konsekuensi/.test(normalizeLabel(label)))
      target = 'dikKonsekuensiDibuka';
    // A second column with the same meaning is kept out rather than overwriting the first.
    if (target !== 'ignore' && target !== 'categoryFlag' && seen.has(target)) target = 'ignore';
    seen.add(target);
    return target;
  });
}

/**
 * How much a row reads like a header: the recognised columns whose cells read like headings.
 * Data cells that happen to hold header words ("Dibuka setelah …", a Bentuk cell "Hardcopy")
 * count nothing, and a row with a bare number in it (the No of a data row) is no header at all.
 */
export function headerScore(rows: readonly string[][], r: number, depth: number): { score: number; targets: ImportTarget[] } | null {
  const row = rows[r - 1] ?? [];
  if (row.some((cell) => /^\d+[.)]?$/.test(cell.trim()))) return null;
  const targets = targetsFor(rows, r, depth);
  let score = 0;
  targets.forEach((target, c) => {
    if (target === 'ignore' || target === 'number') return;
    const top = row[c] ?? '';
    const sub = depth > 1 ? (rows[r - 1 + depth - 1]?.[c] ?? '') : '';
    const cell = top !== '' ? top : sub;
    if (readsLikeHeading(cell) || (top === '' && readsLikeHeading(sub))) score += 1;
  });
  if (targets.includes('number')) score += 0.25;
  return { score, targets };
}

/** The lower row of a two-row header: short sub-labels under merged parents, never a data row. */
function isSubHeader(rows: readonly string[][], r: number): boolean {
  const row = rows[r - 1] ?? [];
  const below = rows[r] ?? [];
  const cells = below.map((cell, c) => ({ cell, c })).filter(({ cell }) => cell !== '');
  if (cells.length < 2 || isNumberingRow(below)) return false;
  if (cells.some(({ cell }) => /^\d+[.)]?$/.test(cell) || !readsLikeHeading(cell) || cell.length > 40)) return false;
  const subs = cells.filter(({ cell }) => ruleTarget(subRules, cell) !== null).length;
  if (subs === 0) return false;
  // Under a parent merged across, the header row's own cell is empty: a data row has none of those.
  const underMerged = cells.some(({ c }) => (row[c] ?? '') === '');
  return underMerged || subs >= 2;
}

/**
 * Finds the header row among the first rows (title rows above it are skipped) and whether the
 * row beneath belongs to it (two-row merged headers such as Bentuk → Cetak · Rekam · Online).
 */
export function detectMapping(rows: readonly string[][], from = 1, limit = 30): ImportMapping | null {
  let best: ImportMapping | null = null;
  let bestScore = 1;
  const last = Math.min(rows.length, from - 1 + limit);
  for (let r = from; r <= last; r += 1) {
    const row = rows[r - 1] ?? [];
    if (row.filter((cell) => cell !== '').length < 2) continue;
    for (const depth of [1, 2]) {
      if (depth === 2 && !isSubHeader(rows, r)) continue;
      const scored = headerScore(rows, r, depth);
      if (!scored) continue;
      const s = scored.score + (depth === 2 ? 0.5 : 0);
      if (s > bestScore) {
        bestScore = s;
        best = { headerRow: r, headerDepth: depth, targets: scored.targets };
      }
    }
  }
  return best;
}

/** The same headers give the same key: how a remembered mapping is found for the next file. */
export function shapeOf(rows: readonly string[][], mapping: Pick<ImportMapping, 'headerRow' | 'headerDepth'>): string[] {
  return columnLabels(rows, mapping).map((column) => normalizeLabel(column.label));
}
