import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

/**
 * Text of a CSV as Excel saves it: UTF-8 (with or without a BOM) when that decodes cleanly,
 * else the Windows ANSI code page of an Indonesian/Western install (Windows-1252). iconv-lite's
 * table is used because Node's TextDecoder('windows-1252') is Latin-1 and turns 0x96 ("–")
 * into a control character.
 */
export function decodeCsv(bytes: Buffer): string {
  try {
    // TextDecoder drops a leading BOM itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'win1252');
  }
}

/**
 * The delimiter of the header lines: `;` from Excel in an Indonesian locale (comma is the decimal
 * separator there), `,` from other tools, tab from a copy-paste. Counted outside quotes only.
 */
export function guessDelimiter(text: string): string {
  const sample = text.slice(0, 8000);
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of sample) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

/**
 * RFC 4180 CSV through csv-parse: quoted cells keep their line breaks, CRLF or LF, ragged rows
 * allowed. Returns null past the row bound (the caller refuses the file by name).
 */
export function parseCsv(text: string, maxRows: number, maxColumns: number): string[][] | null {
  const rows: string[][] = parse(text, {
    delimiter: guessDelimiter(text),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    // One more than allowed, to tell "exactly at the bound" from "past it".
    to: maxRows + 1,
  });
  if (rows.length > maxRows) return null;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    if (row && row.length > maxColumns) rows[i] = row.slice(0, maxColumns);
  }
  return rows;
}
