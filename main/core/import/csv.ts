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
 * The delimiter: `;` from Excel in an Indonesian locale (comma is the decimal separator there), `,`
 * from other tools, tab from a copy-paste. A delimiter separates the same number of cells on most
 * records (Excel pads every record to the width of the sheet); prose commas do not. So each
 * candidate is judged by how many records (outside quotes, a quoted line break inside a record)
 * hold its most common count, and only a count of at least one makes it a delimiter. A file of
 * one column ("Informasi …, secara spesifik …, dan …" a line) has none: it gets a delimiter that
 * does not occur in it, so no line is split at its commas.
 */
export function guessDelimiter(text: string): string {
  const candidates = [';', ',', '\t'] as const;
  const sample = text.slice(0, 8000);
  const records: Map<string, number>[] = [];
  let counts = new Map<string, number>();
  let blank = true;
  let quoted = false;
  for (const ch of sample) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') {
      if (!blank) records.push(counts);
      counts = new Map();
      blank = true;
      continue;
    } else if (!quoted && (candidates as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (ch.trim() !== '') blank = false;
  }
  // The last record is whole only when the sample holds the whole text.
  if (!blank && sample.length === text.length) records.push(counts);
  let best: string | null = null;
  let bestScore = 0;
  for (const ch of candidates) {
    const tally = new Map<number, number>();
    for (const record of records) {
      const n = record.get(ch) ?? 0;
      tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    let mode = 0;
    for (const [n, times] of tally) if (times > (tally.get(mode) ?? 0) || (times === tally.get(mode) && n > mode)) mode = n;
    const score = mode >= 1 ? (tally.get(mode) ?? 0) : 0;
    // Ties go to the earlier candidate: `;` before `,` (Excel in an Indonesian locale).
    if (score > bestScore) {
      best = ch;
      bestScore = score;
    }
  }
  if (best !== null) return best;
  return candidates.find((ch) => !records.some((record) => (record.get(ch) ?? 0) > 0)) ?? ';';
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
