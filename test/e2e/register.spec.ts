import { lemariAsPpid } from './support/signIn';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeMessyWorkbook } from '../fixtures/registerWorkbook';
import { AppPage } from './pages/AppPage';
import { RegisterPage } from './pages/RegisterPage';
import { expect, test } from './support/fixtures';
import { startServer } from './support/server';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'lemari.mjs');

test('create, edit, search, soft-delete and restore entries; stale saves are refused', async ({ page, server, browser }) => {
  // Two tabs, each signing in: 31 s on an idle CI machine, past the 60 s default when the machine is loaded.
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const register = new RegisterPage(page);
  await app.open(server.url);
  await app.go('Daftar Informasi Publik');
  await expect(page.getByText('Belum ada entri.')).toBeVisible();

  await register.newEntry({
    'Judul / Jenis Informasi': 'Laporan Keuangan Tahun 2024',
    'Ringkasan Isi Informasi': 'Neraca dan laporan realisasi anggaran',
  });
  await expect(page.getByText('Entri tersimpan.')).toBeVisible();
  await register.newEntry({ 'Judul / Jenis Informasi': 'Daftar Kafé Binaan', Catatan: 'dari bidang UMKM' });
  await expect(register.row('Daftar Kafé Binaan')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala/i })).toBeVisible();

  // An empty title is refused at the field, in Indonesian.
  await page.getByRole('button', { name: 'Entri baru' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByRole('dialog').getByText('Wajib diisi.')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

  // Edit in the full form.
  await register.rowAction('Ubah', 'Laporan Keuangan Tahun 2024');
  await register.field('Judul / Jenis Informasi').fill('Laporan Keuangan Tahun 2025');
  await page.keyboard.press('Control+s');
  await expect(register.row('Laporan Keuangan Tahun 2025')).toBeVisible();

  // Search as you type, accents ignored.
  await register.search('kafe');
  await expect(register.row('Daftar Kafé Binaan')).toBeVisible();
  await expect(register.row('Laporan Keuangan')).toHaveCount(0);
  await register.search('');

  // A second tab saves first; this tab's stale save is refused, never silently overwritten.
  await register.rowAction('Ubah', 'Laporan Keuangan Tahun 2025');
  const other = await browser.newPage();
  const otherRegister = new RegisterPage(other);
  await new AppPage(other).open(server.url);
  await new AppPage(other).go('Daftar Informasi Publik');
  await otherRegister.rowAction('Ubah', 'Laporan Keuangan Tahun 2025');
  await otherRegister.field('Judul / Jenis Informasi').fill('Laporan Keuangan (tab lain)');
  await other.getByRole('dialog').getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(otherRegister.row('Laporan Keuangan (tab lain)')).toBeVisible();
  await other.close();
  await register.field('Judul / Jenis Informasi').fill('Laporan Keuangan (tab ini)');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('sudah diubah di jendela atau tab lain');
  await app.screenshot('register-conflict');
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

  // Soft delete, then restore from the "Terhapus" filter.
  await register.rowAction('Hapus', 'Daftar Kafé Binaan');
  await expect(register.row('Daftar Kafé Binaan')).toHaveCount(0);
  await register.status('Terhapus');
  await expect(register.row('Daftar Kafé Binaan')).toBeVisible();
  await register.rowAction('Pulihkan', 'Daftar Kafé Binaan');
  await register.status('Aktif');
  await expect(register.row('Daftar Kafé Binaan')).toBeVisible();

  // History: who, when, before → after.
  await register.rowAction('Riwayat', 'Laporan Keuangan (tab lain)');
  const history = page.getByRole('dialog', { name: 'Riwayat perubahan' });
  await expect(history.getByText('Laporan Keuangan Tahun 2025').first()).toBeVisible();
  await expect(history.getByText(/^Diubah/).first()).toBeVisible();
  // The category reads as printed, not as its stored code.
  await expect(history.getByRole('cell', { name: 'Berkala', exact: true }).first()).toBeVisible();
  await expect(history.getByRole('cell', { name: 'berkala', exact: true })).toHaveCount(0);
  await app.screenshot('register-history');
});

test('imports a messy two-row-header workbook through the UI; the CLI imports the same file', async ({ page, server }, testInfo) => {
  const file = testInfo.outputPath('DIP Diskominfo 2025.xlsx');
  await writeMessyWorkbook(file);
  const app = new AppPage(page);
  const register = new RegisterPage(page);
  await app.open(server.url);
  await app.go('Daftar Informasi Publik');
  await register.importFile(file);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status')).toContainText('7 baris dibaca, 6 siap diimpor, 1 ditolak, 3 judul bagian dikenali');
  await expect(dialog.getByText('Judul dan ringkasan kosong.')).toBeVisible();
  await app.screenshot('register-import-preview');
  await dialog.getByRole('button', { name: 'Impor 6 entri' }).click();
  await expect(page.getByText('6 entri diimpor; 1 baris ditolak.')).toBeVisible();
  await expect(register.row('Peringatan Dini Banjir Lahar Merapi')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Serta Merta/i })).toBeVisible();

  const cliArchive = testInfo.outputPath('cli-archive');
  const out = lemariAsPpid(bin, cliArchive, ['import', file, '--json']);
  expect(JSON.parse(out)).toMatchObject({ read: 7, imported: 6, rejected: 1 });
  const listed = execFileSync(process.execPath, [bin, 'list', '--archive', cliArchive, '--search', 'lahar'], { encoding: 'utf8' });
  expect(listed).toContain('Peringatan Dini Banjir Lahar Merapi');
});

test('the register with thousands of entries stays usable; screenshots for review', async ({ page, server }, testInfo) => {
  const file = testInfo.outputPath('besar.xlsx');
  await writeMessyWorkbook(file, 3000);
  // The archive is locked while served: seed it with the server stopped, then serve it again.
  await server.stop();
  lemariAsPpid(bin, server.archiveDir, ['import', file]);
  const again = await startServer(server.archiveDir);
  const app = new AppPage(page);
  const register = new RegisterPage(page);
  await app.open(again.url);
  await app.go('Daftar Informasi Publik');
  await expect(page.getByRole('status').filter({ hasText: '3006 entri' })).toBeVisible();
  await app.screenshot('register-3000');
  await page
    .getByRole('table', { name: 'Daftar Informasi Publik' })
    .getByRole('rowgroup')
    .nth(1)
    .evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(register.row('Daftar Informasi Publik 2025')).toBeVisible();
  await app.screenshot('register-3000-end');
  await page.keyboard.press('/');
  await page.keyboard.type('nomor 2999');
  await expect(register.row('Dokumen Kegiatan Bidang Nomor 2999')).toBeVisible();
  await app.screenshot('register-3000-search');
  await again.stop();
});
