import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRequestSchema, type ExportRequestInput } from '../../../shared/domain/export';
import { addDip, addEntry, openSession, setAgency, type Session } from '../../../test/export/fixture';
import { tempDir } from '../../../test/support/tempArchive';

async function render(s: Session, request: ExportRequestInput): Promise<Buffer> {
  return (await s.core.exports.render(exportRequestSchema.parse(request))).data;
}

function pdfPages(pdf: Buffer): { pages: string[]; info: string } {
  const dir = tempDir('lemari-pdf-');
  const file = join(dir, 'list.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
  return { pages, info };
}

describe('printed lists (PDF)', () => {
  it('DIP: kop surat, title, headings, header and page number on every page, signature on the last, on A4 and F4', async () => {
    const s = openSession();
    await setAgency(s);
    await addDip(s, 90);
    for (const [paper, size] of [
      ['a4', '841.89 x 595.28'],
      ['f4', '935.43 x 609.45'],
    ] as const) {
      const { pages, info } = pdfPages(await render(s, { list: 'dip', format: 'pdf', year: 2026, paper }));
      expect(info).toMatch(new RegExp(`Page size:\\s+${size} pts`));
      expect(info).toMatch(/Title:\s+Daftar Informasi Publik Tahun 2026/);
      expect(pages.length).toBeGreaterThan(2);
      expect(pages[0]).toContain('DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU');
      expect(pages[0]).toContain('DAFTAR INFORMASI PUBLIK TAHUN 2026');
      expect(pages[0]).toContain('A. Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala');
      const all = pages.join('\n');
      expect(all).toContain('B. Informasi yang Wajib Diumumkan Secara Serta Merta');
      expect(all).toContain('C. Informasi yang Wajib Tersedia Setiap Saat');
      pages.forEach((page, i) => {
        expect(page).toContain('Ringkasan Isi Informasi');
        expect(page).toContain('Jenis Media yang');
        expect(page).toContain(`Halaman ${String(i + 1)} dari ${String(pages.length)}`);
        expect(page).toMatch(/Hash jejak audit: [0-9a-f]{64}/);
      });
      const last = pages[pages.length - 1] ?? '';
      expect(last).toContain('Sukamaju, 15 Januari 2026');
      expect(last).toContain('Dra. Siti Aminah, M.Si.');
      expect(last).toContain('NIP. 198001012005012001');
      // The signature never stands alone: the last page carries table rows too.
      expect(last).toMatch(/Laporan Realisasi Anggaran|Uraian rinci realisasi/);
      // Every row is printed once, in full.
      for (let n = 1; n <= 90; n += 1) expect(all).toContain(`Nomor ${String(n)}\n`.trim());
    }
  });

  it('DIK: its five columns only, signed by the Atasan PPID; the SK lampiran layout names the decision', async () => {
    const s = openSession();
    await setAgency(s);
    await addEntry(s, 'dikecualikan', {
      judul: 'Data kepegawaian',
      ringkasan: 'tidak untuk dicetak',
      dikInformasi: 'Riwayat kesehatan pegawai',
      dikDasarHukum: 'Pasal 17 huruf h angka 2 UU 14/2008',
      dikKonsekuensiDibuka: 'Mengungkap rahasia pribadi pegawai',
      dikKonsekuensiDitutup: 'Privasi pegawai terlindungi',
      dikJangkaWaktu: 'Tidak terbatas',
    });
    const { pages } = pdfPages(await render(s, { list: 'dik', format: 'pdf', year: 2026, paper: 'f4' }));
    const text = pages.join('\n');
    for (const header of ['Informasi yang', 'Dasar Hukum', 'Konsekuensi Apabila', 'Dibuka', 'Ditutup', 'Jangka Waktu'])
      expect(text).toContain(header);
    expect(text).toContain('Riwayat kesehatan pegawai');
    expect(text).toContain('Ir. Bambang Wibowo');
    expect(text).not.toContain('tidak untuk dicetak');
    expect(text).not.toContain('Data kepegawaian');

    await addDip(s, 3);
    const edition = await s.call('edition.publish', {
      list: 'dip',
      year: 2026,
      decision: {
        number: '300.2.11 / 1864 / I / 2026',
        date: '2026-01-12',
        place: 'Sukamaju',
        signerPosition: 'Kepala Dinas',
        signerName: 'Ir. Bambang Wibowo',
        signerNip: '',
      },
    });
    const lampiran =
      pdfPages(await render(s, { list: 'dip', format: 'pdf', paper: 'a4', layout: 'lampiran', editionId: edition.id })).pages[0] ?? '';
    expect(lampiran).toContain('LAMPIRAN KEPUTUSAN KEPALA DINAS');
    expect(lampiran).toContain(': 300.2.11 / 1864 / I / 2026');
    expect(lampiran).toContain(': 12 Januari 2026');
  });

  it('an edition prints the same bytes every time', async () => {
    const s = openSession();
    await setAgency(s);
    await addDip(s, 12);
    const edition = await s.call('edition.publish', {
      list: 'dip',
      year: 2026,
      decision: { number: '1/2026', date: '2026-01-12', place: 'Sukamaju', signerPosition: 'PPID', signerName: 'Siti', signerNip: '' },
    });
    for (const format of ['pdf', 'xlsx', 'csv', 'json', 'html'] as const) {
      const a = await render(s, { list: 'dip', format, editionId: edition.id });
      const b = await render(s, { list: 'dip', format, editionId: edition.id });
      expect(a.equals(b), format).toBe(true);
    }
  });
});

describe('spreadsheet (XLSX)', () => {
  it('has title rows, a frozen filterable header, category rows and print setup', async () => {
    const s = openSession();
    await setAgency(s);
    await addDip(s, 9);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await render(s, { list: 'dip', format: 'xlsx', year: 2026, paper: 'f4' })).buffer);
    const sheet = workbook.getWorksheet('DIP');
    if (!sheet) throw new Error('no DIP sheet');
    expect(sheet.getCell('A2').value).toBe('DAFTAR INFORMASI PUBLIK TAHUN 2026');
    expect(sheet.getRow(5).getCell(3).value).toBe('Ringkasan Isi Informasi');
    expect(sheet.getCell('A6').value).toBe('A. Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala');
    expect(sheet.getCell('B7').value).toBe('Laporan Realisasi Anggaran Nomor 1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 14,
      fitToPage: true,
      fitToWidth: 1,
      printTitlesRow: '5:5',
    });
    expect(sheet.getRow(7).getCell(3).alignment).toMatchObject({ wrapText: true });
  });

  it('imports back into Lemari unchanged (round trip through the register importer)', async () => {
    const s = openSession();
    await setAgency(s);
    await addDip(s, 15);
    await addEntry(s, 'setiap_saat', {
      judul: 'Tanpa tahun',
      bentuk: 'softcopy',
      formatOnline: true,
      retensiText: 'Permanen menurut JRA',
      disposisi: 'musnah',
      year: null,
    });
    const before = s.core.exports.listFor({ list: 'dip', year: null, editionId: null });
    const xlsx = await render(s, { list: 'dip', format: 'xlsx' });

    const other = openSession();
    const upload = await other.stage('daftar-informasi-publik.xlsx', xlsx);
    const preview = await other.call('import.preview', { upload });
    expect(preview.rejected).toBe(0);
    const result = await other.call('import.commit', { upload });
    expect(result.imported).toBe(before.rows.length);
    const after = other.core.exports.listFor({ list: 'dip', year: null, editionId: null });
    const strip = (rows: typeof before.rows) => rows.map(({ entryId: _id, ...rest }) => rest);
    expect(strip(after.rows)).toEqual(strip(before.rows));
  });
});
