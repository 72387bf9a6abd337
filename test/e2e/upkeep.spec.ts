import { existsSync, mkdirSync, mkdtempSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pngBytes } from '../vault/fixtures';
import { AppPage } from './pages/AppPage';
import { ScansPage } from './pages/ScansPage';
import { expect, test } from './support/fixtures';
import { startServer } from './support/server';

async function language(page: Page, code: 'ID' | 'EN'): Promise<void> {
  await page
    .getByRole('radiogroup', { name: code === 'EN' ? 'Bahasa' : 'Language' })
    .getByText(code)
    .click();
}

test('Beranda says the archive sits in a synced folder and which leftovers the start removed, in both languages', async ({ page }) => {
  // An archive inside a OneDrive folder, with an upload a crash left staged.
  const archiveDir = join(mkdtempSync(join(tmpdir(), 'lemari-e2e-')), 'OneDrive - Dinas Kominfo', 'Lemari');
  mkdirSync(join(archiveDir, 'tmp', 'uploads'), { recursive: true });
  writeFileSync(join(archiveDir, 'tmp', 'uploads', '3f2a9c1e-unggahan'), 'sisa unggahan');
  const server = await startServer(archiveDir);
  try {
    const app = new AppPage(page);
    await app.open(server.url);
    const risk = page.getByRole('alert').filter({ hasText: 'Peringatan: tempat arsip berisiko' });
    await expect(risk).toContainText('folder yang disinkronkan (OneDrive, Google Drive, Dropbox');
    await expect(page.getByText('Sisa dari gangguan sebelumnya telah dihapus')).toBeVisible();
    await expect(page.getByText('Unggahan yang belum dipakai:')).toBeVisible();
    expect(existsSync(join(archiveDir, 'tmp', 'uploads', '3f2a9c1e-unggahan'))).toBe(false);
    await app.screenshot('upkeep-01-beranda-id');
    await language(page, 'EN');
    await expect(page.getByRole('alert').filter({ hasText: 'Warning: a risky place for the archive' })).toContainText('synced folder');
    await expect(page.getByText('Leftovers of an earlier interruption were removed')).toBeVisible();
    await app.screenshot('upkeep-02-beranda-en');
  } finally {
    await server.stop();
  }
});

test('scans the inbox took in and nobody assigned are listed under the inbox and removed by the PPID after confirming', async ({
  page,
  server,
}) => {
  const app = new AppPage(page);
  const scans = new ScansPage(page);
  const inbox = mkdtempSync(join(tmpdir(), 'lemari-scanner-'));
  const past = new Date(Date.now() - 60_000);
  const paths = ['SCAN_0007.png', 'SCAN_0008.png'].map((name, i) => {
    const path = join(inbox, name);
    writeFileSync(path, pngBytes(210, 297, [240 - i * 60, 235, 220]));
    utimesSync(path, past, past);
    return path;
  });

  await app.open(server.url);
  await app.go('Pindaian');
  await scans.setInboxFolder(inbox);
  await scans.tab('Kotak Masuk Pindaian');
  await page.getByRole('button', { name: 'Periksa folder sekarang' }).click();
  await expect(scans.inboxItem('SCAN_0008.png')).toBeVisible();
  await expect(page.getByText('Tidak ada pindaian yang tertinggal tanpa naskah.')).toBeVisible();
  // Someone tidies the scanner folder: the files go, their copies stay in the vault.
  for (const path of paths) unlinkSync(path);
  await page.getByRole('button', { name: 'Periksa folder sekarang' }).click();
  const table = page.getByRole('table', { name: 'Pindaian yang tidak ditetapkan' });
  await expect(table.getByRole('row')).toHaveCount(3);
  // The thumbnail is the scan itself, served to this signed-in tab's key.
  await expect(table.getByRole('img', { name: 'SCAN_0007.png' })).toHaveJSProperty('complete', true);
  expect(await table.getByRole('img', { name: 'SCAN_0007.png' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(210);
  await app.screenshot('upkeep-03-kotak-masuk-id');

  await page.getByRole('button', { name: 'Hapus pindaian SCAN_0007.png' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hapus pindaian ini?' });
  await expect(dialog).toContainText('tidak dapat dibatalkan');
  await app.screenshot('upkeep-04-konfirmasi-id');
  await dialog.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByText('Pindaian SCAN_0007.png telah dihapus dari arsip.')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);

  await language(page, 'EN');
  await expect(page.getByRole('table', { name: 'Scans nobody assigned' })).toContainText('SCAN_0008.png');
  await app.screenshot('upkeep-05-inbox-en');
});
