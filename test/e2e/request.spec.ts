import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage, screenshotDir } from './pages/AppPage';
import { RequestRegisterPage } from './pages/RequestPage';
import { expect, test } from './support/fixtures';
import { E2E_PIN, E2E_PPID, peopleApi, switchPerson } from './support/signIn';

type People = Awaited<ReturnType<typeof peopleApi>>;

/** Seeding calls, made by whoever `people.as` signed in last (the e2e PPID at first). */
function api(people: People) {
  return async <T>(method: string, data: unknown): Promise<T> => (await people.call(method, data)) as T;
}

/** The archive as the desk has it: a profile with its kop, a PPID, one exempted entry with its ground, one DIP entry. */
async function seed(people: People) {
  const call = api(people);
  const agency = await call<{ version: number } & Record<string, unknown>>('agency.get', {});
  const { version, updatedAt: _updatedAt, ...fields } = agency;
  await call('agency.update', {
    expectedVersion: version,
    fields: {
      ...fields,
      bodyName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
      city: 'Sleman',
      ppidName: 'Rina Marlina',
      superiorName: 'Drs. Harda Kiswaya',
      superiorPosition: 'Sekretaris Daerah',
    },
  });
  // The Atasan PPID answers the keberatan on screen, signed in as themself (Pasal 35-36).
  const atasan = await call<{ id: number }>('user.create', {
    fields: { name: 'Drs. Harda Kiswaya', nip: '', jabatan: 'Sekretaris Daerah', roles: ['atasan_ppid'], active: true },
  });
  await call('auth.setSecret', { userId: atasan.id, secret: E2E_PIN });
  const rina = await call<{ id: number }>('user.create', {
    fields: { name: 'Rina Marlina', nip: '', jabatan: 'PPID', roles: ['ppid'], active: true },
  });
  await people.as(rina.id);
  await call('exemption.create', {
    fields: {
      judul: 'Data gaji dan rekening pegawai',
      informasi: 'Nomor rekening bank dan rincian penghasilan pegawai',
      dokumen: '',
      jenisDokumen: '',
      partial: false,
      unitId: null,
      year: null,
      grounds: ['17h3'],
      otherBases: [],
      konsekuensiDibuka: 'Membuka kondisi keuangan pribadi pegawai.',
      konsekuensiDitutup: 'Data pribadi pegawai terlindungi.',
      periodText: '20 Tahun',
      anchor: 'sk',
      documentDate: null,
      upstreamDecision: '',
    },
  });
  await call('entry.create', {
    fields: {
      category: 'berkala',
      judul: 'Rencana Strategis Dinas 2026',
      ringkasan: '',
      unitId: null,
      unitText: '',
      penanggungJawab: '',
      waktu: '',
      tempat: '',
      bentuk: null,
      formatCetak: false,
      formatRekam: false,
      formatOnline: false,
      jenisMedia: '',
      retensiAktif: null,
      retensiInaktif: null,
      retensiText: '',
      disposisi: null,
      kodeKlasifikasi: '',
      tags: [],
      notes: '',
      year: 2026,
      dikInformasi: '',
      dikDasarHukum: '',
      dikKonsekuensiDibuka: '',
      dikKonsekuensiDitutup: '',
      dikJangkaWaktu: '',
    },
  });
}

test('a request received, extended, refused citing the DIK, objected to and answered by the Atasan PPID; another granted', async ({
  page,
  request,
  server,
}) => {
  test.setTimeout(120_000);
  await seed(await peopleApi(request, server.origin, server.token));
  const app = new AppPage(page);
  const desk = new RequestRegisterPage(page);
  await app.open(server.url);
  await app.go('Permohonan Informasi');
  await expect(page.getByText('Belum ada permohonan yang dicatat.')).toBeVisible();

  // The form says what is missing at the field, with the shared schema's words.
  await page.getByRole('button', { name: 'Catat permohonan' }).click();
  await desk.dialog().getByRole('button', { name: 'Simpan' }).click();
  await expect(desk.dialog().getByText('Wajib diisi.').first()).toBeVisible();
  await desk.dialog().getByRole('button', { name: 'Batal' }).click();

  await desk.record({
    name: 'Siti Aminah',
    address: 'Jl. Kaliurang km 5, Sleman',
    phone: '0812 3456 7890',
    nik: '3404012345670001',
    information: 'Daftar gaji dan nomor rekening pegawai Dinas tahun 2025',
    purpose: 'Bahan liputan',
  });
  await expect(page.getByRole('heading', { name: /\/PPID\/XII\/2026$/ })).toBeVisible();
  await expect(page.getByText(/^Wajib dijawab paling lambat/)).toBeVisible();
  await page.getByText('Cara tanggal ini dihitung').click();
  await expect(page.getByText(/10 hari kerja sejak/)).toBeVisible();
  await app.screenshot('request-01-diterima');

  await desk.extend('Informasi berada di tiga bidang dan perlu dihimpun');
  await expect(page.getByLabel('Status', { exact: true })).toHaveText('Diperpanjang');
  await expect(page.getByText(/Diperpanjang 7 hari kerja sejak/)).toBeVisible();

  // Refusing by citing public information is blocked; the archive says a consequence test comes first.
  await desk.decide('Ditolak', { label: 'Informasi yang dikecualikan (dari DIK)', option: 'DIP · Rencana Strategis Dinas 2026' });
  await expect(desk.dialog().getByText(/tidak tercantum dalam Daftar Informasi yang Dikecualikan/)).toBeVisible();
  await expect(desk.dialog().getByRole('button', { name: 'Mulai Uji Konsekuensi atas permohonan ini' })).toBeVisible();
  await app.screenshot('request-02-penolakan-tanpa-dik');
  await desk.dialog().getByRole('button', { name: 'Batal' }).click();

  await desk.decide('Ditolak', { label: 'Informasi yang dikecualikan (dari DIK)', option: 'DIK · Data gaji dan rekening pegawai' });
  await expect(page.getByLabel('Status', { exact: true })).toHaveText('Ditolak');
  await expect(page.getByText(/Pasal 17 huruf h angka 3/)).toBeVisible();

  const letter = await desk.letter('Keputusan PPID tentang penolakan', '002/KEP-PPID/XII/2026');
  const pdf = await page.request.get(new URL(letter.url, server.origin).toString(), {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  expect(pdf.status()).toBe(200);
  const dir = join(screenshotDir, 'request-letters');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'penolakan.pdf');
  writeFileSync(file, await pdf.body());
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI');
  expect(text).toContain('Data gaji dan rekening pegawai');
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(dir, 'penolakan')]);

  // Keberatan for Pasal 35 ayat 1 huruf a, then the Atasan PPID's response.
  await page.getByLabel(/^a\. penolakan atas permintaan informasi/).check();
  await page.getByRole('button', { name: 'Catat keberatan' }).click();
  await expect(page.getByText(/^Tanggapan Atasan PPID paling lambat/)).toBeVisible();
  await switchPerson(page, 'Drs. Harda Kiswaya');
  await page.getByLabel('Nomor tanggapan').fill('045/SETDA/XII/2026');
  await page.getByLabel('Isi tanggapan').fill('Atasan PPID menguatkan penolakan PPID.');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText(/Keberatan ditolak — 045\/SETDA\/XII\/2026/)).toBeVisible();
  await app.screenshot('request-03-keberatan-ditanggapi');
  await switchPerson(page, E2E_PPID.name);

  // Another request, granted with a DIP entry.
  await page.getByRole('link', { name: /Kembali ke register/ }).click();
  await desk.record({
    name: 'Budi Hartono',
    address: 'Jl. Magelang 12, Sleman',
    phone: '0813 1111 2222',
    nik: '3404019876540002',
    information: 'Rencana Strategis Dinas 2026',
    purpose: 'Penelitian',
  });
  await desk.decide('Dikabulkan seluruhnya', {
    label: 'Informasi publik yang diberikan (dari DIP)',
    option: 'DIP · Rencana Strategis Dinas 2026',
  });
  await expect(page.getByLabel('Status', { exact: true })).toHaveText('Dikabulkan seluruhnya');
  await page.getByRole('link', { name: /Kembali ke register/ }).click();
  const table = page.getByRole('table', { name: 'Register Permohonan Informasi Publik' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await app.screenshot('request-04-register-id');

  // The year's report: the officer writes the narrative, the PDF is built from the registers (counts only).
  const report = page.getByLabel('Laporan Layanan Informasi Publik');
  await report.getByLabel('Kendala').fill('Petugas PPID merangkap tugas lain');
  await report.getByRole('button', { name: 'Simpan uraian' }).click();
  await report.getByRole('button', { name: 'Unduh PDF' }).click();
  const link = report.getByRole('link', { name: /^laporan-layanan-informasi-publik-\d{4}\.pdf$/ });
  const reportPdf = await page.request.get(new URL((await link.getAttribute('href')) ?? '', server.origin).toString(), {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  const reportFile = join(dir, 'laporan.pdf');
  writeFileSync(reportFile, await reportPdf.body());
  const reportText = execFileSync('pdftotext', ['-layout', reportFile, '-'], { encoding: 'utf8' });
  expect(reportText).toContain('Petugas PPID merangkap tugas lain');
  expect(reportText).toMatch(/Permohonan diterima\s+2/);
  expect(reportText).not.toContain('Siti Aminah');
  execFileSync('pdftoppm', ['-png', '-r', '80', reportFile, join(dir, 'laporan')]);
  await app.screenshot('request-06-laporan');
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
  await expect(page.getByRole('table', { name: 'Public information request register' })).toBeVisible();
  await app.screenshot('request-05-register-en');
});
