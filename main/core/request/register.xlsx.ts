import ExcelJS from 'exceljs';
import type { AgencyProfile } from '../../../shared/domain/agency';
import type { RegisterBook } from './register.rows';

/**
 * A register book as a workbook: title rows, the two-row Perki header (group cells merged over their
 * tick columns), one row per request or objection. Every cell is written as text, so a requester's "=…"
 * stays words (RELIABILITY #10).
 */
export async function renderRegisterXlsx(book: RegisterBook, agency: AgencyProfile): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lemari';
  const sheet = workbook.addWorksheet(
    book.book === 'permohonan' ? `Register Permohonan ${String(book.year)}` : `Register Keberatan ${String(book.year)}`,
    {
      // Printed landscape, one page wide (the paper size is the printer's choice: A4 or F4).
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    },
  );
  const n = book.columns.length;
  sheet.addRow([book.title]).font = { bold: true, size: 13 };
  sheet.addRow([`PPID ${agency.bodyName}`.trim()]);
  sheet.addRow(['Dokumen internal: memuat data pribadi pemohon (UU 27/2022).']).font = { italic: true, size: 9 };
  const groupRow = sheet.addRow(book.columns.map((c) => c.group ?? c.header));
  const headerRow = sheet.addRow(book.columns.map((c) => c.header));
  const top = groupRow.number;
  book.columns.forEach((c, i) => {
    const col = i + 1;
    if (!c.group) sheet.mergeCells(top, col, top + 1, col);
  });
  for (const group of new Set(book.columns.flatMap((c) => (c.group ? [c.group] : [])))) {
    const first = book.columns.findIndex((c) => c.group === group) + 1;
    const count = book.columns.filter((c) => c.group === group).length;
    sheet.mergeCells(top, first, top, first + count - 1);
  }
  for (const row of [groupRow, headerRow]) {
    row.font = { bold: true, size: 9 };
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    row.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEEC' } };
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
  }
  sheet.addRow(book.columns.map((_c, i) => String(i + 1))).alignment = { horizontal: 'center' };
  for (const cells of book.rows) {
    const row = sheet.addRow(cells);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.font = { size: 9 };
    book.columns.forEach((c, i) => {
      if (c.tick) row.getCell(i + 1).alignment = { horizontal: 'center', vertical: 'top' };
    });
  }
  book.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.max(5, Math.round(c.mm * 0.75));
  });
  sheet.views = [{ state: 'frozen', ySplit: top + 2, xSplit: 2 }];
  sheet.autoFilter = { from: { row: top + 1, column: 1 }, to: { row: top + 1, column: n } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
