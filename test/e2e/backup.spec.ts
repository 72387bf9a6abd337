import { openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { startServer } from './support/server';
import { signInOnPage } from './support/signIn';
import { expect, test } from './support/fixtures';

const PASSPHRASE = 'kata sandi cadangan kantor';

/** Backs up with a passphrase from the backup screen (issue 13 #5: every backup encrypted). */
async function backUpWithPassphrase(page: Page): Promise<void> {
  await page.getByLabel('Kata sandi cadangan (minimal 10 karakter)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Cadangkan dengan kata sandi' }).click();
  // scrypt at age's 2^18 twice (wrap, read-back check): seconds on a loaded machine.
  await expect(page.getByText(/Cadangan selesai: .*\.lemari-backup/)).toBeVisible({ timeout: 60_000 });
}

test('an officer backs up with a passphrase, a wrong one is refused, the right one test-restores, and the home warning goes away', async ({
  page,
  server,
}) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open(server.url);
  await expect(page.getByText('Arsip ini belum pernah dicadangkan')).toBeVisible();
  await app.go('Cadangan & Pemulihan');
  await expect(page.getByRole('heading', { name: 'Cadangan & Pemulihan', level: 2 })).toBeVisible();
  await expect(page.getByText(/memuat SELURUH arsip/)).toBeVisible();
  // No recovery key yet and no passphrase: the quick button is refused rather than writing the DIK in plain files.
  await page.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
  // The refusal itself; the status card then repeats it as "Cadangan terakhir gagal (…): Cadangan harus …".
  await expect(page.getByText(/^Cadangan harus dienkripsi/)).toBeVisible();
  await backUpWithPassphrase(page);
  await expect(page.getByRole('table', { name: 'Berkas cadangan di folder' }).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('table', { name: 'Berkas cadangan di folder' }).getByText('terenkripsi')).toBeVisible();
  const keyField = page.getByLabel('Kata sandi atau Kunci Pemulihan (AGE-SECRET-KEY-1…)');
  await keyField.fill('bukan kata sandinya');
  await page.getByRole('button', { name: 'Uji pulih cadangan terbaru' }).click();
  await expect(page.getByText(/tidak cocok dengan cadangan ini/)).toBeVisible({ timeout: 30_000 });
  await app.screenshot('07b-cadangan-sandi-salah');
  await keyField.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Uji pulih cadangan terbaru' }).click();
  await expect(page.getByText(/dapat dipulihkan: 1 berkas/)).toBeVisible({ timeout: 30_000 });
  await app.screenshot('07-cadangan');
  await app.go('Beranda');
  await expect(page.getByRole('heading', { name: 'Selamat datang di Lemari' })).toBeVisible();
  await expect(page.getByText('Arsip ini belum pernah dicadangkan')).toHaveCount(0);
});

test('a damaged archive opens in recovery mode and is restored from the newest backup', async ({ page }) => {
  test.setTimeout(180_000);
  const first = await startServer();
  const app = new AppPage(page);
  await app.open(first.url);
  await app.go('Cadangan & Pemulihan');
  await backUpWithPassphrase(page);
  await first.stop();
  // Zero the database header, as a dying disk or a bad copy would.
  const fd = openSync(join(first.archiveDir, 'lemari.sqlite'), 'r+');
  writeSync(fd, Buffer.alloc(100), 0, 100, 0);
  closeSync(fd);

  const second = await startServer(first.archiveDir);
  try {
    // Recovery mode asks nobody to sign in (the damaged archive's accounts cannot be trusted, and
    // recovery.status / recovery.restore are `open` in the policy): the page goes straight to it.
    await page.goto(second.url);
    await expect(page.getByRole('heading', { name: 'Arsip rusak — mode pemulihan' })).toBeVisible();
    await expect(page.getByTestId('signed-in-name')).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: 'tidak diperbaiki diam-diam' })).toBeVisible();
    await app.screenshot('08-mode-pemulihan');
    // The backup is encrypted: without its passphrase nothing is restored.
    await page.getByRole('button', { name: 'Pulihkan cadangan terbaru' }).click();
    await expect(page.getByText(/Cadangan ini terenkripsi/)).toBeVisible();
    await page.getByLabel('Kata sandi atau Kunci Pemulihan (AGE-SECRET-KEY-1…)').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Pulihkan cadangan terbaru' }).click();
    await expect(page.getByText(/Arsip dipulihkan ke .*-pulih-/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/tidak dapat dibaca seluruhnya/)).toBeVisible();
    await page.getByRole('link', { name: 'Lanjutkan ke Beranda' }).click();
    // The restored archive is an ordinary one again: its own accounts (from the backup) sign in.
    await signInOnPage(page);
    await expect(page.getByRole('heading', { name: 'Selamat datang di Lemari' })).toBeVisible();
  } finally {
    await second.stop();
  }
});
