import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { LemariError } from '../../../shared/api/errors';
import { lemariError } from '../../../shared/api/raise';
import { decodeCsv, parseCsv } from './csv';
import {
  readDateStyles,
  readSharedStrings,
  readWorkbook,
  readWorksheet,
  type Workbook,
  type WorkbookSheet,
  type WorksheetContext,
  type XlsxParts,
} from './xlsxReader';
import { inspectZip } from './zipGuard';

/** Bounds that keep an import within memory and time on an office laptop (RELIABILITY #11). */
export const importLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 150 * 1024 * 1024,
  /** One sheet's XML; a 10,000-row DIP is about 5 MB. */
  maxEntryBytes: 60 * 1024 * 1024,
  /** Inflation ratio above which a large entry is treated as a bomb. */
  maxRatio: 200,
  maxRows: 200_000,
  maxColumns: 200,
};

/** One worksheet's cell text by row, 0-based. A merged range's text is in its top-left cell only. */
export interface SheetTable {
  sheet: string;
  rows: string[][];
}

export interface SheetGrid {
  /** Every worksheet's name, in workbook order (a CSV has one, named after the file). */
  sheets: string[];
  /** The sheets read: the one asked for, or every sheet with data when `all`. */
  tables: SheetTable[];
}

/** Which sheet(s) to read: a name, a 1-based position ("2"), every sheet, or (absent) the first with data. */
export type SheetChoice = { all: true } | { all: false; sheet: string | undefined };

const NEEDS_CLEANING = /^\s|\s$|[\r\t\u00a0\n]| {2}/;

/**
 * A cell's text as the officer typed it: Alt+Enter line breaks kept (a multi-line cell is one
 * value), runs of spaces folded.
 */
export function cleanCell(text: string): string {
  // Most cells need nothing done; testing first spares 100,000s of replace() calls on a large list.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const MB = 1024 * 1024;

function magic(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(8);
    const read = readSync(fd, head, 0, 8, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Checks the zip and answers the inflated parts the reader needs (its XML and relationships). */
function assertZipSafe(path: string, size: number, name: string): XlsxParts {
  const zip = inspectZip(path, size, { keep: (entry) => /\.(xml|rels)$/i.test(entry) });
  if (!zip.ok) {
    if (zip.reason === 'encrypted') throw lemariError('unsupported_file', { key: 'register.importer.error.encrypted', params: { name } });
    // A directory that lies about sizes is a bomb in disguise: refused on the bytes actually inflated.
    if (zip.reason === 'lies')
      throw lemariError('too_large', {
        key: 'register.importer.error.bomb',
        params: { name, size: '>' + String(Math.round(zip.inflated / MB)) },
      });
    if (zip.reason === 'zip64') throw lemariError('too_large', { key: 'register.importer.error.bomb', params: { name, size: '>4096' } });
    throw lemariError('unsupported_file', { key: 'register.importer.error.damaged', params: { name } });
  }
  const biggest = zip.entries.reduce((max, entry) => Math.max(max, entry.uncompressed), 0);
  const bomb = zip.entries.some((entry) => entry.uncompressed > 10 * MB && entry.uncompressed > entry.compressed * importLimits.maxRatio);
  if (bomb || zip.totalUncompressed > importLimits.maxUncompressedBytes || biggest > importLimits.maxEntryBytes) {
    throw lemariError('too_large', { key: 'register.importer.error.bomb', params: { name, size: Math.round(zip.totalUncompressed / MB) } });
  }
  if (!zip.entries.some((entry) => entry.name === '[Content_Types].xml') || !zip.entries.some((entry) => entry.name.startsWith('xl/'))) {
    throw lemariError('unsupported_file', { key: 'register.importer.error.notSpreadsheet', params: { name } });
  }
  return zip.parts;
}

function tooManyRows(sheet: string) {
  return lemariError('too_large', { key: 'register.importer.error.tooManyRows', params: { sheet, max: importLimits.maxRows } });
}

/** Throws when a read in this thread has outlasted its bound; the worker is stopped from outside instead. */
export type TimeCheck = () => void;

/**
 * Reads the chosen worksheets from the checked parts (xlsxReader): only the sheets asked for are
 * parsed, and with no choice only up to the first that holds data. Sheets are kept in tab order.
 */
function readXlsx(parts: XlsxParts, name: string, choice: SheetChoice, checkTime: TimeCheck): SheetGrid {
  const limits = { maxRows: importLimits.maxRows, maxColumns: importLimits.maxColumns, tooManyRows, clean: cleanCell, checkTime };
  const damaged = () => lemariError('unsupported_file', { key: 'register.importer.error.damaged', params: { name } });
  let workbook: Workbook | null;
  try {
    workbook = readWorkbook(parts);
  } catch {
    throw damaged();
  }
  if (workbook === null) throw damaged();
  const book = workbook;
  const sheets = book.sheets.map((sheet) => sheet.name);
  let context: WorksheetContext | null = null;
  const read = (sheet: WorkbookSheet): SheetTable => {
    try {
      context ??= { shared: readSharedStrings(parts, book), dateStyles: readDateStyles(parts, book), date1904: book.date1904 };
      return { sheet: sheet.name, rows: readWorksheet(parts, sheet, context, limits) };
    } catch (error) {
      if (error instanceof LemariError) throw error;
      throw damaged();
    }
  };
  const hasData = (table: SheetTable) => table.rows.some((row) => row.some((cell) => cell !== ''));
  if (choice.all) return { sheets, tables: book.sheets.map(read).filter(hasData) };
  const { sheet } = choice;
  if (sheet === undefined) {
    let first: SheetTable | undefined;
    for (const each of book.sheets) {
      const table = read(each);
      first ??= table;
      if (hasData(table)) return { sheets, tables: [table] };
    }
    // No worksheet at all (a workbook of chart sheets only): readSheet calls it empty, in words.
    return { sheets, tables: first ? [first] : [] };
  }
  const chosen =
    book.sheets.find((each) => each.name === sheet) ??
    book.sheets.find((each) => each.name.trim().toLowerCase() === sheet.trim().toLowerCase()) ??
    // "--sheet 2": the second sheet, as the tabs show them.
    (/^\d{1,3}$/.test(sheet) ? book.sheets[Number(sheet) - 1] : undefined);
  if (!chosen) throw lemariError('not_found', { key: 'register.importer.error.noSheet', params: { sheet } });
  return { sheets, tables: [read(chosen)] };
}

function readCsvFile(path: string, name: string): SheetGrid {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw lemariError('unsupported_file', { key: 'register.importer.error.notSpreadsheet', params: { name } });
  let rows: string[][] | null;
  try {
    rows = parseCsv(decodeCsv(bytes), importLimits.maxRows, importLimits.maxColumns);
  } catch {
    throw lemariError('unsupported_file', { key: 'register.importer.error.damaged', params: { name } });
  }
  if (rows === null)
    throw lemariError('too_large', { key: 'register.importer.error.tooManyRows', params: { sheet: name, max: importLimits.maxRows } });
  for (const row of rows) for (let c = 0; c < row.length; c += 1) row[c] = cleanCell(row[c] ?? '');
  // A CSV's one sheet is the file's name without its extension, as Excel names it on opening.
  const sheet = name.replace(/\.(csv|txt)$/i, '');
  return { sheets: [sheet], tables: [{ sheet, rows }] };
}

/**
 * Opens an officer's spreadsheet after checking what it is: zip → .xlsx (directory checked
 * for bombs and encryption first), OLE container → old .xls or a password-protected .xlsx,
 * text → CSV. Anything else is refused by name, before any parser sees it.
 */
export function readSheet(
  path: string,
  name: string,
  choice: SheetChoice = { all: false, sheet: undefined },
  checkTime: TimeCheck = () => undefined,
): Promise<SheetGrid> {
  // Read at once (in the worker, or in this thread for a small file); a refusal still arrives as the promise's rejection.
  return new Promise((resolve) => resolve(readSheetNow(path, name, choice, checkTime)));
}

function readSheetNow(path: string, name: string, choice: SheetChoice, checkTime: TimeCheck): SheetGrid {
  const size = statSync(path).size;
  if (size === 0) throw lemariError('unsupported_file', { key: 'register.importer.error.empty', params: { name } });
  if (size > importLimits.maxFileBytes) {
    throw lemariError('too_large', { key: 'register.importer.error.tooLarge', params: { name, max: importLimits.maxFileBytes / MB } });
  }
  const head = magic(path);
  let grid: SheetGrid;
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const parts = assertZipSafe(path, size, name);
    checkTime();
    grid = readXlsx(parts, name, choice, checkTime);
  } else if (head.toString('hex') === 'd0cf11e0a1b11ae1') {
    // Excel wraps a password-protected .xlsx in the same OLE container as an old .xls.
    throw lemariError('unsupported_file', { key: 'register.importer.error.legacyXls', params: { name } });
  } else if (/\.(csv|txt)$/i.test(name)) {
    grid = readCsvFile(path, name);
  } else {
    throw lemariError('unsupported_file', { key: 'register.importer.error.notSpreadsheet', params: { name } });
  }
  checkTime();
  if (!grid.tables.some((table) => table.rows.some((row) => row.some((cell) => cell !== '')))) {
    throw lemariError('unsupported_file', { key: 'register.importer.error.empty', params: { name } });
  }
  return grid;
}
