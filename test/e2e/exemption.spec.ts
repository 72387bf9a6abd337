import { join } from 'node:path';
import { pdfBytes, pngBytes } from '../vault/fixtures';
import { AppPage, screenshotDir } from './pages/AppPage';
import { ExemptionPage } from './pages/ExemptionPage';
import { startServer } from './support/server';
import { expect, test } from './support/fixtures';

const judul = 'Data gaji dan rekening pegawai';

/**
 * The whole exemption SOP in the UI: profiles and roles, an exempted entry with two grounds, its
 * consequence test, approval under the right roles, the SK, the end year, a clock past the end
 * (LEMARI_CLOCK on a restarted server), declassification, and the entry found in the DIP with history.
 */
test('the exemption SOP from draft to declassified DIP entry', async ({ page, server }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  const dik = new ExemptionPage(page);
  await app.open(server.url);
  await app.go('Informasi Dikecualikan');
  await expect(page.getByRole('heading', { name: 'Informasi yang Dikecualikan', level: 2 })).toBeVisible();

  // 1. Profiles: the first run made the PPID Uji account (support/signIn.ts); the PPID adds the others.
  await dik.openTab('Pengguna & peran');
  await dik.addUser('Rina Marlina', 'PPID', 'PPID');
  await dik.actAs(/^Rina Marlina/);
  await dik.addUser('Budi Santoso', 'Pengelola Informasi', 'Petugas / Pengelola Informasi');
  await dik.addUser('Sri Wahyuni', 'Sekretaris Daerah', 'Atasan PPID');
  await expect(page.getByRole('table', { name: 'Pengguna & peran' }).getByRole('row')).toHaveCount(5);
  await app.screenshot('dik-01-pengguna-peran');

  // 2. The clerk drafts the exempted entry with two Pasal 17 grounds.
  await dik.actAs(/^Budi Santoso/);
  await page.getByRole('button', { name: 'Entri dikecualikan baru' }).click();
  const form = dik.dialog();
  await form.getByLabel('Judul informasi').fill(judul);
  await form.getByLabel('Informasi yang dikecualikan').fill('Nomor rekening bank dan rincian penghasilan pegawai');
  await form.getByLabel('Dokumen yang memuat').fill('Daftar gaji pegawai 2024');
  await form.getByLabel('Jenis dokumen').fill('Data kepegawaian');
  await dik.pick(form, 'Dasar hukum Pasal 17 UU 14/2008', /^17h3 /);
  await dik.pick(form, 'Dasar hukum Pasal 17 UU 14/2008', /^17h4 /);
  await form.getByLabel('Konsekuensi apabila dibuka').click();
  await form.getByLabel('Konsekuensi apabila dibuka').fill('Membuka kondisi keuangan pribadi pegawai.');
  await form.getByLabel('Konsekuensi apabila ditutup').fill('Data pribadi pegawai terlindungi.');
  await form.getByLabel('Jangka waktu pengecualian (seperti ditulis)').fill('20 Tahun');
  await expect(form.getByRole('status')).toContainText('20 tahun 0 bulan 0 hari · Tanggal berakhir dihitung setelah SK dicatat.');
  await app.screenshot('dik-02-entri-baru');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: judul, level: 2 })).toBeVisible();
  await expect(page.getByText('Pasal 17 huruf h angka 3 UU 14/2008; Pasal 17 huruf h angka 4 UU 14/2008')).toBeVisible();
  await expect(page.getByLabel('Yang masih kurang sebelum diajukan')).toContainText('Uji Konsekuensi yang disimpulkan');
  await app.screenshot('dik-03-entri-draf');

  // 3. The consequence test: what is missing is listed; the clerk may not conclude it.
  await page.getByRole('link', { name: '← Kembali ke daftar' }).click();
  await dik.openTab('Uji Konsekuensi');
  await page.getByRole('button', { name: 'Uji Konsekuensi baru' }).click();
  const sheet = dik.dialog();
  await expect(sheet.getByLabel('Belum dapat disimpulkan — yang masih kurang:')).toContainText('Tanggal pengujian');
  await sheet.getByLabel('Tanggal pengujian').fill('2025-04-10');
  await sheet.getByLabel('Tempat').fill('Ruang rapat PPID');
  await sheet.getByLabel('Dokumen yang diuji').fill('Daftar gaji pegawai 2024');
  await dik.pick(sheet, 'Informasi yang diuji', new RegExp(judul));
  for (const [name, role] of [
    ['Rina Marlina', 'PPID'],
    ['Budi Santoso', 'Unit yang menguasai informasi'],
  ] as const) {
    await sheet.getByRole('button', { name: 'Tambah peserta' }).click();
    await sheet.getByLabel('Nama peserta').last().fill(name);
    await sheet.getByLabel('Peran').last().fill(role);
  }
  await sheet.getByLabel('Analisis konsekuensi apabila dibuka').fill('Dapat disalahgunakan untuk penipuan terhadap pegawai.');
  await sheet.getByLabel('Uji kepentingan publik').fill('Belanja pegawai sudah terbuka dalam bentuk agregat.');
  await sheet.getByLabel('Pertimbangan (keseimbangan)').fill('Kerugian bila dibuka lebih besar daripada manfaatnya.');
  await expect(sheet.getByLabel('Belum dapat disimpulkan — yang masih kurang:')).toContainText('Kesimpulan');
  await sheet.getByText('Dikecualikan', { exact: true }).click();
  await sheet.getByLabel('Jangka waktu pengecualian').fill('20 Tahun');
  await expect(sheet.getByText('Lengkap: uji dapat disimpulkan.')).toBeVisible();
  await app.screenshot('dik-04-uji-konsekuensi');
  await sheet.getByRole('button', { name: 'Simpulkan uji' }).click();
  await expect(sheet.getByText(/Budi Santoso tidak memiliki peran yang boleh melakukan tindakan ini/)).toBeVisible();
  await sheet.getByRole('button', { name: 'Tutup' }).click();

  await dik.actAs(/^Rina Marlina/);
  await page.getByRole('button', { name: 'UK-0001' }).click();
  await dik.dialog().getByRole('button', { name: 'Simpulkan uji' }).click();
  await expect(page.getByRole('table', { name: 'Uji Konsekuensi' })).toContainText('Dikecualikan');
  await page.getByRole('button', { name: 'UK-0001' }).click();
  await expect(dik.dialog().getByText(/Disimpulkan .* oleh Rina Marlina/)).toBeVisible();
  const download = page.waitForEvent('download');
  await dik.dialog().getByRole('button', { name: 'Cetak Lembar Pengujian Konsekuensi (PDF)' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe('lembar-pengujian-konsekuensi-UK-0001.pdf');
  await pdf.saveAs(join(screenshotDir, 'dik-lembar-pengujian-konsekuensi.pdf'));
  await dik.dialog().getByRole('button', { name: 'Tutup' }).click();

  // 4. Submit as the clerk; the PPID may not approve; the Atasan PPID does.
  await dik.openTab('Daftar');
  await page.getByRole('link', { name: judul }).click();
  await dik.actAs(/^Budi Santoso/);
  await expect(page.getByText('Lengkap. Siap diajukan.')).toBeVisible();
  await page.getByRole('button', { name: 'Ajukan' }).click();
  await expect(page.getByText('Diajukan', { exact: true }).first()).toBeVisible();
  await dik.actAs(/^Rina Marlina/);
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByText(/Rina Marlina tidak memiliki peran/)).toBeVisible();
  await dik.actAs(/^Sri Wahyuni/);
  await page.getByLabel('Catatan').fill('Setuju dikecualikan.');
  await page.getByRole('button', { name: 'Setujui' }).click();
  const steps = page.getByRole('table', { name: 'Riwayat persetujuan' });
  await expect(steps.getByRole('row').filter({ hasText: 'Persetujuan diberikan' })).toContainText('Sri Wahyuni');
  await expect(steps.getByRole('row').filter({ hasText: 'Persetujuan diberikan' })).toContainText('Atasan PPID');
  await app.screenshot('dik-05-disetujui');

  // 5. Record the SK; the 20 years now run from its date.
  await dik.actAs(/^Budi Santoso/);
  await page.getByRole('link', { name: '← Kembali ke daftar' }).click();
  await dik.openTab('Surat Keputusan');
  await page.getByRole('button', { name: 'Catat SK penetapan' }).click();
  const sk = dik.dialog();
  await sk.getByLabel('Nomor SK').fill('300.2.11 / 1864 / IV / 2025');
  await sk.getByLabel('Tanggal SK').fill('2025-04-14');
  await sk.getByLabel('Nama penanda tangan').fill('Sri Wahyuni');
  await sk.getByLabel('Jabatan penanda tangan').fill('Sekretaris Daerah');
  await dik.pick(sk, 'Informasi yang ditetapkan', new RegExp(judul));
  await dik.pick(sk, 'Uji Konsekuensi yang mendasari', /^UK-0001/);
  // The signed scan goes with it; a file that is not a scan is refused by its bytes and records nothing.
  const scanInput = sk.getByRole('button', { name: 'Pindaian SK bertanda tangan' });
  await dik.chooseFile(scanInput, { name: 'SK-1864.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>bukan pindaian</html>') });
  await sk.getByRole('button', { name: 'Simpan' }).click();
  await expect(sk.getByRole('alert')).toContainText('bukan PDF, JPEG, PNG atau TIFF');
  await expect(page.getByText('Belum ada SK.')).toBeAttached();
  await dik.chooseFile(scanInput, {
    name: 'SK-1864-ttd.pdf',
    mimeType: 'application/pdf',
    buffer: await pdfBytes(2, 'SK 300.2.11 / 1864 / IV / 2025'),
  });
  await app.screenshot('dik-06-sk');
  await sk.getByRole('button', { name: 'Simpan' }).click();
  await expect(sk).toBeHidden();
  const skList = page.getByRole('table', { name: 'Surat Keputusan' });
  await expect(skList).toContainText('300.2.11 / 1864 / IV / 2025');
  await skList.getByRole('button', { name: 'Lihat pindaian SK 300.2.11 / 1864 / IV / 2025' }).click();
  const viewer = page.getByRole('dialog', { name: 'Pindaian SK 300.2.11 / 1864 / IV / 2025' });
  await expect(viewer.getByText('Halaman 1 dari 2')).toBeVisible();
  await expect(viewer.getByRole('img', { name: 'Halaman 1 dari 2' }).last()).toBeVisible();
  await app.screenshot('dik-06b-sk-pindaian');
  await viewer.getByRole('button', { name: 'Tutup', exact: true }).click();
  // A better scan replaces it afterwards; the old hash stays in the audit trail.
  await dik.chooseFile(skList.getByRole('button', { name: 'Ganti pindaian SK 300.2.11 / 1864 / IV / 2025' }), {
    name: 'SK-1864-hal1.png',
    mimeType: 'image/png',
    buffer: pngBytes(400, 560, [250, 250, 245]),
  });
  await expect(page.getByText('Pindaian SK tersimpan di brankas.')).toBeVisible();
  await app.screenshot('dik-06c-sk-daftar');

  // 5b. The entry page links what it rests on: its test, its SK (with scan) and its documents and scans.
  await dik.openTab('Daftar');
  await page.getByRole('link', { name: judul }).first().click();
  const links = page.getByRole('region', { name: 'Uji dan SK' });
  await expect(links).toContainText('UK-0001');
  await expect(links).toContainText('300.2.11 / 1864 / IV / 2025 tanggal 14 April 2025 · berdasarkan UK-0001');
  await expect(page.getByRole('heading', { name: 'Dokumen' })).toBeVisible();
  await expect(page.getByText('Ditetapkan').first()).toBeVisible();
  await links.scrollIntoViewIfNeeded();
  await app.screenshot('dik-06d-entri-uji-sk-dokumen');
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
  await expect(page.getByRole('region', { name: 'Test and SK' })).toContainText('rests on UK-0001');
  await page.getByRole('region', { name: 'Test and SK' }).scrollIntoViewIfNeeded();
  await app.screenshot('dik-06e-entry-links-english');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('ID').click();
  await expect(links).toBeVisible();
  await page
    .getByRole('link', { name: /Kembali/ })
    .first()
    .click();

  // 6. Classified by period: under its end year 2045.
  await dik.openTab('Klasifikasi jangka waktu');
  const year = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: '2045' }) });
  await expect(year).toContainText(judul);
  await expect(year).toContainText('13 April 2045');
  await app.screenshot('dik-07-klasifikasi');
  await dik.openTab('Jatuh tempo dibuka');
  await expect(page.getByText('Tidak ada.').first()).toBeVisible();

  // 7. The clock jumps past the end: the entry is due, nothing opened by itself.
  await server.stop();
  process.env.LEMARI_CLOCK = '2045-05-02';
  const later = await startServer(server.archiveDir);
  delete process.env.LEMARI_CLOCK;
  try {
    await app.open(later.url);
    await expect(page.getByText('1 sudah berakhir, 0 berakhir dalam 30 hari kerja')).toBeVisible();
    await app.screenshot('dik-08-beranda-pengingat');
    await page.getByRole('link', { name: 'Lihat jatuh tempo' }).click();
    await dik.openTab('Jatuh tempo dibuka');
    await expect(page.getByRole('table', { name: 'Jangka waktu sudah berakhir' })).toContainText(judul);
    await dik.openTab('Daftar');
    await expect(page.getByRole('table', { name: 'Informasi yang Dikecualikan' })).toContainText('Ditetapkan');
    await dik.openTab('Jatuh tempo dibuka');
    await app.screenshot('dik-09-jatuh-tempo');

    // 8. Declassify: one action with the opening decision.
    await dik.actAs(/^Rina Marlina/);
    await page.getByRole('table', { name: 'Jangka waktu sudah berakhir' }).getByRole('link', { name: judul }).click();
    await page.getByRole('button', { name: 'Buka menjadi informasi publik' }).click();
    const open = dik.dialog();
    await open.getByLabel('Nomor keputusan pembukaan').fill('300.2.11 / 0412 / V / 2045');
    await open.getByLabel('Tanggal SK').fill('2045-05-02');
    await open.getByLabel('Nama penanda tangan').fill('Rina Marlina');
    await open.getByLabel('Alasan pembukaan').fill('Jangka waktu pengecualian 20 tahun telah berakhir.');
    // The DIP columns are asked: left blank, each is named at its field and nothing is opened.
    await open.getByRole('button', { name: 'Buka menjadi informasi publik' }).click();
    await expect(open.getByText('Wajib diisi').first()).toBeVisible();
    await dik.fillOpenedDip(open);
    await app.screenshot('dik-10-buka');
    await open.getByRole('button', { name: 'Buka menjadi informasi publik' }).click();
    await expect(open.getByRole('status')).toContainText('Informasi dibuka dan masuk Daftar Informasi Publik.');
    await expect(open).toContainText('pindahkan ke ordner informasi publik');
    await open.getByRole('button', { name: 'Tutup' }).click();
    await expect(page.getByText(/Telah dibuka menjadi entri DIP #2/)).toBeVisible();

    // 9. Find it in the DIP, then its history both ways.
    await app.go('Daftar Informasi Publik');
    await page.getByRole('searchbox', { name: 'Cari' }).fill('rekening pegawai');
    await expect(page.getByText('Informasi yang Wajib Tersedia Setiap Saat').first()).toBeVisible();
    // The exempted row is not listed inside the DIP: one line leads to the DIK instead.
    await expect(page.getByRole('row').filter({ hasText: judul })).toHaveCount(1);
    await expect(page.getByRole('link', { name: '1 informasi dikecualikan — lihat Daftar Informasi yang Dikecualikan' })).toBeVisible();
    await app.screenshot('dik-11-dip');
    await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
    await expect(page.getByRole('link', { name: '1 exempted items of information — see the List of Exempted Information' })).toBeVisible();
    await app.screenshot('dik-11b-dip-english');
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('ID').click();
    await app.go('Informasi Dikecualikan');
    await dik.openTab('Sudah dibuka');
    await page.getByRole('link', { name: 'Dibuka menjadi entri DIP #2' }).click();
    await expect(page.getByText(/Berasal dari Informasi yang Dikecualikan #1/)).toBeVisible();
    const history = page.getByRole('table', { name: 'Riwayat' });
    await expect(history).toContainText('Masuk DIP karena dibuka');
    await expect(history).toContainText('Persetujuan diberikan');
    await expect(history).toContainText('Rina Marlina');
    await app.screenshot('dik-12-riwayat-dip');
  } finally {
    await later.stop();
  }
});
