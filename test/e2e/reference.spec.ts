import { AppPage } from './pages/AppPage';
import { ExemptionPage } from './pages/ExemptionPage';
import { expect, test } from './support/fixtures';

/**
 * Data rujukan: the officer edits a Pasal 17 ground in place, keeps the list of other statutes, and
 * corrects the holiday calendar (2027 still estimates); the archive refuses a clerk who may not.
 */
test('reference data: Pasal 17 grounds, other statutes and holidays, edited by the PPID only', async ({ page, server }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const dik = new ExemptionPage(page);
  await app.open(server.url);
  await app.go('Informasi Dikecualikan');
  await dik.openTab('Pengguna & peran');
  await dik.addUser('Rina Marlina', 'PPID', 'PPID');
  await dik.actAs(/^Rina Marlina/);
  await dik.addUser('Budi Santoso', 'Pengelola Informasi', 'Petugas / Pengelola Informasi');

  // A clerk may not change reference data: the archive says who may.
  await dik.actAs(/^Budi Santoso/);
  await dik.openTab('Data rujukan');
  const grounds = page.getByRole('table', { name: 'Dasar hukum Pasal 17' });
  await expect(grounds.getByRole('row')).toHaveCount(39);
  const h3 = grounds.getByRole('row').filter({ hasText: '17h3' });
  await expect(h3).toContainText('Pasal 17 huruf h angka 3 UU 14/2008');
  await expect(h3).toContainText('Berlaku terus');
  await expect(grounds.getByRole('row').filter({ hasText: '17a1' })).toContainText('Tidak permanen (Pasal 20)');
  await grounds.getByRole('button', { name: 'Ubah 17h3' }).click();
  await grounds.getByLabel('Frasa kunci (Bahasa Indonesia)').fill('kondisi keuangan, aset, pendapatan dan rekening bank seseorang');
  await grounds.getByRole('button', { name: 'Simpan' }).click();
  await expect(grounds.getByRole('alert')).toContainText('Budi Santoso tidak memiliki peran yang boleh melakukan tindakan ini');
  await grounds.getByRole('button', { name: 'Batal' }).click();

  // The PPID edits the ground in place.
  await dik.actAs(/^Rina Marlina/);
  await grounds.getByRole('button', { name: 'Ubah 17h3' }).click();
  await grounds.getByLabel('Frasa kunci (Bahasa Indonesia)').fill('kondisi keuangan, aset, pendapatan dan rekening bank seseorang');
  await grounds.getByLabel('Bahasa Inggris').fill('personal finances, assets, income and bank accounts');
  await grounds.getByRole('button', { name: 'Simpan' }).click();
  await expect(h3).toContainText('kondisi keuangan, aset, pendapatan dan rekening bank seseorang');
  await expect(h3).toContainText('personal finances, assets, income and bank accounts');

  // Other statutes: add one, retire another; a duplicate is refused with the archive's message.
  const statutes = page.getByRole('table', { name: 'Peraturan lain' });
  await page.getByRole('button', { name: 'Tambah peraturan' }).click();
  await dik.dialog().getByLabel('Peraturan').fill('Perda Kabupaten Sleman Nomor 5 Tahun 2020 tentang Keterbukaan Informasi Publik');
  await dik.dialog().getByRole('button', { name: 'Simpan' }).click();
  await expect(statutes).toContainText('Perda Kabupaten Sleman Nomor 5 Tahun 2020');
  await page.getByRole('button', { name: 'Tambah peraturan' }).click();
  await dik.dialog().getByLabel('Peraturan').fill('UU 27/2022 tentang Pelindungan Data Pribadi');
  await dik.dialog().getByRole('button', { name: 'Simpan' }).click();
  await expect(dik.dialog().getByRole('alert')).toContainText('Peraturan ini sudah ada di daftar.');
  await dik.dialog().getByRole('button', { name: 'Batal' }).click();
  await statutes.getByRole('button', { name: 'Ubah PP 61/2010 tentang Pelaksanaan UU 14/2008' }).click();
  await dik.dialog().getByLabel('Aktif (muncul di pilihan formulir)').uncheck();
  await dik.dialog().getByRole('button', { name: 'Simpan' }).click();
  await expect(statutes.getByRole('row').filter({ hasText: 'PP 61/2010' })).toContainText('Nonaktif');

  // Holidays by year: 2027 are estimates; the officer adds a cuti bersama and removes a wrong date.
  await dik.pick(page, 'Tahun', '2027');
  const y2027 = page.getByRole('table', { name: 'Hari libur nasional & cuti bersama 2027' });
  await expect(y2027.getByRole('row').filter({ hasText: 'Hari Suci Nyepi' })).toContainText('perkiraan');
  await expect(page.getByText('Tanggal bertanda "(perkiraan)" belum ditetapkan SKB Menteri')).toBeVisible();
  await page.getByLabel('Tanggal', { exact: true }).fill('2027-12-24');
  await page.getByLabel('Keterangan', { exact: true }).fill('Cuti bersama Hari Raya Natal');
  await dik.pick(page, 'Jenis', 'Cuti bersama');
  await page.getByRole('button', { name: 'Tambah hari libur' }).click();
  await expect(y2027.getByRole('row').filter({ hasText: '24 Desember 2027' })).toContainText('Cuti bersama');
  await y2027.getByRole('button', { name: 'Hapus 8 Maret 2027 Hari Suci Nyepi (perkiraan)' }).click();
  await page.getByRole('dialog', { name: 'Hapus hari libur ini?' }).getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(y2027).not.toContainText(/(^|\D)8 Maret 2027/);
  await app.screenshot('dik-rujukan-libur-2027');

  // Nothing here is kept only in the page: a reload shows the archive's data.
  await app.reload();
  await dik.openTab('Data rujukan');
  await expect(grounds.getByRole('row').filter({ hasText: '17h3' })).toContainText('rekening bank seseorang');
  await app.screenshot('dik-rujukan');
});
