import type { DipRow, ListDocument } from '../../../shared/domain/export';
import { categoryHeadings } from '../../../shared/domain/entry';
import { csvField, groupDip } from '../../../shared/domain/export';
import { dikSheetColumns, dipSheetColumns, type SheetColumn } from './sheetColumns';

const kategori: SheetColumn<DipRow> = { header: 'Kategori', width: 30, value: (row) => categoryHeadings[row.category] };

function line(values: readonly (string | number | null)[]): string {
  return values.map((value) => csvField(value === null ? '' : String(value))).join(',');
}

/**
 * The list as CSV for open-data portals: UTF-8 with BOM (Excel opens it right), CRLF, one
 * header row, a Kategori column instead of heading rows. Every cell is formula-escaped
 * (RELIABILITY #10): exceljs's own CSV writer would emit "=…" raw.
 */
export function renderListCsv(list: ListDocument): Buffer {
  const lines: string[] = [];
  if (list.kind === 'dip') {
    const columns = [kategori, ...dipSheetColumns];
    lines.push(line(columns.map((column) => column.header)));
    for (const group of groupDip(list.rows))
      group.rows.forEach((row, i) => lines.push(line(columns.map((column) => column.value(row, i + 1)))));
  } else {
    lines.push(line(dikSheetColumns.map((column) => column.header)));
    list.rows.forEach((row, i) => lines.push(line(dikSheetColumns.map((column) => column.value(row, i + 1)))));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
