import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * An .xlsx's worksheets read straight from their XML with a SAX parser (saxes, the one exceljs itself
 * streams with), from parts zipGuard has already inflated and checked. exceljs's WorkbookReader built
 * a row and cell model with styles for every cell only for its text to be taken: 0.6 s of a 10,000-row
 * import's 1.8 s (issue 11 item 7). Only what the import reads is kept: each cell's text, dates as
 * YYYY-MM-DD, a merged range's text in its top-left cell only.
 */

/** The inflated parts of the workbook, by their names in the zip. */
export type XlsxParts = ReadonlyMap<string, Buffer>;

export interface WorkbookSheet {
  name: string;
  /** The worksheet part's name in the zip, e.g. xl/worksheets/sheet1.xml. */
  part: string;
}

export interface WorksheetLimits {
  maxRows: number;
  maxColumns: number;
  /** Called with the sheet's name when a row past maxRows is met: it throws the refusal. */
  tooManyRows: (sheet: string) => Error;
  /** One cell's text as the officer typed it (sheetReader's cleanCell). */
  clean: (text: string) => string;
  /** Called every few hundred rows: throws when the read has outlasted its time bound (sheetJob, in this thread). */
  checkTime: () => void;
}

/** A part by name. Part names are compared without regard to case (ECMA-376 Part 2, 6.2.2.3): a target may say sharedStrings.xml for SharedStrings.xml. */
function partOf(parts: XlsxParts, name: string | undefined): Buffer | undefined {
  if (name === undefined) return undefined;
  const exact = parts.get(name);
  if (exact !== undefined) return exact;
  const wanted = name.toLowerCase();
  for (const [key, bytes] of parts) if (key.toLowerCase() === wanted) return bytes;
  return undefined;
}

/** An element's name without its namespace prefix: files written by the OpenXML SDK use <x:c>. */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** SpreadsheetML's own attributes are unqualified, even on a prefixed element. */
function attribute(tag: SaxesTagPlain, wanted: string): string | undefined {
  return tag.attributes[wanted];
}

/** A sheet's r:id: its prefix is whatever the file bound the relationships namespace to. */
function relationshipId(tag: SaxesTagPlain): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) if (key.includes(':') && local(key) === 'id') return value;
  return undefined;
}

/** Runs saxes over one part, fed in 1 MB pieces so a 60 MB sheet is never one string. */
function parsePart(
  bytes: Buffer,
  handlers: { open: (tag: SaxesTagPlain) => void; close: (name: string) => void; text: (text: string) => void },
): void {
  const parser = new SaxesParser();
  parser.on('opentag', handlers.open);
  parser.on('closetag', (tag) => handlers.close(local(tag.name)));
  parser.on('text', handlers.text);
  parser.on('cdata', handlers.text);
  parser.on('error', (error) => {
    throw error;
  });
  const decoder = new StringDecoder('utf8');
  const piece = 1024 * 1024;
  for (let at = 0; at < bytes.length; at += piece) parser.write(decoder.write(bytes.subarray(at, at + piece)));
  parser.write(decoder.end());
  parser.close();
}

/** Excel escapes characters XML cannot hold as _xHHHH_ (ST_Xstring): a carriage return is _x000D_. */
function unescapeXstring(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.' && step !== '') parts.push(step);
  }
  return parts.join('/');
}

/** The workbook's part, as the package's root relationships name it (xl/workbook.xml in every file Excel writes). */
function workbookPart(parts: XlsxParts): string {
  const rels = partOf(parts, '_rels/.rels');
  let found: string | undefined;
  if (rels)
    parsePart(rels, {
      open: (tag) => {
        const type = attribute(tag, 'Type') ?? '';
        const target = attribute(tag, 'Target');
        if (local(tag.name) === 'Relationship' && /\/officeDocument$/.test(type) && target && found === undefined)
          found = resolveTarget('', target);
      },
      close: () => undefined,
      text: () => undefined,
    });
  return found ?? 'xl/workbook.xml';
}

interface Relationship {
  target: string;
  /** The relationship type's last word: worksheet, sharedStrings, styles… */
  kind: string;
}

function relationships(parts: XlsxParts, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const bytes = partOf(parts, `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
  const byId = new Map<string, Relationship>();
  if (bytes)
    parsePart(bytes, {
      open: (tag) => {
        const id = attribute(tag, 'Id');
        const target = attribute(tag, 'Target');
        const kind = (attribute(tag, 'Type') ?? '').split('/').pop() ?? '';
        if (local(tag.name) === 'Relationship' && id && target) byId.set(id, { target: resolveTarget(part, target), kind });
      },
      close: () => undefined,
      text: () => undefined,
    });
  return byId;
}

export interface Workbook {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** The shared strings and styles parts, found by their relationship's type (any name a producer gave them). */
  sharedStrings: string | undefined;
  styles: string | undefined;
}

/** The worksheets in tab order, with the parts that hold them. Chart sheets and missing parts are left out. */
export function readWorkbook(parts: XlsxParts): Workbook | null {
  const part = workbookPart(parts);
  const bytes = partOf(parts, part);
  if (!bytes) return null;
  const rels = relationships(parts, part);
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  parsePart(bytes, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'workbookPr') {
        const value = attribute(tag, 'date1904');
        date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const sheetName = attribute(tag, 'name');
        const target = rels.get(relationshipId(tag) ?? '')?.target;
        if (sheetName !== undefined && target !== undefined && partOf(parts, target) !== undefined)
          sheets.push({ name: sheetName, part: target });
      }
    },
    close: () => undefined,
    text: () => undefined,
  });
  const find = (kind: string) => [...rels.values()].find((rel) => rel.kind === kind)?.target;
  return { sheets, date1904, sharedStrings: find('sharedStrings'), styles: find('styles') };
}

/** The shared strings, rich text runs joined; phonetic guides (<rPh>) are not the cell's text. */
export function readSharedStrings(parts: XlsxParts, workbook: Workbook): string[] {
  const bytes = partOf(parts, workbook.sharedStrings);
  const strings: string[] = [];
  if (!bytes) return strings;
  let current = '';
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  parsePart(bytes, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && inItem && phonetic === 0) inText = true;
    },
    close: (name) => {
      if (name === 'si') {
        strings.push(unescapeXstring(current));
        inItem = false;
      } else if (name === 'rPh') phonetic -= 1;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (inText) current += text;
    },
  });
  return strings;
}

/** Excel's built-in number formats that are dates (ECMA-376 18.8.30, and the East Asian date ids). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A custom format is a date when a date or time letter is left once quoted text and [..] sections are removed (as exceljs judges it). */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style (cellXfs index), whether it shows a number as a date. */
export function readDateStyles(parts: XlsxParts, workbook: Workbook): boolean[] {
  const bytes = partOf(parts, workbook.styles);
  const dates: boolean[] = [];
  if (!bytes) return dates;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  parsePart(bytes, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'numFmt') custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attribute(tag, 'numFmtId') ?? '0');
        const code = custom.get(id);
        dates.push(code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return dates;
}

/** "AB12" → 27 (0-based column); -1 when the reference has no letters. */
function columnOf(reference: string): number {
  let column = 0;
  let letters = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i);
    const upper = code >= 97 ? code - 32 : code;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
    letters += 1;
  }
  return letters === 0 ? -1 : column - 1;
}

/** A serial date as YYYY-MM-DD, as exceljs converts it (Math.round to the millisecond, UTC). */
function serialDate(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

export interface WorksheetContext {
  shared: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** One worksheet's cell text by row (0-based), every row padded to the sheet's width. */
export function readWorksheet(parts: XlsxParts, sheet: WorkbookSheet, context: WorksheetContext, limits: WorksheetLimits): string[][] {
  const bytes = partOf(parts, sheet.part);
  const rows: string[][] = [];
  if (!bytes) return rows;
  let width = 0;
  let rowNumber = 0;
  let cells: string[] = [];
  let column = 0;
  let nextColumn = 0;
  let type = '';
  let style = 0;
  let value = '';
  let hasValue = false;
  // Which element's text is being collected: <v>, an inline string's <t>, or none.
  let collecting: 'v' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;
  let inSheetData = false;
  const text = (): string => {
    switch (type) {
      case 's':
        return context.shared[Number(value)] ?? '';
      case 'inlineStr':
      case 'str':
        return unescapeXstring(value);
      case 'b':
        return Number(value) !== 0 ? 'true' : 'false';
      case 'e':
        return '';
      case 'd': {
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
      }
      default: {
        const number = parseFloat(value);
        if (Number.isNaN(number)) return value;
        return context.dateStyles[style] === true ? serialDate(number, context.date1904) : String(number);
      }
    }
  };
  parsePart(bytes, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'sheetData') inSheetData = true;
      if (!inSheetData) return;
      if (name === 'row') {
        // A row without a (usable) number follows the one before it, as Excel reads it.
        const r = Number(attribute(tag, 'r'));
        rowNumber = Number.isInteger(r) && r >= 1 ? r : rowNumber + 1;
        if (rowNumber > limits.maxRows) throw limits.tooManyRows(sheet.name);
        if ((rowNumber & 255) === 0) limits.checkTime();
        cells = [];
        nextColumn = 0;
      } else if (name === 'c') {
        const reference = attribute(tag, 'r');
        const at = reference === undefined ? -1 : columnOf(reference);
        column = at < 0 ? nextColumn : at;
        type = attribute(tag, 't') ?? 'n';
        style = Number(attribute(tag, 's') ?? '0');
        value = '';
        hasValue = false;
      } else if (name === 'v') {
        collecting = 'v';
        hasValue = true;
      } else if (name === 'is') {
        inInline = true;
        hasValue = true;
      } else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && inInline && phonetic === 0) collecting = 't';
    },
    close: (name) => {
      if (name === 'sheetData') inSheetData = false;
      if (!inSheetData) return;
      if (name === 'v' || name === 't') collecting = null;
      else if (name === 'is') {
        inInline = false;
        type = 'inlineStr';
      } else if (name === 'rPh') phonetic -= 1;
      else if (name === 'c') {
        if (hasValue && column < limits.maxColumns) cells[column] = limits.clean(text());
        nextColumn = column + 1;
      } else if (name === 'row') {
        width = Math.max(width, cells.length);
        rows[rowNumber - 1] = cells;
      }
    },
    text: (chunk) => {
      if (collecting !== null) value += chunk;
    },
  });
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    for (let c = 0; c < width; c += 1) if (row[c] === undefined) row[c] = '';
    rows[r] = row;
  }
  return rows;
}
