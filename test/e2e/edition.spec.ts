import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readZip } from '../../main/core/publish/zip';
import { emptyEntryFields, type EntryFields } from '../../shared/domain/entry';
import { completeTest, pdfBytes, salary, skFields } from '../contract/samples/fixtures';
import { AppPage } from './pages/AppPage';
import { ExemptionPage } from './pages/ExemptionPage';
import { PublishPage } from './pages/PublishPage';
import { expect, test } from './support/fixtures';
import { peopleApi } from './support/signIn';

type People = Awaited<ReturnType<typeof peopleApi>>;

/** One API call as the screens make it, by whoever `people.as` signed in last; the rows the walk starts from are built this way. */
async function api<T>(people: People, method: string, input: unknown): Promise<T> {
  return (await people.call(method, input)) as T;
}

const publicEntry = (judul: string, year: number | null): EntryFields => ({
  ...emptyEntryFields('berkala', year),
  judul,
  penanggungJawab: 'Sekretaris Dinas',
  waktu: year === null ? 'Setiap tahun' : String(year),
  tempat: 'Sekretariat',
  bentuk: 'both',
  retensiAktif: 2,
  retensiInaktif: 3,
  jenisMedia: 'Laman resmi',
});

/** Rina (PPID), Budi (petugas), Sri (Atasan PPID) and one exemption decided by an SK; Rina is active. */
async function decidedExemption(people: People): Promise<number> {
  const user = (name: string, roles: string[]) =>
    api<{ id: number }>(people, 'user.create', { fields: { name, nip: '', jabatan: '', roles, active: true } });
  const rina = await user('Rina Marlina', ['ppid']);
  await people.as(rina.id);
  const budi = await user('Budi Santoso', ['petugas']);
  const sri = await user('Sri Wahyuni', ['atasan_ppid']);
  await people.as(budi.id);
  const x = await api<{ entryId: number }>(people, 'exemption.create', { fields: { ...salary, year: 2024 } });
  // A second one stays exempted: the DIK edition then has a row in force after the first is opened.
  const y = await api<{ entryId: number }>(people, 'exemption.create', {
    fields: { ...salary, judul: 'Data rekam medis pegawai', informasi: 'Riwayat kesehatan pegawai', year: 2024 },
  });
  const ids = [x.entryId, y.entryId];
  const t = await api<{ id: number; version: number }>(people, 'consequence.create', { fields: completeTest(ids) });
  await people.as(rina.id);
  await api(people, 'consequence.conclude', { id: t.id, expectedVersion: t.version });
  for (const entryId of ids) {
    await people.as(budi.id);
    const ready = await api<{ version: number }>(people, 'exemption.get', { entryId });
    const sent = await api<{ version: number }>(people, 'exemption.submit', { entryId, expectedVersion: ready.version, note: '' });
    await people.as(sri.id);
    await api(people, 'exemption.approve', { entryId, expectedVersion: sent.version, note: '' });
  }
  await people.as(budi.id);
  await api(people, 'decision.create', { fields: { ...skFields, entryIds: ids, testId: t.id } });
  await people.as(rina.id);
  return x.entryId;
}

async function language(page: Page, code: 'ID' | 'EN'): Promise<void> {
  await page
    .getByRole('radiogroup', { name: code === 'EN' ? 'Bahasa' : 'Language' })
    .getByText(code)
    .click();
}

test('after a declassification the year’s DIP edition holds every public entry, none with blank columns', async ({ page, server }) => {
  test.setTimeout(240_000);
  const app = new AppPage(page);
  const dik = new ExemptionPage(page);
  const publish = new PublishPage(page);
  await app.open(server.url);
  const people = await peopleApi(page.request, server.origin, server.token);
  const years = [2024, 2025, 2026];
  for (const year of years) await api(people, 'entry.create', { fields: publicEntry(`Laporan Kinerja ${String(year)}`, year) });
  await decidedExemption(people);
  await app.reload();

  // The register marks a public entry whose DIP columns would print blank.
  const thinEntry = await api<{ id: number; version: number }>(people, 'entry.create', {
    fields: { ...emptyEntryFields('setiap_saat', 2026), judul: 'Daftar hadir rapat' },
  });
  await app.go('Daftar Informasi Publik');
  const thin = page.getByRole('row').filter({ hasText: 'Daftar hadir rapat' });
  await expect(thin.getByText('belum lengkap')).toBeVisible();
  await app.screenshot('edition-00-belum-lengkap');
  // Printing or exporting the DIP warns first, with the count and the entry named.
  await app.go('Ekspor & Publikasi');
  const warning = page.getByRole('alert').filter({ hasText: '1 entri informasi publik belum lengkap' });
  await expect(warning).toContainText('Daftar hadir rapat');
  await app.screenshot('edition-00b-peringatan-cetak');

  // Declassify: the DIP columns are asked, each refusal at its field; then filled.
  await app.go('Informasi Dikecualikan');
  await page.getByRole('table', { name: 'Informasi yang Dikecualikan' }).getByRole('link', { name: salary.judul }).click();
  await language(page, 'EN');
  await page.getByRole('button', { name: 'Open as public information' }).click();
  await app.screenshot('edition-01-declassify-en');
  await dik.dialog().getByRole('button', { name: 'Cancel' }).click();
  await language(page, 'ID');
  await page.getByRole('button', { name: 'Buka menjadi informasi publik' }).click();
  const open = dik.dialog();
  await open.getByLabel('Nomor keputusan pembukaan').fill('300.2.11 / 0412 / I / 2026');
  await open.getByLabel('Tanggal SK').fill('2026-01-05');
  await open.getByLabel('Nama penanda tangan').fill('Rina Marlina');
  await open.getByLabel('Alasan pembukaan').fill('Alasan pengecualian tidak berlaku lagi.');
  await open.getByRole('button', { name: 'Buka menjadi informasi publik' }).click();
  await expect(open.getByText('Wajib diisi.').first()).toBeVisible();
  await app.screenshot('edition-01-buka-id');
  await dik.fillOpenedDip(open);
  await open.getByRole('button', { name: 'Buka menjadi informasi publik' }).click();
  await expect(open.getByRole('status')).toContainText('Informasi dibuka dan masuk Daftar Informasi Publik.');
  await open.getByRole('button', { name: 'Tutup' }).click();
  // The thin entry is completed, so the DIP has no blank row left.
  await api(people, 'entry.update', {
    id: thinEntry.id,
    expectedVersion: thinEntry.version,
    fields: { ...publicEntry('Daftar hadir rapat', 2026), category: 'setiap_saat' },
  });

  // Publish the DIK with its scan first, then the DIP: the form is cleared, the DIK's scan does not ride along.
  await app.go('Ekspor & Publikasi');
  // The publish form is the second card with a "Daftar" choice (the export panel comes first).
  await page.getByRole('combobox', { name: 'Daftar' }).last().click();
  await page.getByRole('option', { name: /Dikecualikan/ }).click();
  await publish.field('Tahun').last().fill('2026');
  await publish.fill({ number: '300.2.11 / 8 / I / 2026', place: 'Sukamaju', position: 'Sekretaris Daerah', name: 'Sri Wahyuni' });
  await dik.chooseFile(page.getByRole('button', { name: /Pindaian SK yang ditandatangani/ }), {
    name: 'SK-DIK-2026.pdf',
    mimeType: 'application/pdf',
    buffer: await pdfBytes(1, 'SK DIK 2026'),
  });
  await page.getByRole('button', { name: 'Tetapkan & Terbitkan', exact: true }).click();
  const confirmDik = page.getByRole('dialog', { name: 'Periksa sebelum menetapkan' });
  await expect(confirmDik).toContainText('Terlampir: SK-DIK-2026.pdf');
  await expect(confirmDik).toContainText('Daftar Informasi yang Dikecualikan');
  await expect(confirmDik.getByRole('row').filter({ hasText: 'Jumlah baris' })).toContainText('1');
  await confirmDik.getByRole('button', { name: 'Tetapkan & Terbitkan sekarang' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Edisi 1 diterbitkan.' })).toBeVisible();
  await expect(publish.field('Nomor Surat Keputusan')).toHaveValue('');

  await publish.field('Tahun').last().fill('2026');
  await publish.fill({ number: '300.2.11 / 9 / I / 2026', place: 'Sukamaju', position: 'Kepala Dinas', name: 'Ir. Bambang Wibowo' });
  await language(page, 'EN');
  await page.getByRole('button', { name: 'Establish & Publish', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Check before establishing' })).toContainText('No SK scan');
  await app.screenshot('edition-02-confirm-en');
  await page.getByRole('dialog').getByRole('button', { name: 'Back' }).click();
  await language(page, 'ID');
  await page.getByRole('button', { name: 'Tetapkan & Terbitkan', exact: true }).click();
  const confirmDip = page.getByRole('dialog', { name: 'Periksa sebelum menetapkan' });
  // Every public entry held: three years, the completed one and the opened one.
  await expect(confirmDip.getByRole('row').filter({ hasText: 'Jumlah baris' })).toContainText('5');
  await expect(confirmDip).toContainText('Tidak ada pindaian SK');
  await expect(confirmDip.getByRole('alert')).toHaveCount(0);
  await app.screenshot('edition-02-konfirmasi-id');
  await confirmDip.getByRole('button', { name: 'Tetapkan & Terbitkan sekarang' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Edisi 2 diterbitkan.' })).toBeVisible();

  // The package: every public entry, no blank required column, and no SK scan carried over from the DIK.
  const row = publish.editionRow('300.2.11 / 9 / I / 2026');
  await expect(row).toContainText('5');
  await row.getByRole('button', { name: 'Paket situs web' }).click();
  const download = await publish.downloadFrom(/Paket siap/);
  const zip = readZip(readFileSync(await download.path()));
  expect(zip.map((f) => f.name).filter((name) => /sk/i.test(name))).toEqual([]);
  const json = zip.find((f) => f.name.endsWith('.json'));
  const items = (
    JSON.parse(json?.data.toString('utf8') ?? '{}') as { categories: { items: Record<string, unknown>[] }[] }
  ).categories.flatMap((c) => c.items);
  expect(items.map((i) => i.judul).sort()).toEqual(
    ['Daftar hadir rapat', 'Laporan Kinerja 2024', 'Laporan Kinerja 2025', 'Laporan Kinerja 2026', salary.judul].sort(),
  );
  for (const item of items) {
    for (const column of ['penanggungJawab', 'waktu', 'tempat', 'bentuk', 'retensi', 'jenisMedia'])
      expect(item[column], `${String(item.judul)} ${column}`).not.toBe('');
  }
});
