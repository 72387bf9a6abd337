/**
 * RFC 4180 CSV with the delimiter guessed from the first lines: Indonesian Excel writes `;`
 * (comma is the decimal separator there), other tools `,`. Returns null past the row bound.
 */
export function parseCsv(text: string, maxRows: number, maxColumns: number): string[][] | null {
  const delimiter = guessDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      if (row.length < maxColumns) row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      if (row.length < maxColumns) row.push(cell);
      rows.push(row);
      if (rows.length > maxRows) return null;
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function guessDelimiter(text: string): string {
  const sample = text.slice(0, 4000);
  const count = (ch: string) => sample.split(ch).length - 1;
  const candidates = [';', ',', '\t'];
  return candidates.reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',');
}
