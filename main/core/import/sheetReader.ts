import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { lemariError } from '../../../shared/api/raise';
import { parseCsv } from './csv';
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

export interface SheetGrid {
  sheets: string[];
  sheet: string;
  /** Cell text by row, 0-based; merged cells repeat their master's text so two-row headers read whole. */
  rows: string[][];
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

async function readXlsx(path: string, name: string, sheet: string | undefined): Promise<SheetGrid> {
  const workbook = new ExcelJS.Workbook();
  try {
    // Parts an import never needs are skipped so they cost no memory.
    await workbook.xlsx.readFile(path, { ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'picture'] });
  } catch {
    throw lemariError('unsupported_file', { key: 'register.importer.error.damaged', params: { name } });
  }
  const sheets = workbook.worksheets.map((ws) => ws.name);
  const chosen =
    sheet === undefined
      ? (workbook.worksheets.find((ws) => ws.actualRowCount > 0) ?? workbook.worksheets[0])
      : workbook.getWorksheet(sheet);
  if (!chosen) throw lemariError('not_found', { key: 'register.importer.error.noSheet', params: { sheet: sheet ?? '' } });
  if (chosen.rowCount > importLimits.maxRows) {
    throw lemariError('too_large', {
      key: 'register.importer.error.tooManyRows',
      params: { sheet: chosen.name, max: importLimits.maxRows },
    });
  }
  const width = Math.min(chosen.columnCount, importLimits.maxColumns);
  const rows: string[][] = [];
  for (let r = 1; r <= chosen.rowCount; r += 1) {
    const row = chosen.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c).value).replace(/\s+/g, ' ').trim());
    rows.push(cells);
  }
  return { sheets, sheet: chosen.name, rows };
}

function readCsvFile(path: string, name: string): SheetGrid {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw lemariError('unsupported_file', { key: 'register.importer.error.notSpreadsheet', params: { name } });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel on Windows saves CSV in the ANSI code page when not told otherwise.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), importLimits.maxRows, importLimits.maxColumns);
  if (rows === null)
    throw lemariError('too_large', { key: 'register.importer.error.tooManyRows', params: { sheet: name, max: importLimits.maxRows } });
  return { sheets: [name], sheet: name, rows: rows.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim())) };
}

/**
 * Opens an officer's spreadsheet after checking what it is: zip → .xlsx (directory checked
 * for bombs and encryption first), OLE container → old .xls or a password-protected .xlsx,
 * text → CSV. Anything else is refused by name, before any parser sees it.
 */
export async function readSheet(path: string, name: string, sheet?: string): Promise<SheetGrid> {
  const size = statSync(path).size;
  if (size === 0) throw lemariError('unsupported_file', { key: 'register.importer.error.empty', params: { name } });
  if (size > importLimits.maxFileBytes) {
    throw lemariError('too_large', { key: 'register.importer.error.tooLarge', params: { name, max: importLimits.maxFileBytes / MB } });
  }
  const head = magic(path);
  let grid: SheetGrid;
  if (head[0] === 0x50 && head[1] === 0x4b) {
    assertZipSafe(path, size, name);
    grid = await readXlsx(path, name, sheet);
  } else if (head.toString('hex') === 'd0cf11e0a1b11ae1') {
    // Excel wraps a password-protected .xlsx in the same OLE container as an old .xls.
    throw lemariError('unsupported_file', { key: 'register.importer.error.legacyXls', params: { name } });
  } else if (/\.(csv|txt)$/i.test(name)) {
    grid = readCsvFile(path, name);
  } else {
    throw lemariError('unsupported_file', { key: 'register.importer.error.notSpreadsheet', params: { name } });
  }
  if (!grid.rows.some((row) => row.some((cell) => cell !== ''))) {
    throw lemariError('unsupported_file', { key: 'register.importer.error.empty', params: { name } });
  }
  return grid;
}
