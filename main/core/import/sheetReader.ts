import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { LemariError } from '../../../shared/api/errors';
import { lemariError } from '../../../shared/api/raise';
import { decodeCsv, parseCsv } from './csv';
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

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text || value.hyperlink : cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('error' in value) return '';
  return '';
}

function assertZipSafe(path: string, size: number, name: string): void {
  const zip = inspectZip(path, size);
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
}

function tooManyRows(sheet: string) {
  return lemariError('too_large', { key: 'register.importer.error.tooManyRows', params: { sheet, max: importLimits.maxRows } });
}

/** A streamed worksheet's rows as cell text, every row padded to the sheet's width. */
async function tableOf(ws: ExcelJS.stream.xlsx.WorksheetReader, name: string): Promise<SheetTable> {
  const rows: string[][] = [];
  let width = 0;
  for await (const row of ws) {
    if (row.number > importLimits.maxRows) throw tooManyRows(name);
    const cells: string[] = [];
    // Excel stores a merged range's text in its first cell only and the streaming reader does not
    // copy it, so a heading merged over the row or a unit merged down rows is not repeated.
    row.eachCell((cell, c) => {
      if (c <= importLimits.maxColumns) cells[c - 1] = cleanCell(cellText(cell.value));
    });
    width = Math.max(width, cells.length);
    rows[row.number - 1] = cells;
  }
  for (let r = 0; r < rows.length; r += 1) {
    const cells = rows[r] ?? [];
    for (let c = 0; c < width; c += 1) if (cells[c] === undefined) cells[c] = '';
    rows[r] = cells;
  }
  return { sheet: name, rows };
}

/**
 * Streams the workbook (exceljs's WorkbookReader): no styles model per cell, no merged-range
 * copies, memory in proportion to the text only. Sheets are kept in tab order.
 */
async function readXlsx(path: string, name: string, choice: SheetChoice): Promise<SheetGrid> {
  // The file is opened here so a read error (the staged file removed mid-read) is this call's
  // refusal, not an unhandled stream error in the process.
  const source = createReadStream(path);
  const sourceFailed = new Promise<never>((_, reject) => source.once('error', reject));
  sourceFailed.catch(() => undefined);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const wanted = (sheet: string) =>
    choice.all ||
    choice.sheet === undefined ||
    /^\d{1,3}$/.test(choice.sheet) ||
    sheet.trim().toLowerCase() === choice.sheet.trim().toLowerCase();
  const read: SheetTable[] = [];
  const readAll = async () => {
    for await (const ws of reader) {
      const sheet = (ws as { name?: string }).name ?? `Sheet${String(read.length + 1)}`;
      if (wanted(sheet)) read.push(await tableOf(ws, sheet));
    }
  };
  try {
    await Promise.race([readAll(), sourceFailed]);
  } catch (error) {
    source.destroy();
    if (error instanceof LemariError) throw error;
    throw lemariError('unsupported_file', { key: 'register.importer.error.damaged', params: { name } });
  }
  const model = (reader as { model?: { sheets?: { name: string }[] } }).model;
  const sheets = model?.sheets?.map((sheet) => sheet.name) ?? read.map((table) => table.sheet);
  const position = (table: SheetTable) => sheets.indexOf(table.sheet);
  read.sort((a, b) => position(a) - position(b));
  const hasData = (table: SheetTable) => table.rows.some((row) => row.some((cell) => cell !== ''));
  if (choice.all) return { sheets, tables: read.filter(hasData) };
  const { sheet } = choice;
  const chosen =
    sheet === undefined
      ? (read.find(hasData) ?? read[0])
      : (read.find((table) => table.sheet === sheet) ??
        read.find((table) => table.sheet.trim().toLowerCase() === sheet.trim().toLowerCase()) ??
        // "--sheet 2": the second sheet, as the tabs show them.
        (/^\d{1,3}$/.test(sheet) ? read.find((table) => position(table) === Number(sheet) - 1) : undefined));
  if (!chosen) throw lemariError('not_found', { key: 'register.importer.error.noSheet', params: { sheet: sheet ?? '' } });
  return { sheets, tables: [chosen] };
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
export async function readSheet(path: string, name: string, choice: SheetChoice = { all: false, sheet: undefined }): Promise<SheetGrid> {
  const size = statSync(path).size;
  if (size === 0) throw lemariError('unsupported_file', { key: 'register.importer.error.empty', params: { name } });
  if (size > importLimits.maxFileBytes) {
    throw lemariError('too_large', { key: 'register.importer.error.tooLarge', params: { name, max: importLimits.maxFileBytes / MB } });
  }
  const head = magic(path);
  let grid: SheetGrid;
  if (head[0] === 0x50 && head[1] === 0x4b) {
    assertZipSafe(path, size, name);
    grid = await readXlsx(path, name, choice);
  } else if (head.toString('hex') === 'd0cf11e0a1b11ae1') {
    // Excel wraps a password-protected .xlsx in the same OLE container as an old .xls.
    throw lemariError('unsupported_file', { key: 'register.importer.error.legacyXls', params: { name } });
  } else if (/\.(csv|txt)$/i.test(name)) {
    grid = readCsvFile(path, name);
  } else {
    throw lemariError('unsupported_file', { key: 'register.importer.error.notSpreadsheet', params: { name } });
  }
  if (!grid.tables.some((table) => table.rows.some((row) => row.some((cell) => cell !== '')))) {
    throw lemariError('unsupported_file', { key: 'register.importer.error.empty', params: { name } });
  }
  return grid;
}
