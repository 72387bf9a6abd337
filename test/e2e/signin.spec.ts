import { AppPage } from './pages/AppPage';
import { ExemptionPage } from './pages/ExemptionPage';
import { E2E_PIN, E2E_PPID } from './support/signIn';
import { expect, test } from './support/fixtures';

/**
 * Issue 13 item 2 in the browser: the first run creates the PPID's account, a wrong PIN is
 * refused, a clerk signs in and is refused, next to the button, an action their role does not allow.
 */
test('first run, sign in, a wrong PIN and a refusal for the role', async ({ page, server }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  await page.goto(server.url);

  // First run: no account yet, so no archive screen at all, only "create the PPID account".
  await expect(page.getByRole('heading', { name: 'Buat akun PPID' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.getByLabel(/^Nama lengkap/).fill(E2E_PPID.name);
  await page.getByLabel(/^PIN \(minimal/).fill('1234');
  await page.getByLabel(/^Ulangi PIN/).fill('1234');
  await page.getByRole('button', { name: 'Buat akun PPID' }).click();
  await expect(page.getByText('PIN minimal 6 angka').first()).toBeVisible();
  await app.screenshot('signin-01-first-run');
  await page.getByLabel(/^PIN \(minimal/).fill(E2E_PPID.pin);
  await page.getByLabel(/^Ulangi PIN/).fill(E2E_PPID.pin);
  await page.getByRole('button', { name: 'Buat akun PPID' }).click();
  await expect(page.getByTestId('signed-in-name')).toHaveText(`Masuk sebagai ${E2E_PPID.name}`);
  await app.screenshot('signin-02-signed-in-header');

  // The PPID adds a clerk (the e2e support gives them a PIN through the API).
  const dik = new ExemptionPage(page);
  await app.go('Informasi Dikecualikan');
  await dik.openTab('Pengguna & peran');
  await dik.addUser('Budi Santoso', 'Pengelola Informasi', 'Petugas / Pengelola Informasi');

  // Sign out: the sign-in screen covers everything; a wrong PIN is refused.
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk ke Lemari' })).toBeVisible();
  await page.getByRole('combobox', { name: /^Nama/ }).click();
  await page.getByRole('option', { name: 'Budi Santoso' }).click();
  await page.getByLabel(/^PIN atau kata sandi/).fill('000000');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Nama atau PIN salah.');
  await app.screenshot('signin-03-wrong-pin');

  // Straight after a wrong PIN the next try must wait a moment, then the right PIN lets Budi in.
  await page.waitForTimeout(1200);
  await page.getByLabel(/^PIN atau kata sandi/).fill(E2E_PIN);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('signed-in-name')).toHaveText('Masuk sebagai Budi Santoso');

  // A clerk may not change the body's profile: refused in main, the message next to the Simpan button.
  await app.go('Profil Badan Publik');
  await page.getByLabel('Nama Badan Publik').fill('Dinas Komunikasi dan Informatika');
  await page.getByRole('button', { name: /^Simpan/ }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Budi Santoso tidak memiliki peran' });
  await expect(refusal).toBeVisible();
  await app.screenshot('signin-04-refused-for-role');

  // English words for the same screen.
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Budi Santoso holds no role allowed' })).toBeVisible();
  await app.screenshot('signin-05-refused-for-role-en');
});
