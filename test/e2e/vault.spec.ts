import { ppidApi } from './support/signIn';
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfBytes, pngBytes, sha256 } from '../vault/fixtures';
import { AppPage } from './pages/AppPage';
import { OrdnerPage } from './pages/OrdnerPage';
import { ScansPage } from './pages/ScansPage';
import { expect, test } from './support/fixtures';

/** A file the scanner "saved" a minute ago, so the inbox treats it as complete. */
function scannerSaves(folder: string, name: string, bytes: Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  const past = new Date(Date.now() - 60_000);
  utimesSync(path, past, past);
  return path;
}

test('a scan goes from the inbox into a document, the document into an ordner, and is viewed from the shelf', async ({ page, server }) => {
  const app = new AppPage(page);
  const scans = new ScansPage(page);
  const shelf = new OrdnerPage(page);
  const inbox = mkdtempSync(join(tmpdir(), 'lemari-scanner-'));
  const pdf = await pdfBytes(3, 'SK PPID Nomor 12 Tahun 2025');
  const pdfPath = scannerSaves(inbox, 'SCAN_0001.pdf', pdf);
  const pngPath = scannerSaves(inbox, 'SCAN_0002.png', pngBytes(420, 594, [250, 248, 240]));
  scannerSaves(inbox, 'catatan.pdf', Buffer.from('<html><body>bukan PDF</body></html>'));

  await app.open(server.url);
  await app.go('Pindaian');
  await scans.setInboxFolder(inbox);
  await scans.tab('Kotak Masuk Pindaian');
  await page.getByRole('button', { name: 'Periksa folder sekarang' }).click();
  await expect(scans.inboxItem('SCAN_0001.pdf')).toBeVisible();
  await expect(scans.inboxItem('SCAN_0002.png')).toBeVisible();
  // The HTML file named .pdf is refused by its content, with the reason.
  await expect(scans.inboxItem('catatan.pdf')).toContainText('bukan PDF, JPEG, PNG atau TIFF');
  await expect(scans.inboxItem('SCAN_0001.pdf').getByRole('img', { name: 'SCAN_0001.pdf' })).toHaveAttribute('src', /^data:image\/png/);
  await app.screenshot('vault-01-kotak-masuk');

  await scans.assignToNewDocument('SCAN_0001.pdf', {
    title: 'SK PPID tentang Daftar Informasi Publik',
    number: '188/12/KPTS/2025',
    date: '2025-03-03',
    classification: '000.1.2',
  });
  await expect(page.getByRole('heading', { name: 'SK PPID tentang Daftar Informasi Publik', level: 2 })).toBeVisible();
  await expect(page.getByText('Pindaian masuk ke naskah NSK-2025-0001.')).toBeVisible();
  // The scanner's copy leaves the folder only after the vault write and the link are committed.
  await expect.poll(() => existsSync(pdfPath)).toBe(false);
  expect(existsSync(pngPath)).toBe(true);

  await app.go('Pindaian');
  await scans.assignToExisting('SCAN_0002.png', 'NSK-2025-0001 — SK PPID tentang Daftar Informasi Publik');
  await expect(page.getByText('2. SCAN_0002.png')).toBeVisible();
  await expect.poll(() => existsSync(pngPath)).toBe(false);
  // The redacted public copy comes through the file picker of its drop zone.
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel(/^Salinan publik \(disamarkan\): Seret berkas/).click();
  await (await chooser).setFiles({ name: 'SK-disamarkan.png', mimeType: 'image/png', buffer: pngBytes(420, 594, [255, 255, 255], 3) });
  await expect(page.getByText('1. SK-disamarkan.png')).toBeVisible();
  await app.screenshot('vault-02-naskah');

  await app.go('Ordner & Arsip Fisik');
  await shelf.addCabinet('Lemari A', 'Ruang PPID, sebelah jendela');
  await shelf.addOrdner({
    code: 'DIK-2025-01',
    title: 'Informasi yang Dikecualikan 2025',
    yearFrom: 2025,
    yearTo: 2025,
    classification: '000.1.2',
    place: 'Lemari · Lemari A',
    closed: true,
    colour: 'Merah',
  });
  await expect(page.getByRole('heading', { name: 'DIK-2025-01 · Informasi yang Dikecualikan 2025' })).toBeVisible();
  await app.go('Ordner & Arsip Fisik');
  await shelf.addOrdner({
    code: 'DIP-2025-01',
    title: 'Daftar Informasi Publik dan SK',
    yearFrom: 2023,
    yearTo: 2025,
    classification: '000.1.2',
    place: 'Lemari · Lemari A',
    spine5: true,
  });

  // File the document in the first ordner, found by its code as a barcode scanner would type it.
  await app.go('Pindaian');
  await page.getByLabel('Cari kode ordner atau naskah').fill('nsk-2025-0001');
  await page.getByLabel('Cari kode ordner atau naskah').press('Enter');
  await expect(page.getByRole('heading', { name: 'SK PPID tentang Daftar Informasi Publik', level: 2 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Ordner' }).click();
  await page.getByRole('option', { name: 'DIK-2025-01 — Informasi yang Dikecualikan 2025' }).click();
  await page.getByLabel('Sekat').fill('2');
  await page.getByRole('button', { name: 'Simpan di ordner' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ordner DIK-2025-01, sekat 2, nomor urut 1' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Riwayat pemindahan' })).toContainText('DIK-2025-01 · 2/1');

  await app.go('Ordner & Arsip Fisik');
  await expect(shelf.spine('DIK-2025-01')).toBeVisible();
  await expect(shelf.spine('DIP-2025-01')).toBeVisible();
  await app.screenshot('vault-03-lemari');
  await shelf.spine('DIK-2025-01').click();
  const contents = page.getByRole('table', { name: 'Isi ordner' });
  await expect(contents).toContainText('NSK-2025-0001');
  // Lembar follows the scans filed from the inbox: the 3-page PDF and the one-page PNG (issue 12 item 9).
  await expect(page.getByText('Terisi 4 dari 600 lembar')).toBeVisible();
  await app.screenshot('vault-04-isi-ordner');

  await page.getByRole('button', { name: 'Cetak label punggung' }).click();
  await expect(page.getByRole('dialog')).toContainText('label-punggung-DIK-2025-01.pdf');
  await expect(page.getByRole('dialog').getByText('Halaman 1 dari 1')).toBeVisible();
  await app.screenshot('vault-05-label-punggung');
  await page.getByRole('button', { name: 'Tutup' }).click();
  await page.getByRole('button', { name: 'Cetak daftar isi' }).click();
  await expect(page.getByRole('dialog')).toContainText('daftar-isi-ordner-DIK-2025-01.pdf');
  await expect(page.getByRole('dialog').getByText('Halaman 1 dari 1')).toBeVisible();
  await app.screenshot('vault-06-daftar-isi');
  await page.getByRole('button', { name: 'Tutup' }).click();

  // Open the document from the ordner's contents and page through its scans.
  await contents.getByRole('link', { name: 'SK PPID tentang Daftar Informasi Publik' }).click();
  await page.getByRole('button', { name: 'Lihat SCAN_0001.pdf' }).click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByText('Halaman 1 dari 4')).toBeVisible();
  await expect(viewer.getByRole('img', { name: 'Halaman 1 dari 4' })).toBeVisible();
  await viewer.getByRole('button', { name: 'Halaman berikutnya' }).click();
  await expect(viewer.getByText('Halaman 2 dari 4')).toBeVisible();
  await viewer.getByRole('button', { name: 'Perbesar' }).click();
  await expect(viewer.getByText('125%')).toBeVisible();
  await app.screenshot('vault-07-penampil-pdf');
  await viewer.getByRole('button', { name: 'Halaman 4 dari 4' }).click();
  await expect(viewer.getByRole('img', { name: 'Halaman 4 dari 4' })).toHaveAttribute('src', /\/vault\/[0-9a-f]{64}/);
  await app.screenshot('vault-08-penampil-gambar');
  await viewer.getByRole('button', { name: 'Tutup' }).click();

  await app.go('Pindaian');
  await scans.tab('Periksa Keutuhan');
  await page.getByRole('button', { name: 'Periksa keutuhan sekarang' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Semua 3 berkas utuh' })).toBeVisible();
  await app.screenshot('vault-09-periksa-keutuhan');
});

test('scans are served by hash with their recorded type and nosniff, and nothing else is', async ({ request, server }) => {
  const auth = { Authorization: `Bearer ${server.token}` };
  const inbox = mkdtempSync(join(tmpdir(), 'lemari-scanner-'));
  const png = pngBytes(20, 20, [10, 120, 200]);
  scannerSaves(inbox, 'lampiran.pdf', png);
  const signedIn = await ppidApi(request, server.origin, server.token);
  const call = async (method: string, data: unknown) => ({ ok: true, value: await signedIn(method, data) });
  await call('vault.configure', { config: { inboxDir: inbox, maxFileMb: 50, verifyEveryDays: 7 } });
  await call('inbox.scan', {});
  const hash = sha256(png);
  // The token alone opens no scan (issue 13): the signed-in session's file key does.
  expect((await request.get(`${server.origin}/vault/${hash}`, { headers: auth })).status()).toBe(403);
  const { key } = (await signedIn('auth.fileKey', {})) as { key: string };
  const scan = await request.get(`${server.origin}/vault/${hash}?k=${key}`, { headers: auth });
  expect(scan.status()).toBe(200);
  // Named .pdf, stored and served as what its bytes are.
  expect(scan.headers()['content-type']).toBe('image/png');
  expect(scan.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await scan.body()).equals(png)).toBe(true);
  expect((await request.get(`${server.origin}/vault/${'0'.repeat(64)}?k=${key}`, { headers: auth })).status()).toBe(404);
  expect((await request.get(`${server.origin}/vault/${hash}?k=${key}`)).status()).toBe(401);
  for (const bad of ['..%2f..%2flemari.sqlite', hash.toUpperCase(), `${hash}%00`]) {
    const response = await request.get(`${server.origin}/vault/${bad}`, { headers: { ...auth, Accept: 'application/json' } });
    expect(response.headers()['content-type'] ?? '').not.toMatch(/image|pdf|octet/);
  }
});
