import type { EntryCategory, EntryFields } from '../../../shared/domain/entry';
import type {
  ImportDikText,
  ImportList,
  ImportListReason,
  ImportMapping,
  ImportRow,
  ImportTarget,
} from '../../../shared/domain/entryImport';
import { categoryOf, ticked, toFields, validate, type Values } from './fields';
import { columnLabels, detectMapping, headerScore, isNumberingRow } from './headers';

export { categoryOf, titleFrom } from './fields';

export interface ParsedRow {
  preview: ImportRow;
  fields: EntryFields | null;
}

export interface ParsedSheet {
  rows: ParsedRow[];
  sections: number;
  /** Headings and stacked headers inside the table that name the DIK (rows under them go there). */
  dikSigns: ImportListReason[];
}

const HEADING_PREFIX = /^\s*(?:[A-Z]|[IVX]{1,4}|\d{1,2})\s*[.)]\s+\S/;

/** Closing block after a table: where and when it was set, who signed it (never entries). */
const CLOSING =
  /^(ditetapkan|dikeluarkan|disahkan|dibuat)\s*(di|pada|oleh)?\b.{0,3}|^(pada )?tanggal\s*:|^mengetahui\b|^nip\.?\s*[:\d]|^demikian\b/i;
/** A note under the table ("Keterangan: …", "* diperbarui tiap tahun"). */
const NOTE = /^(keterangan|catatan|ket|sumber|note)\s*[:.]|^\*/i;
/** Markers of a heading in the No column: a letter or roman numeral ("A", "B.", "IV"). */
const LETTER_MARK = /^(?:[A-Z]|[IVX]{1,5})[.)]?$/;
/** A numbered group row announcing sub-items ("Informasi tentang profil Badan Publik, yang meliputi:"). */
const GROUP_TEXT = /(:|\bmeliputi|\bantara lain|\bterdiri (dari|atas)|\bsebagai berikut)\s*:?\s*$/i;
/** A sub-item's title or marker ("a. Struktur organisasi", "- Visi dan misi"). */
const SUB_ITEM = /^(?:[a-z][.)]|[-•–·]|\d+\.\d+|\d+\.?[a-z]\b)\s*\S?/;
/** The number of a decision cited in a Dasar column ("169/Kpts/KPU/TAHUN 2015", "Keputusan KPU Nomor 731 Tahun 2025"). */
const DECISION =
  /\b\d+\s*\/\s*Kpts\s*\/\s*[A-Z]+\s*\/\s*(?:TAHUN\s*)?\d{4}\b|\bKeputusan\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+Nomor\s+\S+(?:\s+Tahun\s+\d{4})?/i;

function dikText(values: Values): ImportDikText {
  return {
    informasi: values.dikInformasi ?? values.judul ?? '',
    dasarHukum: values.dikDasarHukum ?? '',
    konsekuensiDibuka: values.dikKonsekuensiDibuka ?? '',
    konsekuensiDitutup: values.dikKonsekuensiDitutup ?? '',
    jangkaWaktu: values.dikJangkaWaktu ?? '',
    keputusan: values.dikKeputusan ?? DECISION.exec(values.dikDasarHukum ?? '')?.[0] ?? '',
  };
}

interface Cells {
  cell: string;
  c: number;
}

/** The first data-bearing row after `r` (0-based), for looking ahead at a group's sub-items. */
function nextRow(grid: readonly string[][], r: number): readonly string[] | null {
  for (let next = r + 1; next < Math.min(grid.length, r + 4); next += 1) {
    const row = grid[next] ?? [];
    if (row.some((cell) => cell !== '')) return row;
  }
  return null;
}

type RowKind = { kind: 'heading'; text: string } | { kind: 'closing' } | { kind: 'skip' } | { kind: 'data' };

function dataColumnCount(mapping: ImportMapping): number {
  return mapping.targets.filter((t) => t !== 'ignore' && t !== 'number').length;
}

const TITLE_TARGETS: ReadonlySet<ImportTarget> = new Set<ImportTarget>(['judul', 'dikInformasi']);
const SUMMARY_TARGET: ReadonlySet<ImportTarget> = new Set<ImportTarget>(['ringkasan']);

/**
 * The columns a row's title comes from. A DIP that has no title column of its own ("Ringkasan Isi
 * Informasi" first, as the Perki form lays it out) takes the title from the summary (toFields does
 * too), so there the summary is what tells an entry from the rest of the one above.
 */
function titleTargets(mapping: ImportMapping): ReadonlySet<ImportTarget> {
  if (mapping.targets.some((t) => TITLE_TARGETS.has(t))) return TITLE_TARGETS;
  return mapping.targets.includes('ringkasan') ? SUMMARY_TARGET : TITLE_TARGETS;
}

/**
 * What one row under the header is. Headings come merged across all or some columns, alone in
 * one cell, as a letter/roman/number in the No column with the text in the next cell, or as a
 * numbered group row over sub-items; none of them is an entry.
 */
function classify(grid: readonly string[][], r: number, nonEmpty: readonly Cells[], mapping: ImportMapping): RowKind {
  const noCol = mapping.targets.indexOf('number');
  const mark = noCol >= 0 ? (grid[r]?.[noCol] ?? '').trim() : '';
  const texts = nonEmpty.filter(({ c }) => c !== noCol || mark === '' || !/^[\w]{1,5}[.)]?$/.test(mark));
  const first = texts[0]?.cell ?? nonEmpty[0]?.cell ?? '';
  if (nonEmpty.some(({ cell }) => CLOSING.test(cell))) return { kind: 'closing' };
  const distinct = new Set(texts.map(({ cell }) => cell));
  if (distinct.size === 0) return { kind: 'skip' };
  if (distinct.size > 1) return { kind: 'data' };
  if (NOTE.test(first)) return { kind: 'skip' };
  const whereTarget0 = mapping.targets[texts[0]?.c ?? 0] ?? 'ignore';
  const titleCols = titleTargets(mapping);
  if (mark === '' && dataColumnCount(mapping) >= 3) {
    // One cell alone, under a table whose entries fill several columns: a group heading when it
    // sits in the title column ("Ringkasan informasi tentang program …") or reads like a caption.
    if (titleCols.has(whereTarget0)) return { kind: 'heading', text: first };
    if (first.split(/\s+/).length <= 6 && !/[:;.,]$/.test(first)) return { kind: 'heading', text: first };
  }
  const whereTarget = mapping.targets[texts[0]?.c ?? 0] ?? 'ignore';
  const inDataColumn = whereTarget !== 'number' && whereTarget !== 'ignore';
  const prefixed = HEADING_PREFIX.test(first);
  // An arabic number before a sentence that merely mentions a category is an entry ("2. Seluruh informasi … secara berkala").
  const arabic = /^\d{1,3}[.)]?$/.test(mark);
  const short = first.split(/\s+/).length <= 8;
  const named =
    categoryOf(first) !== null &&
    (arabic
      ? short && (/^informasi\b/i.test(first) || first === first.toUpperCase())
      : prefixed || mark !== '' || /informasi/i.test(first) || first === first.toUpperCase());
  if (named) return { kind: 'heading', text: first };
  if (LETTER_MARK.test(mark) || (prefixed && /^\s*(?:[A-Z]|[IVX]{1,5})\s*[.)]/.test(first))) return { kind: 'heading', text: first };
  if (GROUP_TEXT.test(first)) return { kind: 'heading', text: first };
  // A numbered row with only a title, followed by sub-items ("a. …", "- …"): the group's heading.
  if (/^\d{1,3}[.)]?$/.test(mark) || /^\d{1,3}[.)]\s/.test(first)) {
    const next = nextRow(grid, r);
    const nextMark = next && noCol >= 0 ? (next[noCol] ?? '').trim() : '';
    const nextText = next?.find((cell, c) => cell !== '' && c !== noCol) ?? '';
    if (next && !/^\d{1,3}[.)]?$/.test(nextMark) && (SUB_ITEM.test(nextMark) || SUB_ITEM.test(nextText)))
      return { kind: 'heading', text: first };
    // …or by unnumbered rows that each have a title and fill the other columns ("7 | Rencana strategis
    // dan rencana operasional;" over "Rencana Strategis 2015—2019 | Perencanaan | …"): the items are
    // those rows, and this title-only row only names their group.
    if (next && nextMark === '' && noCol >= 0 && titleCols.has(whereTarget0)) {
      const filled = mapping.targets.filter((t, c) => t !== 'ignore' && t !== 'number' && (next[c] ?? '') !== '');
      if (filled.length >= 2 && filled.some((t) => titleCols.has(t))) return { kind: 'heading', text: first };
    }
  }
  if (!inDataColumn) return prefixed || first === first.toUpperCase() ? { kind: 'heading', text: first } : { kind: 'skip' };
  return { kind: 'data' };
}

export interface ParseOptions {
  /** The list the sheet goes into: a DIK puts every row in `dikecualikan`. */
  list: ImportList;
  /** Category of DIP rows before any heading; headings, a Kategori column or "Jangkawaktu disediakan" override it. */
  defaultCategory: EntryCategory;
  /** Retargets a stacked table's header the same way as the first table's (a bare "Jangka Waktu" in a DIP). */
  retarget: (mapping: ImportMapping, rows: readonly string[][]) => ImportMapping;
}

/**
 * Turns the rows under the header into entries. Section rows ("INFORMASI … BERKALA") set the
 * category of the rows under them; empty rows, numbering rows, group headings, notes and the
 * closing block (Ditetapkan di …, jabatan, name, NIP) are skipped; a second header row further
 * down starts a stacked table with its own columns.
 */
export function parseRows(
  grid: readonly string[][],
  firstMapping: ImportMapping,
  options: ParseOptions,
  unitIds: ReadonlyMap<string, number>,
): ParsedSheet {
  let mapping = firstMapping;
  let category: EntryCategory = options.list === 'dik' ? 'dikecualikan' : options.defaultCategory;
  let headed = false;
  let sections = 0;
  let closing = false;
  const dikSigns: ImportListReason[] = [];
  const rows: ParsedRow[] = [];
  const firstScore = headerScore(grid, firstMapping.headerRow, firstMapping.headerDepth)?.score ?? 2;
  let dataColumns = columnsOf(mapping);
  let noCol = mapping.targets.indexOf('number');
  let flags = flagColumns(grid, mapping);
  let numbered = false;
  let lastValues: Values | null = null;
  /** Grid row (0-based) the last entry, or the last row joined to it, sits on. */
  let lastRow = -1;
  const build = (values: Values, r: number, rowCategory: EntryCategory): ParsedRow => {
    const fields = toFields(values, rowCategory, unitIds);
    const checked = validate(fields);
    return {
      preview: {
        row: r + 1,
        category: rowCategory,
        judul: fields.judul.slice(0, 200),
        unit: values.unit ?? '',
        problems: checked.problems,
        ...(rowCategory === 'dikecualikan' ? { dik: dikText(values) } : {}),
      },
      fields: checked.fields,
    };
  };
  for (let r = mapping.headerRow - 1 + mapping.headerDepth; r < grid.length; r += 1) {
    const row = grid[r] ?? [];
    const nonEmpty: Cells[] = [];
    for (let c = 0; c < row.length; c += 1) if (row[c] !== '' && row[c] !== undefined) nonEmpty.push({ cell: row[c] ?? '', c });
    if (nonEmpty.length === 0 || isNumberingRow(row)) continue;
    if (closing) {
      // Only a new table (its own header row) ends the closing block.
      if (nonEmpty.length < 2) continue;
    }
    // A stacked table: a row that reads like a header starts new columns (the second table may have fewer).
    if (nonEmpty.length >= 2 && !nonEmpty.some(({ cell }) => /^\d+[.)]?$/.test(cell))) {
      const stacked = detectMapping(grid, r + 1, 1);
      const scored = stacked ? headerScore(grid, stacked.headerRow, stacked.headerDepth) : null;
      if (stacked && scored && scored.score >= Math.max(2, firstScore / 2)) {
        mapping = options.retarget(stacked, grid);
        dataColumns = columnsOf(mapping);
        noCol = mapping.targets.indexOf('number');
        flags = flagColumns(grid, mapping);
        lastValues = null;
        closing = false;
        if (mapping.targets.some((t) => t === 'dikKonsekuensiDibuka' || t === 'dikKonsekuensiDitutup' || t === 'dikKeputusan')) {
          dikSigns.push({ kind: 'column', list: 'dik', text: row.filter(Boolean).join(' · ') });
          if (options.list === 'dip') category = 'dikecualikan';
        }
        r += stacked.headerDepth - 1;
        continue;
      }
    }
    if (closing) continue;
    // A continuation row: no number, no title, text that goes on from the entry above (a long Dasar
    // Hukum over several rows, a page break in a PDF-made sheet). Its cells join the entry's, by column.
    const last = rows.length > 0 ? rows[rows.length - 1] : undefined;
    if (last && lastValues && (noCol < 0 || (row[noCol] ?? '') === '')) {
      const titleCols = titleTargets(mapping);
      const titled = nonEmpty.some(({ c }) => titleCols.has(mapping.targets[c] ?? 'ignore'));
      const inData = nonEmpty.filter(({ c }) => mapping.targets[c] !== 'ignore' && mapping.targets[c] !== 'number');
      const lone = inData.length === 1 ? inData[0] : undefined;
      const caption = lone !== undefined && lone.cell.split(/\s+/).length <= 6 && !/[:;.,]$/.test(lone.cell);
      // The title cut by a page break: its rest alone in the title column on the very next row,
      // going on in lower case ("… dalam rangka" / "pelaksanaan tugas pokok dan fungsi;"). A heading
      // or a new item starts with a capital or a marker ("a.", "-").
      const cutTitle = lone !== undefined && titled && lastRow === r - 1 && /^\p{Ll}/u.test(lone.cell) && !SUB_ITEM.test(lone.cell);
      const rest = numbered && noCol >= 0 && !titled && inData.length > 0 && !caption;
      if ((rest || cutTitle) && dataColumnCount(mapping) >= 3) {
        for (const { cell, c } of inData) {
          const target = mapping.targets[c] ?? 'ignore';
          const before = lastValues[target];
          lastValues[target] = before === undefined ? cell : `${before}\n${cell}`;
        }
        rows[rows.length - 1] = build(lastValues, last.preview.row - 1, last.preview.category);
        lastRow = r;
        continue;
      }
    }
    const kind = classify(grid, r, nonEmpty, mapping);
    if (kind.kind === 'closing') {
      closing = true;
      continue;
    }
    if (kind.kind === 'skip') continue;
    if (kind.kind === 'heading') {
      sections += 1;
      const named = categoryOf(kind.text);
      if (named === 'dikecualikan') dikSigns.push({ kind: 'section', list: 'dik', text: kind.text });
      // In a DIK every row stays exempted whatever its headings say.
      if (named !== null && options.list === 'dip') {
        category = named;
        headed = true;
      }
      continue;
    }
    const values: Values = {};
    for (const { target, c } of dataColumns) {
      const cell = row[c] ?? '';
      if (cell !== '') values[target] = cell;
    }
    if (Object.keys(values).length === 0) continue;
    let rowCategory = category;
    if (options.list === 'dip') {
      const fromCell = values.category !== undefined ? categoryOf(values.category) : null;
      const fromFlag = flagCategory(row, mapping, flags);
      const fromAvailability = !headed && values.penyediaan !== undefined ? categoryOf(values.penyediaan) : null;
      rowCategory = fromCell ?? fromFlag ?? fromAvailability ?? category;
    }
    if (noCol >= 0 && (row[noCol] ?? '') !== '') numbered = true;
    lastValues = values;
    lastRow = r;
    rows.push(build(values, r, rowCategory));
  }
  return { rows, sections, dikSigns };
}

/** The category each per-category column names ("WAJIB DIUMUMKAN SECARA BERKALA" → berkala). */
function flagColumns(grid: readonly string[][], mapping: ImportMapping): Map<number, EntryCategory> {
  const flags = new Map<number, EntryCategory>();
  const labels = columnLabels(grid, mapping);
  mapping.targets.forEach((target, c) => {
    const named = target === 'categoryFlag' ? categoryOf(labels[c]?.label ?? '') : null;
    if (named !== null) flags.set(c, named);
  });
  return flags;
}

/** The first per-category column marked in the row (a tick, "v", or the category's own word). */
function flagCategory(row: readonly string[], mapping: ImportMapping, flags: ReadonlyMap<number, EntryCategory>): EntryCategory | null {
  for (const [c, named] of flags) if (mapping.targets[c] === 'categoryFlag' && ticked(row[c] ?? '')) return named;
  return null;
}

function columnsOf(mapping: ImportMapping): { target: ImportMapping['targets'][number]; c: number }[] {
  return mapping.targets.map((target, c) => ({ target, c })).filter(({ target }) => target !== 'ignore' && target !== 'number');
}
