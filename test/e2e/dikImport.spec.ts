import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { AppPage } from './pages/AppPage';
import { RegisterPage } from './pages/RegisterPage';
import { expect, test } from './support/fixtures';

/** A kabupaten office's workbook: the DIP on one sheet, the DIK set by an SK years ago on the next. */
async function writeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const dip = workbook.addWorksheet('DIP 2025');
  dip.addRow(['DAFTAR INFORMASI PUBLIK DINAS KOMUNIKASI DAN INFORMATIKA']);
  dip.mergeCells('A1:D1');
  dip.addRow(['No', 'Ringkasan Isi Informasi', 'Penanggung Jawab', 'Jangka Waktu Penyimpanan']);
  dip.addRow(['A', 'INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA']);
  dip.addRow([1, 'Profil Dinas Komunikasi dan Informatika', 'Sekretaris', '5 tahun']);
  dip.addRow([2, 'Laporan Keuangan Tahun 2024', 'Kasubag Keuangan', '10 (sepuluh) tahun']);
  dip.addRow(['B', 'INFORMASI YANG WAJIB TERSEDIA SETIAP SAAT']);
  dip.addRow([3, 'Daftar Informasi Publik 2025', 'PPID', 'Ditinjau kembali']);
  const dik = workbook.addWorksheet('DIK 2025');
  dik.addRow(['DAFTAR INFORMASI YANG DIKECUALIKAN']);
  dik.mergeCells('A1:F1');
  dik.addRow(['No', 'Informasi', 'Dasar Hukum Pengecualian', 'Konsekuensi Dibuka', 'Konsekuensi Ditutup', 'Jangka Waktu']);
  dik.addRow([
    1,
    'Data pribadi pemohon informasi',
    'Pasal 17 huruf h angka 1 UU 14/2008',
    'Mengungkap rahasia pribadi',
    'Terlindungi',
    '5 (lima) tahun',
  ]);
  dik.addRow([2, 'Rekam medis pegawai', 'Pasal 17 UU 14/2008', 'Mengungkap riwayat kesehatan', 'Terlindungi', '20 Tahun']);
  await workbook.xlsx.writeFile(path);
}

test('imports a two-sheet DIP+DIK workbook from the DIK screen with its SK: decided exemptions with end dates', async ({
  page,
  server,
}, testInfo) => {
  const file = testInfo.outputPath('DIP dan DIK 2025.xlsx');
  await writeWorkbook(file);
  const scan = testInfo.outputPath('SK penetapan DIK.pdf');
  writeFileSync(scan, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const app = new AppPage(page);
  await app.open(server.url);
  await app.go('Informasi Dikecualikan');
  await page.getByRole('button', { name: 'Impor DIK' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor Daftar Informasi yang Dikecualikan' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Pilih berkas' }).click();
  await (await chooser).setFiles(file);
  await dialog.getByRole('combobox', { name: 'Lembar kerja' }).click();
  await page.getByRole('option', { name: 'Semua lembar' }).click();
  await expect(dialog.getByText('DIK 2025: 2 siap diimpor, 0 ditolak (Dikecualikan 2)')).toBeVisible();

  // Without a decision the rows would wait for their SK; the SK is typed in and the preview reads from its date.
  const decision = dialog.getByRole('group', { name: 'Keputusan yang menetapkan DIK ini' });
  await expect(decision.getByText('Belum ada keputusan: 2 baris')).toBeVisible();
  await decision.getByLabel('Nomor SK').fill('300.2.11 / 1864 / IV / 2025');
  await decision.getByLabel('Nama penanda tangan').fill('Rina Marlina');
  await decision.getByLabel('Jabatan penanda tangan').fill('PPID Utama');
  const scanChooser = page.waitForEvent('filechooser');
  await decision.getByRole('button', { name: 'Pindaian SK bertanda tangan (opsional)' }).click();
  await (await scanChooser).setFiles(scan);
  await decision.getByLabel('Tanggal SK').fill('2025-04-14');
  await decision.getByLabel('Nomor SK').click();
  await expect(decision.getByText('Ditetapkan dengan SK 300.2.11 / 1864 / IV / 2025 tanggal 14 April 2025.')).toBeVisible();
  await expect(dialog.getByText('Berakhir 13 April 2030')).toBeVisible();
  await expect(dialog.getByText('Berakhir 13 April 2045')).toBeVisible();
  await expect(dialog.getByText('Dasar hukum menyebut "Pasal 17" tanpa huruf: lengkapi hurufnya.')).toBeVisible();
  await decision.scrollIntoViewIfNeeded();
  await app.screenshot('dik-import-preview-sk');
  await dialog.getByText('Rekam medis pegawai').first().scrollIntoViewIfNeeded();
  await app.screenshot('dik-import-preview');

  await dialog.getByRole('button', { name: 'Impor 5 entri' }).click();
  await expect(page.getByText('5 entri diimpor; 0 baris ditolak. 2 ditetapkan, 0 menunggu SK, 1 perlu ditinjau.')).toBeVisible();
  await expect(dialog).toBeHidden();
  const dikTable = page.getByRole('table', { name: 'Informasi yang Dikecualikan' });
  await expect(dikTable.getByRole('row', { name: /Data pribadi pemohon informasi.*13 April 2030/ })).toBeVisible();
  await expect(
    dikTable.getByRole('row', { name: /Rekam medis pegawai.*Pasal 17 UU 14\/2008.*13 April 2045.*Ditetapkan.*Perlu ditinjau \(1\)/ }),
  ).toBeVisible();
  await expect(dikTable.getByText('Menunggu SK', { exact: true })).toHaveCount(0);
  await app.screenshot('dik-import-dik-list');

  // The entry's own page says what to review, in the officer's words.
  await dikTable.getByRole('link', { name: 'Rekam medis pegawai' }).click();
  const review = page.getByRole('alert', { name: 'Hasil impor yang perlu ditinjau' });
  await expect(review.getByText('Dasar hukum menyebut "Pasal 17" tanpa huruf: lengkapi hurufnya.')).toBeVisible();
  await review.scrollIntoViewIfNeeded();
  await app.screenshot('dik-import-detail');
  await app.go('Informasi Dikecualikan');
  await page.getByRole('tab', { name: 'Surat Keputusan' }).click();
  await expect(page.getByRole('cell', { name: '300.2.11 / 1864 / IV / 2025' }).first()).toBeVisible();

  const register = new RegisterPage(page);
  await app.go('Daftar Informasi Publik');
  await expect(register.row('Daftar Informasi Publik 2025')).toBeVisible();
  await app.screenshot('dik-import-dip');

  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
  await app.go('Exempted Information');
  await expect(page.getByRole('table', { name: 'Exempted information' }).getByText('To review (1)')).toBeVisible();
  await app.screenshot('dik-import-dik-list-en');
});

test('a DIK imported with no decision is exempted and awaits its SK, asked for on the DIK screen', async ({ page, server }, testInfo) => {
  const file = testInfo.outputPath('DIK lama.xlsx');
  await writeWorkbook(file);
  const app = new AppPage(page);
  await app.open(server.url);
  await app.go('Informasi Dikecualikan');
  await page.getByRole('button', { name: 'Impor DIK' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor Daftar Informasi yang Dikecualikan' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Pilih berkas' }).click();
  await (await chooser).setFiles(file);
  await dialog.getByRole('combobox', { name: 'Lembar kerja' }).click();
  await page.getByRole('option', { name: 'DIK 2025' }).click();
  await expect(dialog.getByText('Menunggu SK').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Impor 2 entri' }).click();
  await expect(page.getByText('2 entri diimpor; 0 baris ditolak. 0 ditetapkan, 2 menunggu SK, 1 perlu ditinjau.')).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: '2 informasi hasil impor belum terhubung' });
  await expect(banner).toBeVisible();
  await app.screenshot('dik-import-awaiting');
  await banner.getByRole('button', { name: 'Catat SK' }).click();
  await expect(page.getByRole('tab', { name: 'Surat Keputusan', selected: true })).toBeVisible();
});
