import type { APIRequestContext } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { ExemptionPage } from './pages/ExemptionPage';
import type { RunningServer } from './support/server';
import { peopleApi } from './support/signIn';
import { expect, test } from './support/fixtures';

const judul = 'Data gaji dan rekening pegawai';

/** Set-up through the API the screens use (the steps under test are done on screen), as the PPID or as `as(id)`. */
async function api(request: APIRequestContext, server: RunningServer) {
  const people = await peopleApi(request, server.origin, server.token);
  return {
    as: people.as,
    call: async (method: string, input: unknown) => (await people.call(method, input)) as { id: number; entryId: number },
  };
}

const user = (name: string, roles: string[]) => ({ fields: { name, nip: '', jabatan: '', roles, active: true } });

test('a form shows its errors under the fields, asks before discarding, and the Tim Pertimbangan concludes the test', async ({
  page,
  server,
  request,
}) => {
  test.setTimeout(150_000);
  const seed = await api(request, server);
  await seed.call('user.create', user('Rina Marlina', ['ppid']));
  // Each person gets the e2e PIN, as the PPID would give it on the Pengguna screen.
  const budi = await seed.call('user.create', user('Budi Santoso', ['petugas']));
  const andi = await seed.call('user.create', user('Andi Baso', ['tim_pertimbangan']));
  for (const person of [budi, andi]) await seed.as(person.id);

  const app = new AppPage(page);
  const dik = new ExemptionPage(page);
  await app.open(server.url);
  await app.go('Informasi Dikecualikan');
  await dik.actAs(/^Budi Santoso/);

  // A new, untouched form shows no error; saving it empty puts "Wajib diisi." under each required field.
  await page.getByRole('button', { name: 'Entri dikecualikan baru' }).click();
  const form = dik.dialog();
  await expect(form.getByText('Wajib diisi.')).toHaveCount(0);
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: 'Simpan' }).click();
  const title = form.getByLabel('Judul informasi');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  const described = await title.getAttribute('aria-describedby');
  expect(described).toBeTruthy();
  await expect(page.locator(`[id="${(described ?? '').split(' ').find((id) => id.endsWith('error')) ?? ''}"]`)).toHaveText('Wajib diisi.');
  await expect(form.getByLabel('Informasi yang dikecualikan')).toHaveAttribute('aria-invalid', 'true');
  await app.screenshot('forms-01-galat-di-isian');

  // Closing a half-filled form asks first; "Lanjut mengisi" keeps what was typed.
  await title.fill(judul);
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Tutup tanpa menyimpan?' });
  await expect(ask).toBeVisible();
  await app.screenshot('forms-02-tutup-tanpa-menyimpan');
  await ask.getByRole('button', { name: 'Lanjut mengisi' }).click();
  await expect(title).toHaveValue(judul);
  await form.getByLabel('Informasi yang dikecualikan').fill('Nomor rekening bank dan rincian penghasilan pegawai');
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  await dik.pick(form, 'Dasar hukum Pasal 17 UU 14/2008', /^17h3 /);
  await form.getByLabel('Jangka waktu pengecualian (seperti ditulis)').fill('20 Tahun');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: judul, level: 2 })).toBeVisible();

  // The desk drafts the test: what is tested and who met.
  await page.getByRole('link', { name: '← Kembali ke daftar' }).click();
  await dik.openTab('Uji Konsekuensi');
  await page.getByRole('button', { name: 'Uji Konsekuensi baru' }).click();
  const sheet = dik.dialog();
  await sheet.getByLabel('Tanggal pengujian').fill('2025-04-10');
  await sheet.getByLabel('Tempat').fill('Ruang rapat PPID');
  await dik.pick(sheet, 'Informasi yang diuji', new RegExp(judul));
  for (const [name, role] of [
    ['Rina Marlina', 'PPID'],
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

  // The Tim Pertimbangan, who may not edit the draft, writes what the meeting weighed and concludes.
  await dik.actAs(/^Andi Baso/);
  await page.getByRole('button', { name: 'UK-0001' }).click();
  await sheet.getByLabel('Analisis konsekuensi apabila dibuka').fill('Dapat disalahgunakan untuk penipuan terhadap pegawai.');
  await sheet.getByLabel('Uji kepentingan publik').fill('Belanja pegawai sudah terbuka dalam bentuk agregat.');
  await sheet.getByLabel('Pertimbangan (keseimbangan)').fill('Kerugian bila dibuka lebih besar daripada manfaatnya.');
  await sheet.getByText('Dikecualikan', { exact: true }).click();
  // The period comes from the item's Jangka Waktu.
  await expect(sheet.getByLabel('Jangka waktu pengecualian')).toHaveValue('20 Tahun');
  await expect(sheet.getByText('Lengkap: uji dapat disimpulkan.')).toBeVisible();
  await app.screenshot('forms-03-tim-pertimbangan-menyimpulkan');
  await sheet.getByRole('button', { name: 'Simpulkan uji' }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('table', { name: 'Uji Konsekuensi' })).toContainText('Dikecualikan');
  await page.getByRole('button', { name: 'UK-0001' }).click();
  await expect(sheet.getByText(/Disimpulkan .* oleh Andi Baso/)).toBeVisible();
  await sheet.getByRole('button', { name: 'Tutup' }).click();

  // The same screens in English.
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
  await page.getByRole('button', { name: 'UK-0001' }).click();
  await app.screenshot('forms-04-test-concluded-en');
  await sheet.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /^New exempted entry/ }).click();
  await dik.dialog().getByRole('button', { name: 'Save' }).click();
  await expect(dik.dialog().getByText('Required.').first()).toBeVisible();
  await app.screenshot('forms-05-field-errors-en');
  await dik
    .dialog()
    .getByLabel(/^Title/)
    .fill('x');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Close without saving?' })).toBeVisible();
  await app.screenshot('forms-06-discard-en');
  // Discard closes both; reopened, the form is new and shows no error.
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: /^New exempted entry/ }).click();
  await expect(dik.dialog().getByText('Required.')).toHaveCount(0);
  await expect(dik.dialog().getByLabel(/^Title/)).toHaveValue('');
});

test('a refusal to conclude appears next to the button, naming the roles as the screen does', async ({ page, server, request }) => {
  test.setTimeout(90_000);
  const seed = await api(request, server);
  await seed.call('user.create', user('Rina Marlina', ['ppid']));
  const budi = await seed.call('user.create', user('Budi Santoso', ['petugas']));
  await seed.as(budi.id);
  const entry = await seed.call('exemption.create', {
    fields: {
      judul,
      informasi: 'Rekening pegawai',
      dokumen: '',
      jenisDokumen: '',
      partial: false,
      unitId: null,
      year: null,
      grounds: ['17h3'],
      otherBases: [],
      konsekuensiDibuka: '',
      konsekuensiDitutup: '',
      periodText: '20 Tahun',
      anchor: 'sk',
      documentDate: null,
      upstreamDecision: '',
    },
  });
  await seed.call('consequence.create', {
    fields: {
      heldOn: '2025-04-10',
      place: 'Ruang rapat',
      trigger: 'sebelum_permohonan',
      requestRef: '',
      documentExamined: '',
      entryIds: [entry.entryId],
      participants: [
        { name: 'Rina Marlina', role: 'PPID', unit: '' },
        { name: 'Budi Santoso', role: 'Unit', unit: '' },
      ],
      harm: 'a',
      publicInterest: 'b',
      balance: 'c',
      conclusion: 'dikecualikan',
      periodText: '',
    },
  });
  const app = new AppPage(page);
  const dik = new ExemptionPage(page);
  await app.open(server.url);
  await dik.actAs(/^Budi Santoso/);
  await app.go('Informasi Dikecualikan');
  await dik.openTab('Uji Konsekuensi');
  await page.getByRole('button', { name: 'UK-0001' }).click();
  const sheet = dik.dialog();
  await sheet.getByRole('button', { name: 'Simpulkan uji' }).click();
  const refusal = sheet.getByRole('alert').filter({ hasText: 'Budi Santoso' });
  await expect(refusal).toContainText('Budi Santoso tidak memiliki peran');
  await expect(refusal).toContainText('PPID, Atasan PPID atau Tim Pertimbangan');
  await expect(refusal).not.toContainText('tim_pertimbangan');
  // Next to the button: the refusal sits just above the row of buttons, in view.
  const [alertBox, buttonBox] = [await refusal.boundingBox(), await sheet.getByRole('button', { name: 'Simpulkan uji' }).boundingBox()];
  expect(alertBox && buttonBox && buttonBox.y - (alertBox.y + alertBox.height)).toBeLessThan(40);
  await expect(refusal).toBeInViewport();
  await app.screenshot('forms-07-penolakan-di-tombol');
});

test('the audit trail reads in words and the profile offers its time zone by place', async ({ page, server, request }) => {
  test.setTimeout(90_000);
  await (await api(request, server)).call('user.create', user('Rina Marlina', ['ppid']));
  const app = new AppPage(page);
  await app.open(server.url);
  await app.go('Profil Badan Publik');
  await page.getByLabel('Nama Badan Publik').fill('Pemerintah Kabupaten Bulukumba');
  await page.getByLabel('Kota / Kabupaten').fill('Bulukumba');
  await expect(
    page
      .getByRole('textbox', { name: 'Zona waktu' })
      .or(page.getByRole('combobox', { name: 'Zona waktu' }))
      .first(),
  ).toHaveValue('Menurut lokasi (WITA)');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Profil badan publik tersimpan.')).toBeVisible();
  await app.screenshot('forms-08-profil-zona-waktu');
  await app.go('Jejak Audit');
  const trail = page.getByRole('table');
  await expect(trail).toContainText('Pengguna ditambahkan');
  await expect(trail).toContainText('Profil badan publik diubah');
  await expect(trail).not.toContainText('user.create');
  await expect(trail).not.toContainText('agency.update');
  await app.screenshot('forms-09-jejak-audit');
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
  await expect(trail).toContainText('User added');
  await app.screenshot('forms-10-audit-en');
  await app.go('Public Body Profile');
  await expect(
    page
      .getByRole('textbox', { name: 'Time zone' })
      .or(page.getByRole('combobox', { name: 'Time zone' }))
      .first(),
  ).toHaveValue('By location (WITA)');
  await app.screenshot('forms-11-profile-time-zone-en');
});

test('"Lihat jatuh tempo" lands on the due tab', async ({ page, server }) => {
  const app = new AppPage(page);
  await app.open(server.url);
  // The reminder's link, followed by address: the tab is part of the route.
  await page.goto(`${server.url}#/dikecualikan?tab=due`);
  await expect(page.getByRole('tab', { name: 'Jatuh tempo dibuka', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Uji Konsekuensi', exact: true }).click();
  await expect(page).toHaveURL(/tab=tests/);
});
