import { AppPage } from './pages/AppPage';
import { expect, test } from './support/fixtures';
import { startServer } from './support/server';

/**
 * Issue 12 item 9: LEMARI_CLOCK (a training or expiry rehearsal) is the archive's "today" in browser mode
 * too: default dates in forms and the times of the audit trail follow it, in the body's zone, never the laptop's.
 */
test('with LEMARI_CLOCK set to June 2031, forms default to 2031 and the trail is dated 10 June 2031 WIB and names who', async ({
  page,
}) => {
  const server = await startServer(undefined, { LEMARI_CLOCK: '2031-06-10T01:00:00Z' });
  try {
    const app = new AppPage(page);
    await app.open(server.url);
    await app.go('Daftar Informasi Publik');
    await page.getByRole('button', { name: 'Entri baru' }).click();
    const entry = page.getByRole('dialog');
    await expect(entry.getByRole('textbox', { name: 'Tahun', exact: true })).toHaveValue('2031');
    await entry.getByRole('textbox', { name: 'Judul / Jenis Informasi' }).fill('Laporan Kinerja 2031');
    await entry.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(page.getByText('Entri tersimpan.')).toBeVisible();

    await app.go('Ordner & Arsip Fisik');
    await page.getByRole('button', { name: 'Ordner baru' }).click();
    await expect(page.getByRole('dialog').getByLabel('Tahun awal')).toHaveValue('2031');
    await page.keyboard.press('Escape');

    await app.go('Jejak Audit');
    // 01:00 UTC is 08:00 in Jakarta (WIB, the default zone of a profile that names no place).
    await expect(page.getByRole('cell', { name: /^10\/6\/2031, 08\.\d\d\.\d\d WIB$/ }).first()).toBeVisible();
    // Who: the person signed in by name; the archive's own seed record as Lemari's update.
    await expect(page.getByRole('row').filter({ hasText: 'Entri dibuat' })).toContainText('PPID Uji');
    await expect(page.getByRole('row').filter({ hasText: 'Data bawaan arsip' })).toContainText('Lemari (pembaruan arsip)');
    await app.screenshot('clock-01-jejak-audit-2031');
  } finally {
    await server.stop();
  }
});
