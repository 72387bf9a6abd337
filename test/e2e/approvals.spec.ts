import type { Page } from '@playwright/test';
import { pdfBytes } from '../vault/fixtures';
import { AppPage } from './pages/AppPage';
import { ExemptionPage } from './pages/ExemptionPage';
import { expect, test } from './support/fixtures';
import { givePin, peopleApi } from './support/signIn';

const judul = 'Data pemilih dengan NIK dan NKK lengkap';

/**
 * Every step is looked at in both languages: the Indonesian screen, then the same screen in English.
 * The switch is clicked by event, not by pointer, so an open dialog stays open for its English shot.
 */
async function bothLanguages(app: AppPage, page: Page, name: string): Promise<void> {
  await app.screenshot(`${name}-id`);
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByRole('radio', { name: 'EN' }).dispatchEvent('click');
  await expect(page.getByRole('radiogroup', { name: 'Language' })).toBeAttached();
  await app.screenshot(`${name}-en`);
  await page.getByRole('radiogroup', { name: 'Language' }).getByRole('radio', { name: 'ID' }).dispatchEvent('click');
  await expect(page.getByRole('radiogroup', { name: 'Bahasa' })).toBeAttached();
}

/**
 * KPU Kabupaten Pinrang, SOP step 2: a DIK item needs the approval of the Pembina PPID, the Tim
 * Pertimbangan and the Atasan PPID, in that order. The PPID sets the chain; the desk drafts the item
 * (tested upstream: the Keputusan KPU RI stands in for a local test) and submits it; two approvers
 * sign in and approve; the Atasan PPID signs on paper and the desk records it with the scan; the SK.
 */
test('KPU Pinrang: three approvers, two signed in and one recorded from the signed paper, then the SK', async ({ page, server }) => {
  test.setTimeout(240_000);
  const app = new AppPage(page);
  const dik = new ExemptionPage(page);
  await app.open(server.url);
  // The people are seeded (the Pengguna screen is walked in exemption.spec.ts); each gets the e2e PIN.
  const people = await peopleApi(page.request, server.origin, server.token);
  for (const [name, jabatan, roles] of [
    ['Budi Santoso', 'Operator PPID', ['petugas']],
    ['Andi Baso', 'Ketua KPU Kabupaten Pinrang', ['pembina_ppid']],
    ['Hasnah', 'Anggota Tim Pertimbangan', ['tim_pertimbangan']],
    ['H. Syamsuddin', 'Sekretaris KPU Kabupaten Pinrang', ['atasan_ppid']],
  ] as const) {
    await people.call('user.create', { fields: { name, nip: '', jabatan, roles, active: true } });
    await givePin(page, name);
  }

  // 1. The PPID sets the chain: Pembina PPID, Tim Pertimbangan, Atasan PPID — all three, in order.
  await app.go('Informasi Dikecualikan');
  await dik.openTab('Pengguna & peran');
  const chain = page.getByRole('region', { name: 'Alur persetujuan' });
  await expect(chain).toContainText('Berlaku: Atasan PPID, Pembina PPID · Cukup satu persetujuan');
  await chain.getByRole('checkbox', { name: 'Tim Pertimbangan' }).check();
  await chain.getByRole('button', { name: 'Turunkan Atasan PPID' }).click();
  await chain.getByRole('button', { name: 'Turunkan Atasan PPID' }).click();
  await chain.getByText('Semua peran di atas').click();
  await chain.getByRole('switch', { name: 'Berurutan sesuai daftar' }).check();
  await chain.getByRole('button', { name: 'Simpan alur persetujuan' }).click();
  await expect(chain).toContainText('Berlaku: Pembina PPID → Tim Pertimbangan → Atasan PPID · Semua peran menyetujui · berurutan');
  await chain.scrollIntoViewIfNeeded();
  await bothLanguages(app, page, 'kpu-01-alur-persetujuan');

  // 2. The desk drafts the item; the test was done upstream (Keputusan KPU RI), so it is complete.
  await dik.actAs(/^Budi Santoso/);
  await dik.openTab('Daftar');
  await page.getByRole('button', { name: 'Entri dikecualikan baru' }).click();
  const form = dik.dialog();
  await form.getByLabel('Judul informasi').fill(judul);
  await form.getByLabel('Informasi yang dikecualikan').fill('NIK, NKK dan alamat lengkap pemilih dalam Daftar Pemilih Tetap');
  await form.getByLabel('Dokumen yang memuat').fill('Daftar Pemilih Tetap Pemilu 2024');
  await form.getByLabel('Jenis dokumen').fill('Data pemilih');
  await dik.pick(form, 'Dasar hukum Pasal 17 UU 14/2008', /^17h /);
  await form.getByLabel('Konsekuensi apabila dibuka').fill('Data pribadi pemilih dapat disalahgunakan.');
  await form.getByLabel('Konsekuensi apabila ditutup').fill('Data pribadi pemilih terlindungi.');
  await form.getByLabel('Jangka waktu pengecualian (seperti ditulis)').fill('Tidak terbatas');
  await form.getByLabel(/^Keputusan KPU RI \/ Provinsi/).fill('Keputusan KPU RI Nomor 1050 Tahun 2024');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: judul, level: 2 })).toBeVisible();
  await expect(page.getByText('Lengkap. Siap diajukan.')).toBeVisible();

  // 3. Submitted: 0 of 3, the Pembina PPID first.
  await page.getByLabel('Catatan').fill('Mohon persetujuan sesuai SOP');
  await page.getByRole('button', { name: 'Ajukan' }).click();
  const workflow = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Persetujuan' }) });
  await expect(workflow).toContainText('0 dari 3');
  await expect(workflow).toContainText('Giliran berikutnya: Pembina PPID');
  await workflow.evaluate((card) => card.scrollIntoView({ block: 'start' }));
  await bothLanguages(app, page, 'kpu-02-diajukan');

  // 4. The Atasan PPID may not go before the others.
  await dik.actAs(/^H\. Syamsuddin/);
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByText(/belum mendapat giliran/)).toBeVisible();
  await bothLanguages(app, page, 'kpu-03-bukan-giliran');

  // 5. The Pembina PPID and the Tim Pertimbangan sign in and approve.
  await dik.actAs(/^Andi Baso/);
  await page.getByLabel('Catatan').fill('Setuju');
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expect(workflow).toContainText('1 dari 3');
  await dik.actAs(/^Hasnah/);
  await page.getByLabel('Catatan').fill('Sesuai Keputusan KPU RI');
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expect(workflow).toContainText('2 dari 3');
  await expect(workflow).toContainText('Giliran berikutnya: Atasan PPID');
  await expect(page.getByRole('table', { name: 'Persetujuan yang diberikan' }).getByRole('row')).toHaveCount(3);
  await workflow.evaluate((card) => card.scrollIntoView({ block: 'start' }));
  await bothLanguages(app, page, 'kpu-04-dua-dari-tiga');

  // 6. The Atasan PPID signed on paper: the desk records it with the scan of the signed sheet.
  await dik.actAs(/^Budi Santoso/);
  await page.getByRole('button', { name: 'Catat persetujuan dari kertas' }).click();
  const paper = dik.dialog();
  await expect(paper.getByRole('combobox', { name: 'Peran penyetuju' })).toHaveValue('Atasan PPID');
  await dik.pick(paper, 'Yang menandatangani', /^H\. Syamsuddin/);
  await paper.getByLabel('Tanggal tanda tangan').fill('2025-04-11');
  await paper.getByLabel('Catatan pada lembar').fill('Disetujui');
  await dik.chooseFile(paper.getByRole('button', { name: 'Pindaian lembar bertanda tangan' }), {
    name: 'persetujuan-atasan-ppid.pdf',
    mimeType: 'application/pdf',
    buffer: await pdfBytes(1, 'Lembar persetujuan Atasan PPID'),
  });
  await bothLanguages(app, page, 'kpu-05-catat-dari-kertas');
  await paper.getByRole('button', { name: 'Catat persetujuan' }).click();
  await expect(paper).toBeHidden();
  await expect(workflow).toContainText('3 dari 3');
  await expect(workflow).toContainText('Persetujuan lengkap.');
  const given = page.getByRole('table', { name: 'Persetujuan yang diberikan' });
  await expect(given.getByRole('row').filter({ hasText: 'H. Syamsuddin' })).toContainText(
    'Dari lembar bertanda tangan (11 April 2025), dicatat oleh Budi Santoso',
  );
  await expect(given.getByRole('row').filter({ hasText: 'Andi Baso' })).toContainText('Masuk dan menyetujui di komputer ini');
  const trail = page.getByRole('table', { name: 'Riwayat persetujuan' });
  await expect(trail.getByRole('row').filter({ hasText: 'Persetujuan dicatat dari kertas' })).toContainText('H. Syamsuddin — Disetujui');
  await expect(page.getByText('Disetujui', { exact: true }).first()).toBeVisible();
  await workflow.evaluate((card) => card.scrollIntoView({ block: 'start' }));
  await bothLanguages(app, page, 'kpu-06-disetujui');
  await given.getByRole('button', { name: 'Pindaian persetujuan H. Syamsuddin' }).click();
  const viewer = page.getByRole('dialog', { name: 'Pindaian persetujuan H. Syamsuddin' });
  await expect(viewer.getByRole('img', { name: 'Halaman 1 dari 1' }).last()).toBeVisible();
  await bothLanguages(app, page, 'kpu-07-pindaian-persetujuan');
  await viewer.getByRole('button', { name: 'Tutup', exact: true }).click();

  // 7. The SK, and the item in the DIK.
  await page.getByRole('link', { name: '← Kembali ke daftar' }).click();
  await dik.openTab('Surat Keputusan');
  await page.getByRole('button', { name: 'Catat SK penetapan' }).click();
  const sk = dik.dialog();
  await sk.getByLabel('Nomor SK').fill('1050/PP.05-Kpt/7315/2025');
  await sk.getByLabel('Tanggal SK').fill('2025-04-14');
  await sk.getByLabel('Nama penanda tangan').fill('Andi Baso');
  await sk.getByLabel('Jabatan penanda tangan').fill('Ketua KPU Kabupaten Pinrang');
  await dik.pick(sk, 'Informasi yang ditetapkan', new RegExp(judul));
  await sk.getByRole('button', { name: 'Simpan' }).click();
  await expect(sk).toBeHidden();
  await dik.openTab('Daftar');
  const list = page.getByRole('table', { name: 'Informasi yang Dikecualikan' });
  await expect(list.getByRole('row').filter({ hasText: judul })).toContainText('3 dari 3');
  await bothLanguages(app, page, 'kpu-08-dik');
});

/**
 * Kabupaten Bulukumba (Dinas Komunikasi dan Informatika): the desk drafts the item and the test;
 * the Tim Pertimbangan, who holds only the conclude right, writes what the meeting weighed and
 * concludes; the Atasan PPID approves (one approval is Bulukumba's chain); the SK is recorded.
 */
test('Bulukumba: the Tim Pertimbangan concludes the consequence test, then approval and the SK', async ({ page, server }) => {
  test.setTimeout(240_000);
  const app = new AppPage(page);
  const dik = new ExemptionPage(page);
  const item = 'Data gaji dan rekening pegawai Diskominfo';
  await app.open(server.url);
  const people = await peopleApi(page.request, server.origin, server.token);
  for (const [name, jabatan, roles] of [
    ['Budi Santoso', 'Pengelola Informasi', ['petugas']],
    ['Andi Baso', 'Anggota Tim Pertimbangan', ['tim_pertimbangan']],
    ['Sri Wahyuni', 'Sekretaris Daerah', ['atasan_ppid']],
  ] as const) {
    await people.call('user.create', { fields: { name, nip: '', jabatan, roles, active: true } });
    await givePin(page, name);
  }
  await app.go('Informasi Dikecualikan');

  // 1. The desk drafts the item and the test: what is tested and who met.
  await dik.actAs(/^Budi Santoso/);
  await page.getByRole('button', { name: 'Entri dikecualikan baru' }).click();
  const form = dik.dialog();
  await form.getByLabel('Judul informasi').fill(item);
  await form.getByLabel('Informasi yang dikecualikan').fill('Nomor rekening bank dan rincian penghasilan pegawai');
  await dik.pick(form, 'Dasar hukum Pasal 17 UU 14/2008', /^17h3 /);
  await form.getByLabel('Konsekuensi apabila dibuka').fill('Membuka kondisi keuangan pribadi pegawai.');
  await form.getByLabel('Konsekuensi apabila ditutup').fill('Data pribadi pegawai terlindungi.');
  await form.getByLabel('Jangka waktu pengecualian (seperti ditulis)').fill('20 Tahun');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: item, level: 2 })).toBeVisible();
  await page.getByRole('link', { name: '← Kembali ke daftar' }).click();
  await dik.openTab('Uji Konsekuensi');
  await page.getByRole('button', { name: 'Uji Konsekuensi baru' }).click();
  const sheet = dik.dialog();
  await sheet.getByLabel('Tanggal pengujian').fill('2025-04-10');
  await sheet.getByLabel('Tempat').fill('Ruang rapat Diskominfo Bulukumba');
  await dik.pick(sheet, 'Informasi yang diuji', new RegExp(item));
  for (const [name, role] of [
    ['PPID Uji', 'PPID'],
    ['Andi Baso', 'Tim Pertimbangan'],
  ] as const) {
    await sheet.getByRole('button', { name: 'Tambah peserta' }).click();
    await sheet.getByLabel('Nama peserta').last().fill(name);
    await sheet.getByLabel('Peran').last().fill(role);
  }
  await sheet.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('button', { name: 'UK-0001' })).toBeVisible();
  await sheet.getByRole('button', { name: 'Tutup' }).click();
  await expect(sheet).toBeHidden();

  // 2. The Tim Pertimbangan (conclude right only) weighs and concludes.
  await dik.actAs(/^Andi Baso/);
  await page.getByRole('button', { name: 'UK-0001' }).click();
  await sheet.getByLabel('Analisis konsekuensi apabila dibuka').fill('Dapat disalahgunakan untuk penipuan terhadap pegawai.');
  await sheet.getByLabel('Uji kepentingan publik').fill('Belanja pegawai sudah terbuka dalam bentuk agregat.');
  await sheet.getByLabel('Pertimbangan (keseimbangan)').fill('Kerugian bila dibuka lebih besar daripada manfaatnya.');
  await sheet.getByText('Dikecualikan', { exact: true }).click();
  await expect(sheet.getByText('Lengkap: uji dapat disimpulkan.')).toBeVisible();
  await bothLanguages(app, page, 'bulukumba-01-tim-pertimbangan-menyimpulkan');
  await sheet.getByRole('button', { name: 'Simpulkan uji' }).click();
  await expect(sheet).toBeHidden();
  await page.getByRole('button', { name: 'UK-0001' }).click();
  await expect(sheet.getByText(/Disimpulkan .* oleh Andi Baso/)).toBeVisible();
  await bothLanguages(app, page, 'bulukumba-02-uji-disimpulkan');
  await sheet.getByRole('button', { name: 'Tutup' }).click();

  // 3. Submitted by the desk; Bulukumba's chain is one approval, by the Atasan PPID.
  await dik.actAs(/^Budi Santoso/);
  await dik.openTab('Daftar');
  await page.getByRole('link', { name: item }).click();
  await expect(page.getByText('Lengkap. Siap diajukan.')).toBeVisible();
  await page.getByRole('button', { name: 'Ajukan' }).click();
  const workflow = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Persetujuan' }) });
  await expect(workflow).toContainText('0 dari 1');
  await dik.actAs(/^Sri Wahyuni/);
  await page.getByLabel('Catatan').fill('Setuju dikecualikan.');
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expect(workflow).toContainText('1 dari 1');
  await expect(workflow).toContainText('Persetujuan lengkap.');
  await workflow.evaluate((card) => card.scrollIntoView({ block: 'start' }));
  await bothLanguages(app, page, 'bulukumba-03-disetujui');

  // 4. The SK on the concluded test, and the item in the DIK.
  await dik.actAs(/^Budi Santoso/);
  await page.getByRole('link', { name: '← Kembali ke daftar' }).click();
  await dik.openTab('Surat Keputusan');
  await page.getByRole('button', { name: 'Catat SK penetapan' }).click();
  const sk = dik.dialog();
  await sk.getByLabel('Nomor SK').fill('555/112/Diskominfo-SP/IV/2025');
  await sk.getByLabel('Tanggal SK').fill('2025-04-14');
  await sk.getByLabel('Nama penanda tangan').fill('Sri Wahyuni');
  await sk.getByLabel('Jabatan penanda tangan').fill('Sekretaris Daerah');
  await dik.pick(sk, 'Informasi yang ditetapkan', new RegExp(item));
  await sk.getByRole('button', { name: 'Simpan' }).click();
  await expect(sk).toBeHidden();
  await dik.openTab('Daftar');
  await expect(page.getByRole('table', { name: 'Informasi yang Dikecualikan' }).getByRole('row').filter({ hasText: item })).toContainText(
    '13 April 2045',
  );
  await bothLanguages(app, page, 'bulukumba-04-dik');
});
