import ExcelJS from 'exceljs';
import { createWriteStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { LemariError } from '../../../shared/api/errors';
import { tempDir } from '../../../test/support/tempArchive';
import { cleanCell, readSheet } from './sheetReader';
import { readDateStyles, readSharedStrings, readWorkbook, readWorksheet, type XlsxParts } from './xlsxReader';

const realLists = join(import.meta.dirname, '../../../test/fixtures/real-lists');

/** A cell's text as exceljs's full reader gives it: the oracle the SAX reader is held to. */
function oracleText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text || value.hyperlink : oracleText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return oracleText((value as { result?: ExcelJS.CellValue }).result ?? null);
  return '';
}

async function oracleGrid(file: string): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = new Map<string, string[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged range's text stays in its top-left cell only.
        cells[c - 1] = cell.isMerged && cell.master !== cell ? '' : cleanCell(oracleText(cell.value));
      });
      rows[r - 1] = cells;
    });
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

/** The non-empty cells of a grid, as "row,column=text", so padding and trailing blanks do not matter. */
function filled(rows: readonly (readonly string[] | undefined)[]): string[] {
  const out: string[] = [];
  rows.forEach((row, r) => row?.forEach((cell, c) => cell !== '' && out.push(`${String(r)},${String(c)}=${cell}`)));
  return out;
}

const limits = {
  maxRows: 1000,
  maxColumns: 200,
  tooManyRows: (sheet: string) => new Error(`too many rows in ${sheet}`),
  clean: cleanCell,
  checkTime: () => undefined,
};

/** A hand-written package: what other producers than Excel write (the OpenXML SDK's prefixes, inline strings, phonetics). */
function parts(sheetXml: string, sharedXml?: string, stylesXml?: string): XlsxParts {
  const map = new Map<string, Buffer>();
  map.set(
    '_rels/.rels',
    Buffer.from(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
    ),
  );
  map.set(
    'xl/workbook.xml',
    Buffer.from(
      '<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Lembar DIK" sheetId="1" rel:id="R9"/></x:sheets></x:workbook>',
    ),
  );
  map.set(
    'xl/_rels/workbook.xml.rels',
    Buffer.from(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/data.xml"/><Relationship Id="R2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="R3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
  );
  map.set('xl/sheets/data.xml', Buffer.from(sheetXml));
  // Named in another case than the relationship's target says: part names compare without case.
  if (sharedXml) map.set('xl/Strings.xml', Buffer.from(sharedXml));
  if (stylesXml) map.set('xl/styles.xml', Buffer.from(stylesXml));
  return map;
}

/** Writes the parts as a real zip on disk (with the content types a package needs). */
function zipped(pkg: XlsxParts, file: string): Promise<string> {
  const zip = new ZipFile();
  zip.addBuffer(
    Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '[Content_Types].xml',
  );
  for (const [name, bytes] of pkg) zip.addBuffer(bytes, name);
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream
      .pipe(createWriteStream(file))
      .on('close', () => resolve(file))
      .on('error', reject);
  });
}

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('the SAX reader of .xlsx worksheets', () => {
  it('gives every real list the text exceljs reads from it, cell for cell', async () => {
    const files = readdirSync(realLists).filter((name) => name.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const name of files) {
      const file = join(realLists, name);
      const oracle = await oracleGrid(file);
      const grid = await readSheet(file, name, { all: true });
      expect(grid.sheets, name).toEqual([...oracle.keys()]);
      for (const table of grid.tables)
        expect(filled(table.rows), `${name} › ${table.sheet}`).toEqual(filled(oracle.get(table.sheet) ?? []));
    }
  });

  it('reads the same lists saved again by LibreOffice Calc exactly as it reads the originals', async () => {
    const dir = join(import.meta.dirname, '../../../test/fixtures/producers/libreoffice');
    const files = readdirSync(dir).filter((name) => name.endsWith('.xlsx'));
    expect(files).toHaveLength(4);
    for (const name of files) {
      const resaved = await readSheet(join(dir, name), name, { all: true });
      const original = await readSheet(join(realLists, name), name, { all: true });
      expect(resaved.sheets, name).toEqual(original.sheets);
      expect(
        resaved.tables.map((table) => filled(table.rows)),
        name,
      ).toEqual(original.tables.map((table) => filled(table.rows)));
    }
  });

  it('reads dates, numbers, booleans, formulas and rich text as exceljs does, and merged text once', async () => {
    const file = join(tempDir(), 'jenis-sel.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sel');
    sheet.addRow(['Tanggal SK', new Date(Date.UTC(2019, 11, 31)), 12.5, true, { formula: 'C1*2', result: 25 }]);
    sheet.getCell('B1').numFmt = 'dd/mm/yyyy';
    sheet.addRow([
      { richText: [{ text: 'Pasal 17 ', font: { bold: true } }, { text: 'huruf h' }] },
      new Date(Date.UTC(2024, 0, 15)),
      '0012',
      false,
    ]);
    sheet.getCell('B2').numFmt = '[$-421]d mmmm yyyy;@';
    sheet.addRow(['A. INFORMASI BERKALA']);
    sheet.mergeCells('A3:E3');
    sheet.getCell('G4').value = 'jauh di kanan';
    await workbook.xlsx.writeFile(file);
    const [table] = (await readSheet(file, 'jenis-sel.xlsx')).tables;
    expect(table?.rows).toEqual([
      ['Tanggal SK', '2019-12-31', '12.5', 'true', '25', '', ''],
      ['Pasal 17 huruf h', '2024-01-15', '0012', 'false', '', '', ''],
      ['A. INFORMASI BERKALA', '', '', '', '', '', ''],
      ['', '', '', '', '', '', 'jauh di kanan'],
    ]);
  });

  it('reads prefixed elements, r:id under any prefix, inline strings, _x000D_, phonetic guides and the 1904 date system', () => {
    const sheetXml = `<x:worksheet ${NS}><x:sheetData>
      <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Dibuka setelah</x:t><x:rPh><x:t>ふりがな</x:t></x:rPh></x:is></x:c></x:row>
      <x:row><x:c t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>0</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>Baris_x000D_
dua</x:v></x:c></x:row>
      <x:row r="5"><x:c r="B5"><x:v>3.0</x:v></x:c><x:c r="D5" t="d"><x:v>2027-12-31T00:00:00Z</x:v></x:c></x:row>
    </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;
    const sharedXml = `<x:sst ${NS}><x:si><x:r><x:t>Laporan </x:t></x:r><x:r><x:t xml:space="preserve">Keuangan &amp; Aset</x:t></x:r></x:si><x:si><x:t><![CDATA[SK <2015>]]></x:t></x:si></x:sst>`;
    const stylesXml = `<x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="200" formatCode="&quot;Rp&quot;#,##0"/></x:numFmts><x:cellStyleXfs><x:xf numFmtId="14"/></x:cellStyleXfs><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="200"/></x:cellXfs></x:styleSheet>`;
    const pkg = parts(sheetXml, sharedXml, stylesXml);
    const workbook = readWorkbook(pkg);
    expect(workbook?.sheets).toEqual([{ name: 'Lembar DIK', part: 'xl/sheets/data.xml' }]);
    expect(workbook?.date1904).toBe(true);
    if (!workbook) return;
    const context = { shared: readSharedStrings(pkg, workbook), dateStyles: readDateStyles(pkg, workbook), date1904: workbook.date1904 };
    expect(context.dateStyles).toEqual([false, true, false]);
    const first = workbook.sheets[0];
    if (!first) return;
    expect(readWorksheet(pkg, first, context, limits)).toEqual([
      ['Laporan Keuangan & Aset', '', 'Dibuka setelah', ''],
      ['SK <2015>', '1904-01-01', '', 'Baris\ndua'],
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '3', '', '2027-12-31'],
    ]);
  });

  it('refuses a sheet past the row limit while reading, and stops when the time check says so', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `<row r="${String(i + 1)}"><c><v>${String(i)}</v></c></row>`).join('');
    const pkg = parts(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
    );
    const workbook = readWorkbook(pkg);
    const sheet = workbook?.sheets[0];
    if (!workbook || !sheet) throw new Error('no sheet');
    const context = { shared: [], dateStyles: [], date1904: false };
    expect(() => readWorksheet(pkg, sheet, context, limits)).toThrow('too many rows in Lembar DIK');
    expect(() =>
      readWorksheet(pkg, sheet, context, {
        ...limits,
        maxRows: 5000,
        checkTime: () => {
          throw new Error('terlalu lama');
        },
      }),
    ).toThrow('terlalu lama');
  });

  it('calls a workbook with no worksheet (chart sheets only) empty, in both languages', async () => {
    const pkg = new Map(parts('<worksheet/>'));
    // The only sheet's relationship points at a chartsheet part that is not a worksheet the import can read.
    pkg.delete('xl/sheets/data.xml');
    const file = await zipped(pkg, join(tempDir(), 'grafik.xlsx'));
    const error = await readSheet(file, 'grafik.xlsx').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LemariError);
    expect((error as LemariError).message).toBe('Berkas "grafik.xlsx" kosong: tidak ada baris berisi.');
    expect((error as LemariError).messageEn).toBe('The file "grafik.xlsx" is empty: no rows with content.');
  });

  it('calls a package with broken worksheet XML damaged, in words, and reads the same package whole', async () => {
    const good = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>Daftar Informasi yang Dikecualikan</t></is></c></row></sheetData></worksheet>`;
    const dir = tempDir();
    const whole = await zipped(parts(good), join(dir, 'sdk.xlsx'));
    expect((await readSheet(whole, 'sdk.xlsx')).tables[0]?.rows).toEqual([['Daftar Informasi yang Dikecualikan']]);
    const broken = await zipped(parts(good.replace('</c>', '')), join(dir, 'rusak.xlsx'));
    const error = await readSheet(broken, 'rusak.xlsx').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LemariError);
    expect((error as LemariError).code).toBe('unsupported_file');
    expect((error as LemariError).message).toContain('rusak.xlsx');
  });
});
