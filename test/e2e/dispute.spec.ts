import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage, screenshotDir } from './pages/AppPage';
import { ExemptionPage } from './pages/ExemptionPage';
import { expect, test } from './support/fixtures';
import { dateInWords } from '../../shared/domain/dateWords';
import { localDate } from '../../shared/domain/timeZone';
import { E2E_PPID, peopleApi } from './support/signIn';

type People = Awaited<ReturnType<typeof peopleApi>>;

const walkIn = (receivedAt: string, name: string, information: string) => ({
  receivedAt,
  channel: 'langsung',
  letterNumber: '',
  letterDate: null,
  requester: {
    kind: 'perorangan',
    name,
    address: 'Jl. Kaliurang km 5, Sleman',
    phone: '0812 3456 7890',
    email: '',
    occupation: 'Wartawan',
    identityType: 'ktp',
    identityNumber: '3404012345670001',
    legalBasis: '',
  },
  information,
  purpose: 'Bahan liputan',
  accessModes: ['membaca'],
  copyWanted: false,
  copyForm: null,
  delivery: null,
  notes: '',
});

/** The next weekday at least three days on that the calendar does not already keep as a holiday. */
function workingDaySoon(today: string, holidays: readonly string[]): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 3);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6 || holidays.includes(date.toISOString().slice(0, 10)))
    date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * A refused request whose keberatan the Atasan PPID rejected (seeded through the API as each person), on a DIK
 * entry approved and fixed by its SK; and another request still open, whose deadline a holiday then moves.
 */
async function seed(people: People) {
  const call = async <T>(method: string, data: unknown) => (await people.call(method, data)) as T;
  const agency = await call<{ version: number } & Record<string, unknown>>('agency.get', {});
  const { version, updatedAt: _updatedAt, ...fields } = agency;
  await call('agency.update', {
    expectedVersion: version,
    fields: { ...fields, bodyName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman', city: 'Sleman', ppidName: 'Rina Marlina' },
  });
  const user = (name: string, roles: string[]) =>
    call<{ id: number }>('user.create', { fields: { name, nip: '', jabatan: name, roles, active: true } });
  const atasan = await user('Drs. Harda Kiswaya', ['atasan_ppid']);
  const rina = await user('Rina Marlina', ['ppid']);
  await people.as(rina.id);
  const x = await call<{ entryId: number }>('exemption.create', {
    fields: {
      judul: 'Data gaji dan rekening pegawai',
      informasi: 'Nomor rekening bank dan rincian penghasilan pegawai',
      dokumen: 'Daftar gaji pegawai 2025',
      jenisDokumen: '',
      partial: false,
      unitId: null,
      year: 2025,
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
  const test0 = await call<{ id: number; version: number }>('consequence.create', {
    fields: {
      heldOn: '2025-04-10',
      place: 'Ruang rapat PPID',
      trigger: 'sebelum_permohonan',
      requestRef: '',
      documentExamined: 'Daftar gaji pegawai 2025',
      entryIds: [x.entryId],
      participants: [
        { name: 'Rina Marlina', role: 'PPID', unit: '' },
        { name: 'Budi Santoso', role: 'Unit yang menguasai informasi', unit: 'Subbagian Kepegawaian' },
      ],
      harm: 'Dapat disalahgunakan untuk penipuan terhadap pegawai.',
      publicInterest: 'Belanja pegawai sudah terbuka secara agregat.',
      balance: 'Kerugian lebih besar daripada manfaat membuka.',
      conclusion: 'dikecualikan',
      periodText: '20 Tahun',
    },
  });
  await call('consequence.conclude', { id: test0.id, expectedVersion: test0.version });
  const ready = await call<{ version: number }>('exemption.get', { entryId: x.entryId });
  const submitted = await call<{ version: number }>('exemption.submit', { entryId: x.entryId, expectedVersion: ready.version, note: '' });
  await people.as(atasan.id);
  await call('exemption.approve', { entryId: x.entryId, expectedVersion: submitted.version, note: '' });
  await people.as(rina.id);
  await call('decision.create', {
    fields: {
      number: '300.2.11 / 1864 / IV / 2025',
      date: '2025-04-14',
      signerName: 'Drs. Harda Kiswaya',
      signerPosition: 'Sekretaris Daerah',
      entryIds: [x.entryId],
      testId: test0.id,
      scanSha256: null,
    },
  });
  const received = new Date(Date.now() - 60_000).toISOString();
  const r = await call<{ id: number; version: number }>('request.create', {
    fields: walkIn(received, 'Siti Aminah', 'Daftar gaji dan nomor rekening pegawai Dinas tahun 2025'),
  });
  await call('request.decide', {
    id: r.id,
    expectedVersion: r.version,
    decision: { status: 'ditolak', exemptEntryIds: [x.entryId], note: '' },
  });
  // The desk's date in Sleman (WIB), as main reads the receipt: between 17:00 and 24:00 UTC the UTC date is a day behind.
  const today = localDate(received, 'WIB');
  const objected = await call<{ objections: { id: number; version: number }[] }>('request.object', {
    id: r.id,
    fields: { filedOn: today, reasons: ['a'], description: '' },
  });
  const o = objected.objections[0];
  if (!o) throw new Error('no objection');
  await people.as(atasan.id);
  await call('request.answerObjection', {
    objectionId: o.id,
    expectedVersion: o.version,
    response: { number: '045/SETDA/XII/2026', date: today, outcome: 'ditolak', text: 'Atasan PPID menguatkan penolakan PPID.' },
  });
  await people.as(rina.id);
  const open = await call<{ id: number; number: string; dueOn: string }>('request.create', {
    fields: walkIn(received, 'Budi Hartono', 'Laporan keuangan Dinas 2025'),
  });
  const holidays = await call<{ date: string }[]>('holiday.list', { year: null });
  const holiday = workingDaySoon(
    today,
    holidays.map((h) => h.date),
  );
  await call('holiday.save', { holiday: { date: holiday, name: 'Hari Jadi Kabupaten Sleman', kind: 'libur_nasional' } });
  return { open, holiday };
}

test('a dispute at the Komisi Informasi: recorded, its putusan orders a DIK entry opened, the test on the order, the ruling carried out', async ({
  page,
  request,
  server,
}) => {
  test.setTimeout(150_000);
  const seeded = await seed(await peopleApi(request, server.origin, server.token));
  const app = new AppPage(page);
  const dik = new ExemptionPage(page);
  await app.open(server.url);
  await app.go('Permohonan Informasi');
  await page
    .getByRole('table', { name: 'Register Permohonan Informasi Publik' })
    .getByRole('row', { name: /Siti Aminah/ })
    .getByRole('link')
    .click();
  const sengketa = page.getByRole('heading', { name: 'Sengketa informasi di Komisi Informasi' });
  await expect(sengketa).toBeVisible();

  // 1. Registered at the Komisi: number, stage, a hearing date.
  await page.getByRole('button', { name: 'Catat sengketa' }).click();
  const form = page.getByRole('form', { name: 'Catat sengketa' });
  await form.getByLabel('Nomor register sengketa').fill('012/REG-PSI/XII/2026');
  await form.getByRole('combobox', { name: 'Tahap' }).click();
  await page.getByRole('option', { name: 'Ajudikasi' }).click();
  await form.getByRole('button', { name: 'Tambah tanggal sidang' }).click();
  await form.getByLabel('Keterangan sidang 1').fill('Sidang pemeriksaan awal');
  await form.getByRole('button', { name: 'Simpan sengketa' }).click();
  const card = page.getByLabel('012/REG-PSI/XII/2026');
  await expect(card).toContainText('Ajudikasi');
  await expect(card).toContainText('Sidang pemeriksaan awal');
  await expect(card).toContainText('Putusan belum dibacakan.');

  // 2. The putusan: an order to open needs a ruling that grants.
  await card.getByRole('button', { name: 'Ubah' }).click();
  const edit = page.getByRole('form', { name: 'Ubah' });
  await edit.getByLabel('Nomor putusan').fill('012/PTS/KI-DIY/XII/2026');
  await edit.getByLabel('Tanggal putusan').fill(localDate(new Date(), 'WIB'));
  await edit.getByRole('combobox', { name: 'Informasi yang diperintahkan dibuka (entri DIK)' }).click();
  await page.getByRole('option', { name: 'DIK · Data gaji dan rekening pegawai' }).click();
  await edit.getByRole('combobox', { name: 'Informasi yang diperintahkan dibuka (entri DIK)' }).press('Escape');
  await edit.getByRole('button', { name: 'Simpan sengketa' }).click();
  await expect(edit.getByText(/Hanya putusan yang mengabulkan/)).toBeVisible();
  await edit.getByRole('combobox', { name: 'Amar putusan' }).click();
  await page.getByRole('option', { name: 'Dikabulkan', exact: true }).click();
  await edit.getByRole('button', { name: 'Simpan sengketa' }).click();
  const orders = card.getByRole('group', { name: 'Perintah Komisi membuka informasi' });
  await expect(orders).toContainText('Data gaji dan rekening pegawai');
  await expect(orders).toContainText('Belum ada Uji Konsekuensi atas perintah Komisi.');
  await expect(orders).toContainText('Belum dilaksanakan.');

  // 3. The test the Komisi ordered: trigger "atas perintah Komisi Informasi", citing the putusan.
  await orders.getByRole('button', { name: 'Mulai Uji Konsekuensi atas perintah Komisi' }).click();
  await expect(orders.getByRole('status')).toContainText('Uji Konsekuensi atas perintah Komisi dibuat');
  await expect(orders).toContainText(/Uji Konsekuensi UK-\d{4}: belum disimpulkan/);
  await app.screenshot('dispute-01-perintah-komisi-id');

  // 4. Carrying out the ruling: the exemption's own declassification, its reason citing the putusan.
  await orders.getByRole('button', { name: 'Laksanakan putusan: buka informasi' }).click();
  const open = dik.dialog();
  await expect(open.getByLabel('Alasan pembukaan')).toHaveValue(/Melaksanakan Putusan Komisi Informasi Nomor 012\/PTS\/KI-DIY\/XII\/2026/);
  await open.getByLabel('Nomor keputusan pembukaan').fill('300.2.11 / 0077 / XII / 2026');
  await open.getByLabel('Tanggal SK').fill(localDate(new Date(), 'WIB'));
  await open.getByLabel('Nama penanda tangan').fill('Rina Marlina');
  await dik.fillOpenedDip(open);
  await open.getByRole('button', { name: 'Buka menjadi informasi publik' }).click();
  await expect(open.getByRole('status')).toContainText('Informasi dibuka dan masuk Daftar Informasi Publik.');
  await open.getByRole('button', { name: 'Tutup' }).click();
  await expect(orders).toContainText(/Putusan dilaksanakan: dibuka menjadi entri DIP #\d+\./);
  await card.scrollIntoViewIfNeeded();
  await app.screenshot('dispute-02-dilaksanakan-id');
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
  await expect(page.getByRole('heading', { name: 'Information dispute at the Information Commission' })).toBeVisible();
  await expect(card.getByRole('group', { name: 'Commission orders to open information' })).toContainText(
    /Ruling carried out: opened as DIP entry #\d+\./,
  );
  await app.screenshot('dispute-03-executed-en');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('ID').click();

  // 5. The other request: the holiday added later moved its deadline, and its history says so.
  await page.getByRole('link', { name: /Kembali ke register/ }).click();
  await page
    .getByRole('table', { name: 'Register Permohonan Informasi Publik' })
    .getByRole('row', { name: /Budi Hartono/ })
    .getByRole('link')
    .click();
  const history = page.getByRole('table', { name: 'Riwayat status' });
  await expect(history).toContainText('Kalender hari libur');
  await expect(history).toContainText(`hari libur ${dateInWords(seeded.holiday, 'id')} Hari Jadi Kabupaten Sleman ditambahkan`);
  await expect(history).toContainText(`Batas waktu bergeser dari ${dateInWords(seeded.open.dueOn, 'id')} ke`);
  await history.scrollIntoViewIfNeeded();
  await app.screenshot('dispute-04-tenggat-bergeser-id');
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
  await expect(page.getByRole('table', { name: 'Status history' })).toContainText('Holiday calendar');
  await app.screenshot('dispute-05-deadline-moved-en');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('ID').click();

  // 6. The register books in the Perki format, from the register screen (the keberatan book on F4).
  await page.getByRole('link', { name: /Kembali ke register/ }).click();
  const books = page.getByLabel('Buku register (format Perki 1/2021)');
  await books.getByRole('combobox', { name: 'Buku' }).click();
  await page.getByRole('option', { name: 'Buku Register Keberatan' }).click();
  await books.getByText('F4').click();
  await books.getByRole('button', { name: 'Unduh PDF' }).click();
  const link = books.getByRole('link', { name: /^buku-register-keberatan-\d{4}-f4\.pdf$/ });
  const pdf = await page.request.get(new URL((await link.getAttribute('href')) ?? '', server.origin).toString(), {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  expect(pdf.status()).toBe(200);
  const dir = join(screenshotDir, 'request-registers');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'register-keberatan-f4.pdf');
  writeFileSync(file, await pdf.body());
  expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('BUKU REGISTER KEBERATAN TAHUN');
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(dir, 'register-keberatan-f4')]);
  await books.scrollIntoViewIfNeeded();
  await app.screenshot('dispute-06-buku-register-id');
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
  await expect(page.getByLabel('Register books (Perki 1/2021 format)')).toContainText('not for the website');
  await page.getByLabel('Register books (Perki 1/2021 format)').scrollIntoViewIfNeeded();
  await app.screenshot('dispute-07-register-books-en');
  expect(E2E_PPID.name).toBe('PPID Uji');
});
