import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { multiPageTiff, type ScanPage } from '../support/tiffPages';
import { AppPage } from './pages/AppPage';
import { ScansPage } from './pages/ScansPage';
import { expect, test } from './support/fixtures';

const red: [number, number, number] = [190, 30, 30];
const blue: [number, number, number] = [30, 60, 190];
const green: [number, number, number] = [30, 140, 60];
/** Three A4 pages at 60 dpi, headings in different inks so each page can be told apart. */
const pages: ScanPage[] = [red, blue, green].map((ink) => ({ width: 496, height: 702, ink }));

/** The colour at the middle of the heading bar of a drawn page, read back from its canvas. */
function headingInk(canvas: HTMLCanvasElement): number[] {
  const context = canvas.getContext('2d');
  if (!context) return [];
  // Heading rows 20–44 of 702 (see tiffPages): sample at a third of the way down the bar.
  const y = Math.round((32 / 702) * canvas.height);
  return [...context.getImageData(Math.round(canvas.width / 2), y, 1, 1).data.slice(0, 3)];
}

test('a multi-page TIFF from the office scanner is paged, zoomed and shown as thumbnails in the viewer', async ({ page, server }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const scans = new ScansPage(page);
  const inbox = mkdtempSync(join(tmpdir(), 'lemari-scanner-'));
  const path = join(inbox, 'SCAN_0007.tif');
  writeFileSync(path, multiPageTiff(pages));
  const past = new Date(Date.now() - 60_000);
  utimesSync(path, past, past);

  await app.open(server.url);
  await app.go('Pindaian');
  await scans.setInboxFolder(inbox);
  await scans.tab('Kotak Masuk Pindaian');
  // The inbox thumbnail is the first page, decoded in the app.
  await expect(scans.inboxItem('SCAN_0007.tif').getByRole('img', { name: 'SCAN_0007.tif' })).toHaveAttribute('src', /^data:image\/png/);
  await scans.assignToNewDocument('SCAN_0007.tif', {
    title: 'Notulen rapat Tim Pertimbangan',
    number: '005/17/PPID/2025',
    date: '2025-05-12',
    classification: '000.1.2',
  });
  await expect(page.getByRole('heading', { name: 'Notulen rapat Tim Pertimbangan', level: 2 })).toBeVisible();

  await page.getByRole('button', { name: 'Lihat SCAN_0007.tif' }).click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByText('Halaman 1 dari 3')).toBeVisible();
  const shown = (n: number) => viewer.getByRole('img', { name: `Halaman ${String(n)} dari 3` }).last();
  await expect(shown(1)).toBeVisible();
  await expect.poll(() => shown(1).evaluate(headingInk)).toEqual(red);
  // One thumbnail per TIFF page, each drawn from its own page.
  const strip = viewer.getByLabel('Halaman', { exact: true });
  await expect(strip.getByRole('button')).toHaveCount(3);
  await expect.poll(() => strip.getByRole('img', { name: '3', exact: true }).evaluate(headingInk)).toEqual(green);

  await viewer.getByRole('button', { name: 'Halaman berikutnya' }).click();
  await expect(viewer.getByText('Halaman 2 dari 3')).toBeVisible();
  await expect.poll(() => shown(2).evaluate(headingInk)).toEqual(blue);
  const before = await shown(2).boundingBox();
  await viewer.getByRole('button', { name: 'Perbesar' }).click();
  await expect(viewer.getByText('125%')).toBeVisible();
  await expect.poll(async () => (await shown(2).boundingBox())?.width ?? 0).toBeGreaterThan((before?.width ?? 0) * 1.2);
  await viewer.getByRole('button', { name: 'Perkecil' }).click();
  await viewer.getByRole('button', { name: 'Perkecil' }).click();
  await app.screenshot('viewer-tiff');
  await strip.getByRole('button', { name: 'Halaman 3 dari 3' }).click();
  await expect.poll(() => shown(3).evaluate(headingInk)).toEqual(green);
});
