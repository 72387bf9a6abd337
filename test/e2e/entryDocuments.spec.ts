import { pdfBytes, pngBytes } from '../vault/fixtures';
import { AppPage } from './pages/AppPage';
import { EntryDocumentsPage } from './pages/EntryDocumentsPage';
import { RegisterPage } from './pages/RegisterPage';
import { ScansPage } from './pages/ScansPage';
import { expect, test } from './support/fixtures';

const judul = 'Laporan Penyelenggaraan Pemerintahan Daerah (LPPD)';

test('an entry shows its documents per year: scans dropped onto it become a linked document; an existing one is linked and unlinked', async ({
  page,
  server,
}) => {
  const app = new AppPage(page);
  const register = new RegisterPage(page);
  const docs = new EntryDocumentsPage(page);
  const scans = new ScansPage(page);
  const lppd = await pdfBytes(2, 'LPPD Tahun 2024');

  // A document that exists before, to be linked later.
  await app.open(server.url);
  await app.go('Pindaian');
  await scans.tab('Naskah');
  await page.getByRole('button', { name: 'Naskah baru' }).click();
  await page.getByRole('dialog').getByLabel('Judul naskah').fill('SK Bupati tentang Penetapan LPPD');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan naskah' }).click();
  await expect(page.getByRole('heading', { name: 'SK Bupati tentang Penetapan LPPD', level: 2 })).toBeVisible();
  const skCode = (await page.getByText(/^NSK-\d{4}-\d{4}$/).textContent()) ?? '';

  await app.go('Daftar Informasi Publik');
  await register.newEntry({ 'Judul / Jenis Informasi': judul, Tahun: '2024' });
  await expect(register.row(judul)).toBeVisible();
  await register.rowAction('Ubah', judul);
  await expect(docs.panel).toContainText('Belum ada naskah untuk entri ini.');

  // A file that only claims to be a PDF is refused by its content before anything is created.
  await docs.pick([{ name: 'catatan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><body>bukan PDF</body></html>') }]);
  await expect(docs.panel.getByRole('alert')).toContainText('Berkas "catatan.pdf" bukan PDF, JPEG, PNG atau TIFF');
  await expect(docs.newDocument).toHaveCount(0);

  // A folder's worth dropped at once: the two scans make a new document titled from the entry, in the order dropped; the rest is named and left out.
  await docs.drop([
    { name: 'LPPD-2024.pdf', mimeType: 'application/pdf', buffer: lppd },
    {
      name: 'daftar-hadir.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('PK\x03\x04word/document.xml'),
    },
    { name: 'LPPD-2024-lampiran.png', mimeType: 'image/png', buffer: pngBytes(420, 594, [250, 248, 240]) },
  ]);
  await expect(docs.newDocument.getByRole('textbox', { name: 'Judul naskah' })).toHaveValue(judul);
  await expect(docs.newDocument.getByRole('textbox', { name: 'Tahun' })).toHaveValue('2024');
  await expect(docs.newDocument.getByRole('listitem')).toHaveText([/^LPPD-2024\.pdf/, /^LPPD-2024-lampiran\.png/]);
  await expect(docs.panel.getByRole('alert')).toContainText('Berkas "daftar-hadir.docx" bukan PDF, JPEG, PNG atau TIFF');
  await docs.newDocument.getByRole('button', { name: 'Buat naskah & simpan pindaian' }).scrollIntoViewIfNeeded();
  await app.screenshot('entry-documents-00-pending');
  await docs.createDocument('LPPD 2024 (naskah asli)', 2024);
  await expect(page.getByText(/^Naskah NSK-\d{4}-0002 dibuat dengan 2 berkas, tahun 2024\.$/)).toBeVisible();
  const lppdDoc = docs.document(2024, 'LPPD 2024 (naskah asli)');
  await expect(lppdDoc).toContainText('2 berkas');
  await expect(lppdDoc).toContainText('Belum ada salinan publik');
  await expect(docs.newDocument).toHaveCount(0);
  // The first page of the PDF, drawn locally, is the document's thumbnail.
  await expect(lppdDoc.getByRole('img', { name: 'LPPD 2024 (naskah asli)' })).toHaveAttribute('src', /^data:image\/png/);
  await app.screenshot('entry-documents-01-dropped');

  // Open it: the scans are there in order and the entry is listed; add the public copy; come back.
  await lppdDoc.getByRole('link', { name: /^Buka naskah NSK-/ }).click();
  await expect(page.getByRole('heading', { name: 'LPPD 2024 (naskah asli)', level: 2 })).toBeVisible();
  await expect(page.getByText('1. LPPD-2024.pdf')).toBeVisible();
  await expect(page.getByText('2. LPPD-2024-lampiran.png')).toBeVisible();
  await expect(page.getByText(`2024 · ${judul}`)).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel(/^Salinan publik \(disamarkan\): Seret berkas/).click();
  await (
    await chooser
  ).setFiles({ name: 'LPPD-2024-disamarkan.png', mimeType: 'image/png', buffer: pngBytes(420, 594, [255, 255, 255], 3) });
  await expect(page.getByText('1. LPPD-2024-disamarkan.png')).toBeVisible();
  await app.screenshot('entry-documents-03-naskah');
  await page.goBack();
  await expect(register.row(judul)).toBeVisible();
  await register.rowAction('Ubah', judul);
  await expect(docs.document(2024, 'LPPD 2024 (naskah asli)')).toContainText('Ada salinan publik');

  // Link the existing SK for 2023, found by its code; it sits under its own year.
  await docs.linkExisting(skCode, `${skCode} — SK Bupati tentang Penetapan LPPD`, 2023);
  await expect(page.getByText('Naskah dikaitkan ke entri.')).toBeVisible();
  await expect(docs.document(2023, 'SK Bupati tentang Penetapan LPPD')).toContainText('0 berkas');
  await expect(docs.panel.getByRole('list')).toHaveText([/^Tahun 2024/, /^Tahun 2023/]);
  await app.screenshot('entry-documents-02-linked');

  // Unlink it again: the year's group goes, the document itself stays.
  await docs.panel.getByRole('button', { name: `Lepas ${skCode} dari entri` }).click();
  // Asked first (issue 12 item 9): the question names the document and the entry.
  const question = page.getByRole('dialog', { name: 'Lepas naskah dari entri?' });
  await expect(question).toContainText(skCode);
  await app.screenshot('entry-documents-03-unlink-confirm');
  await question.getByRole('button', { name: 'Lepas', exact: true }).click();
  await expect(docs.year(2023)).toHaveCount(0);
  await expect(docs.year(2024)).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
  await app.go('Pindaian');
  await scans.tab('Naskah');
  await expect(page.getByRole('table', { name: 'Naskah' }).getByRole('link', { name: 'SK Bupati tentang Penetapan LPPD' })).toBeVisible();
});

test('when main refuses a file half way, the new document stays linked and the officer is told what was stored', async ({
  page,
  server,
}) => {
  const app = new AppPage(page);
  const register = new RegisterPage(page);
  const docs = new EntryDocumentsPage(page);
  const scan = { name: 'SOP-PPID.png', mimeType: 'image/png', buffer: pngBytes(300, 424, [250, 250, 250]) };

  await app.open(server.url);
  await app.go('Daftar Informasi Publik');
  await register.newEntry({ 'Judul / Jenis Informasi': 'SOP Pelayanan Informasi Publik', Tahun: '2025' });
  await register.rowAction('Ubah', 'SOP Pelayanan Informasi Publik');
  // The same scan twice (the scanner saved it under a second name): the vault keeps it once per document.
  await docs.drop([scan, { ...scan, name: 'SOP-PPID (1).png' }]);
  await docs.newDocument.getByRole('button', { name: 'Buat naskah & simpan pindaian' }).click();
  const alert = docs.panel.getByRole('alert');
  await expect(alert).toContainText(/Naskah NSK-\d{4}-0001 sudah dibuat dan dikaitkan, tetapi baru 1 dari 2 berkas tersimpan\./);
  await expect(alert).toContainText('Berkas "SOP-PPID (1).png" sudah ada di naskah ini.');
  await expect(docs.document(2025, 'SOP Pelayanan Informasi Publik')).toContainText('1 berkas');
  await alert.scrollIntoViewIfNeeded();
  await app.screenshot('entry-documents-04-partial');
  await alert.getByRole('link', { name: /^Buka naskah NSK-/ }).click();
  await expect(page.getByText('1. SOP-PPID.png')).toBeVisible();
});
