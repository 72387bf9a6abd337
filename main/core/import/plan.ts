import type { EntryCategory } from '../../../shared/domain/entry';
import type {
  ImportList,
  ImportListOutcome,
  ImportListReason,
  ImportMapping,
  ImportRequest,
  ImportTarget,
  RememberedMapping,
} from '../../../shared/domain/entryImport';
import { bilingual } from '../../../shared/i18n/translate';
import { columnLabels, detectMapping, normalizeLabel, shapeOf } from './headers';
import { decideList } from './listKind';
import { categoryOf, parseRows, type ParsedSheet } from './rows';
import type { SheetTable } from './sheetReader';

/** One sheet ready to preview or commit: its mapping, the list it goes into and its parsed rows. */
export interface SheetPlan {
  sheet: string;
  rows: string[][];
  mapping: ImportMapping;
  remembered: boolean;
  headers: string[];
  list: ImportListOutcome;
  parsed: ParsedSheet;
}

function why(reasons: readonly ImportListReason[], list: ImportList | null): { why: string; whyEn: string } {
  const picked = reasons.filter((r) => list === null || r.list === list).slice(0, 4);
  const words = (lang: 'message' | 'messageEn') =>
    picked.map((r) => bilingual(`register.importer.list.reason.${r.kind}`, { text: r.text.slice(0, 80) })[lang]).join(', ');
  return { why: words('message'), whyEn: words('messageEn') };
}

function words(key: string, params: Record<string, string>, en: Record<string, string>): { message: string; messageEn: string } {
  return { message: bilingual(key, params).message, messageEn: bilingual(key, en).messageEn };
}

function listName(list: ImportList): { id: string; en: string } {
  const w = bilingual(`register.importer.list.${list}`);
  return { id: w.message, en: w.messageEn };
}

/**
 * Which list a sheet goes into. The file decides; the call may choose only where the file does not
 * say, or make a DIP stricter (into the DIK). A DIK into a public category needs `allowPublicDespiteDik`.
 */
export function listOutcome(
  detected: ImportList | null,
  reasons: ImportListReason[],
  requested: ImportList | undefined,
  allowPublic: boolean,
): ImportListOutcome {
  const base = { detected, reasons, needsChoice: false, refused: false };
  const w = why(reasons, detected);
  if (detected === 'dik' && requested === 'dip' && !allowPublic)
    return { ...base, list: 'dik', refused: true, ...words('register.importer.list.refused', { why: w.why }, { why: w.whyEn }) };
  if (detected !== null && requested !== undefined && requested !== detected) {
    const [l, d] = [listName(requested), listName(detected)];
    return {
      ...base,
      list: requested,
      ...words(
        'register.importer.list.chosenAgainst',
        { list: l.id, detected: d.id, why: w.why },
        { list: l.en, detected: d.en, why: w.whyEn },
      ),
    };
  }
  if (detected !== null) {
    const l = listName(detected);
    return {
      ...base,
      list: detected,
      ...words('register.importer.list.detected', { list: l.id, why: w.why }, { list: l.en, why: w.whyEn }),
    };
  }
  if (requested !== undefined) {
    const l = listName(requested);
    return { ...base, list: requested, ...words('register.importer.list.chosen', { list: l.id }, { list: l.en }) };
  }
  return { ...base, list: null, needsChoice: true, ...bilingual('register.importer.list.ask') };
}

/** In a DIP a bare "Jangka Waktu" is retention and a bare "Dasar Hukum" a remark; in a DIK they are the exemption's. */
export function retargetFor(list: ImportList) {
  return (mapping: ImportMapping, rows: readonly string[][]): ImportMapping => {
    // In a DIK the title column ("Jenis Informasi") is what is withheld, when no column says so itself.
    if (list === 'dik') {
      if (mapping.targets.includes('dikInformasi')) return mapping;
      return { ...mapping, targets: mapping.targets.map((t) => (t === 'judul' ? 'dikInformasi' : t)) };
    }
    const labels = columnLabels(rows, mapping);
    const taken = new Set(mapping.targets);
    const targets = mapping.targets.map((target, c) => {
      const label = normalizeLabel(labels[c]?.label ?? '');
      if (target === 'dikJangkaWaktu' && /^jangka ?waktu$/.test(label) && !taken.has('retensi')) return 'retensi';
      if (target === 'dikDasarHukum' && /^dasar hukum$/.test(label) && !taken.has('notes')) return 'notes';
      return target;
    });
    return { ...mapping, targets };
  };
}

export interface PlanInput {
  request: ImportRequest;
  /** A mapping remembered for a file of this shape, by its headers. */
  remembered: (headers: string[]) => RememberedMapping | null;
  units: ReadonlyMap<string, number>;
  /** Whether the request's own mapping applies (one sheet only). */
  useRequestMapping: boolean;
}

/** Plans one sheet; null when it has no header row (a cover sheet in a multi-sheet import). */
export function planSheet(table: SheetTable, input: PlanInput): SheetPlan | null {
  const { request } = input;
  const found = detectMapping(table.rows);
  const auto = found ?? numberedListMapping(table.rows);
  const headerless = found === null && auto !== null;
  const asked = input.useRequestMapping ? request.mapping : undefined;
  const detected = asked ?? auto;
  if (!detected) return null;
  const headers = shapeOf(table.rows, detected);
  const remembered = asked === undefined ? input.remembered(headers) : null;
  const mapping = remembered ? { ...remembered.mapping, headerRow: detected.headerRow, headerDepth: detected.headerDepth } : detected;
  // Columns past the header's width get no target: they are ignored, never guessed.
  const width = table.rows.reduce((max, row) => Math.max(max, row.length), mapping.targets.length);
  const targets = Array.from({ length: width }, (_, i) => mapping.targets[i] ?? 'ignore');
  // The list is read from the file's own columns as detected, whatever the officer remapped them to.
  const labels = columnLabels(table.rows, mapping);
  const columns = [
    ...labels.map((label, i) => ({ label: label.label, target: targets[i] ?? 'ignore' })),
    ...(auto ? columnLabels(table.rows, auto).map((label, i) => ({ label: label.label, target: auto.targets[i] ?? 'ignore' })) : []),
  ];
  // A list without a header row reads its list and category from the line above the items.
  const titleRows = table.rows.slice(0, mapping.headerRow - (headerless ? 0 : 1));
  const decision = decideList(table.sheet, titleRows, columns);
  const requested: ImportList | undefined =
    request.sheetLists?.[table.sheet] ??
    request.list ??
    // A default category speaks for one sheet's list only; with every sheet, each keeps its own.
    (request.category === undefined || request.allSheets === true ? undefined : request.category === 'dikecualikan' ? 'dik' : 'dip');
  const allowPublic = request.allowPublicDespiteDik === true;
  // Reasons are de-duplicated (the same column seen in both mappings).
  const seen = new Set<string>();
  const reasons = decision.reasons.filter((r) => {
    const key = `${r.kind}|${r.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const outcome = listOutcome(decision.list, reasons, requested, allowPublic);
  const list: ImportList = outcome.list ?? 'dip';
  const retarget = retargetFor(list);
  const full = retarget({ ...mapping, targets }, table.rows);
  // Rows before any heading: the category asked for, else the one the title or sheet name gives ("Setiap Saat"), else Berkala.
  const titled = [table.sheet, ...titleRows.flat()].map((text) => categoryOf(text)).find((c) => c !== null && c !== 'dikecualikan');
  const defaultCategory: EntryCategory =
    request.category !== undefined && request.category !== 'dikecualikan' && list === 'dip' ? request.category : (titled ?? 'berkala');
  const parsed = parseRows(table.rows, full, { list, defaultCategory, retarget }, input.units);
  const sectionReasons = parsed.dikSigns.filter((sign) => !reasons.some((r) => r.text === sign.text));
  return {
    sheet: table.sheet,
    rows: table.rows,
    mapping: full,
    remembered: remembered !== null,
    headers,
    list: { ...outcome, reasons: [...reasons, ...sectionReasons] },
    parsed,
  };
}

/**
 * A list with no header row at all ("1. | Informasi tentang peraturan …" under a sentence): the
 * number and the text, when at least two rows read so; the line above them stands as the header.
 */
function numberedListMapping(rows: readonly string[][]): ImportMapping | null {
  const numbered = (row: readonly string[] | undefined) =>
    row !== undefined && /^\d{1,3}[.)]?$/.test(row[0] ?? '') && (row[1] ?? '') !== '';
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const first = rows.findIndex((row) => numbered(row));
  if (first >= 1 && numbered(rows[first + 1])) {
    const targets = Array.from({ length: width }, (_, c): ImportTarget => (c === 0 ? 'number' : c === 1 ? 'judul' : 'ignore'));
    return { headerRow: first, headerDepth: 1, targets };
  }
  return singleColumnListMapping(rows, width);
}

/** The one text cell of a row, with its column; null when the row holds none or several. */
function soleCell(row: readonly string[] | undefined): { c: number; text: string } | null {
  if (row === undefined) return null;
  const filled = row.flatMap((cell, c) => (cell.trim() === '' ? [] : [{ c, text: cell.trim() }]));
  return filled.length === 1 ? (filled[0] ?? null) : null;
}

/**
 * A list typed in one column under the sentence that introduces it ("… yang dikecualikan … meliputi:"
 * then one item a line, numbered inside the text or not numbered at all): the items are the rows under
 * that sentence, in its column; the sentence stands as the header. Only a sentence ending with ":" or
 * items numbered 1, 2 … in their own text make a list: a cover sheet of loose lines is none.
 */
function singleColumnListMapping(rows: readonly string[][], width: number): ImportMapping | null {
  for (let r = 0; r + 2 < rows.length; r += 1) {
    const intro = soleCell(rows[r]);
    const a = soleCell(rows[r + 1]);
    const b = soleCell(rows[r + 2]);
    if (!intro || !a || !b || a.c !== intro.c || b.c !== intro.c) continue;
    const introduces = /:\s*$/.test(intro.text);
    const counted = /^1[.)]\s+\S/.test(a.text) && /^2[.)]\s+\S/.test(b.text);
    if (!introduces && !counted) continue;
    const targets = Array.from({ length: Math.max(width, intro.c + 1) }, (_, c): ImportTarget => (c === intro.c ? 'judul' : 'ignore'));
    return { headerRow: r + 1, headerDepth: 1, targets };
  }
  return null;
}

export function countByCategory(categories: Iterable<EntryCategory>): Partial<Record<EntryCategory, number>> {
  const counts: Partial<Record<EntryCategory, number>> = {};
  for (const category of categories) counts[category] = (counts[category] ?? 0) + 1;
  return counts;
}
