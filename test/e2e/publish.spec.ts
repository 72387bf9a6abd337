import { readFileSync } from 'node:fs';
import { readZip } from '../../main/core/publish/zip';
import { emptyEntryFields } from '../../shared/domain/entry';
import { AppPage } from './pages/AppPage';
import { PublishPage } from './pages/PublishPage';
import { expect, test } from './support/fixtures';

test('export a list, establish an edition, see its differences and download the website package', async ({ page, server }) => {
  // Four exports, an edition and a website package: well under a minute idle, longer on a loaded machine.
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const publish = new PublishPage(page);
  await app.open(server.url);
  for (let i = 1; i <= 3; i += 1) {
    await publish.seedEntry({
      ...emptyEntryFields('berkala', 2026),
      judul: `Laporan Kinerja ${String(i)}`,
      ringkasan: 'Capaian kinerja tahunan',
    });
  }
  await publish.seedEntry({
    ...emptyEntryFields('dikecualikan', 2026),
    judul: 'Data gaji',
    ringkasan: 'RAHASIA-TIDAK-TERBIT',
    dikInformasi: 'Rincian gaji pegawai',
  });
  await app.go('Ekspor & Publikasi');
  await expect(page.getByRole('heading', { name: 'Ekspor & Publikasi' })).toBeVisible();

  // Export the working copy as Excel.
  await page.getByRole('button', { name: 'Unduh', exact: true }).first().click();
  // No agency profile yet: printing warns first, naming what the kop and signature lack.
  const warning = page.getByRole('dialog', { name: 'Profil badan publik belum lengkap' });
  await expect(warning).toContainText('Nama badan publik');
  await warning.getByRole('button', { name: 'Tetap cetak' }).click();
  // A PDF with its fonts is the slowest export: its button shows it is working, and on a loaded two-core machine it took over 10 s.
  await expect(page.getByRole('status').filter({ hasText: 'daftar-informasi-publik-A4.pdf' })).toBeVisible({ timeout: 30_000 });

  // Tetapkan & Terbitkan.
  await publish.field('Tahun').last().fill('2026');
  await publish.publish({ number: '300.2.11 / 7 / I / 2026', place: 'Sukamaju', position: 'Kepala Dinas', name: 'Ir. Bambang Wibowo' });
  await expect(page.getByRole('status').filter({ hasText: 'Edisi 1 diterbitkan.' })).toBeVisible();
  const row = publish.editionRow('300.2.11 / 7 / I / 2026');
  await expect(row).toContainText('DIP');
  await expect(row).toContainText('3');

  // Differences: the first edition has no predecessor, every row is new.
  await row.getByRole('button', { name: 'Perbedaan' }).click();
  await expect(page.getByText('Edisi pertama: belum ada edisi sebelumnya.')).toBeVisible();
  await expect(page.getByText('Ditambahkan: 3')).toBeVisible();
  await app.screenshot('publish');

  // The website package downloads as a zip holding the lists, index.html and a manifest, and no exempted text.
  await row.getByRole('button', { name: 'Paket situs web' }).click();
  const download = await publish.downloadFrom(/Paket siap/);
  expect(download.suggestedFilename()).toBe('paket-daftar-informasi-publik-2026.zip');
  const zip = readFileSync(await download.path());
  const names = readZip(zip).map((entry) => entry.name);
  expect(names).toEqual([
    'daftar-informasi-publik-2026.csv',
    'daftar-informasi-publik-2026.json',
    'daftar-informasi-publik-2026.pdf',
    'daftar-informasi-publik-2026.xlsx',
    'index.html',
    'manifest-sha256.txt',
  ]);
  for (const entry of readZip(zip)) expect(entry.data.includes('RAHASIA-TIDAK-TERBIT')).toBe(false);
  const index =
    readZip(zip)
      .find((entry) => entry.name === 'index.html')
      ?.data.toString('utf8') ?? '';
  expect(index).toContain('<caption>Daftar Informasi Publik Tahun 2026</caption>');
  expect(index).toContain('Laporan Kinerja 3');
});
