import { AgencyPage } from './pages/AgencyPage';
import { AppPage } from './pages/AppPage';
import { startServer } from './support/server';
import { expect, test } from './support/fixtures';

test('the Indonesian shell shows every part of the product', async ({ page, server }) => {
  const app = new AppPage(page);
  await app.open(server.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang di Lemari' })).toBeVisible();
  const nav = page.getByRole('navigation');
  for (const name of [
    'Beranda',
    'Daftar Informasi Publik',
    'Informasi Dikecualikan',
    'Ordner & Arsip Fisik',
    'Pindaian',
    'Ekspor & Publikasi',
    'Pengaturan',
  ]) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText('Profil badan publik belum diisi')).toBeVisible();
  await app.screenshot('01-beranda');
  await app.go('Pengaturan');
  await expect(page.getByRole('heading', { name: 'Pengaturan', level: 2 })).toBeVisible();
  await app.screenshot('02-pengaturan');
  await app.go('Jejak Audit');
  await expect(page.getByRole('heading', { name: 'Jejak Audit', level: 2 })).toBeVisible();
});

test('the agency profile set in the UI survives a restart of the server', async ({ page, server }) => {
  const app = new AppPage(page);
  const agency = new AgencyPage(page);
  await app.open(server.url);
  await app.go('Profil Badan Publik');
  await agency.fill({
    'Nama Badan Publik': 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
    Alamat: 'Jl. Parasamya No. 1, Beran, Tridadi',
    'Kota / Kabupaten': 'Sleman',
    'Situs web': 'https://diskominfo.slemankab.go.id',
    'Nama PPID': 'Sri Wahyuni, S.Sos.',
    'NIP PPID': '1980010120051',
  });
  await agency.save();
  // A short NIP is refused at the field, in Indonesian, and nothing is saved.
  await expect(page.getByText('NIP harus 18 angka (spasi boleh).')).toBeVisible();
  await agency.fill({
    'NIP PPID': '19800101 200501 2 001',
    'Nama Atasan PPID': 'Drs. Bambang Sutrisno',
    'Jabatan Atasan PPID': 'Sekretaris Daerah',
  });
  await agency.save();
  await expect(page.getByText('Profil badan publik tersimpan.')).toBeVisible();
  await app.screenshot('03-profil-badan-publik');

  await server.stop();
  const again = await startServer(server.archiveDir);
  try {
    await app.open(again.url);
    await expect(page.getByText('Dinas Komunikasi dan Informatika Kabupaten Sleman').first()).toBeVisible();
    await app.go('Profil Badan Publik');
    await expect(agency.field('NIP PPID')).toHaveValue('19800101 200501 2 001');
    await expect(agency.field('Jabatan Atasan PPID')).toHaveValue('Sekretaris Daerah');
    await app.go('Jejak Audit');
    // The trail reads in words, never the action code.
    await expect(page.getByRole('cell', { name: 'Profil badan publik diubah' })).toHaveCount(1);
    await expect(page.getByRole('cell', { name: 'agency.update' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Periksa rantai' }).click();
    // Background jobs (scheduled vault check, quit backup) add their own entries; the chain must be whole.
    await expect(page.getByRole('status')).toContainText(/Rantai jejak audit utuh \(\d+ catatan\)/);
    await app.screenshot('04-jejak-audit');
  } finally {
    await again.stop();
  }
});

test('units are added and edited, and a duplicate name is refused', async ({ page, server }) => {
  const app = new AppPage(page);
  await app.open(server.url);
  await app.go('Unit / PPID Pelaksana');
  await expect(page.getByText('Belum ada unit.')).toBeVisible();
  for (const name of ['Bidang Informasi dan Komunikasi Publik', 'Sekretariat']) {
    await page.getByRole('button', { name: 'Tambah unit' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama unit').fill(name);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Tambah unit' }).click();
  await page.getByRole('dialog').getByLabel('Nama unit').fill('sekretariat');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('sudah dipakai');
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

  await page.getByRole('button', { name: 'Ubah Sekretariat' }).click();
  await page.getByRole('dialog').getByLabel('Pejabat / kepala unit').fill('Ir. Hartono, M.T.');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('cell', { name: 'Ir. Hartono, M.T.' })).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
  await app.screenshot('05-unit');
});

test('English can be chosen and stays chosen after a restart', async ({ page, server }) => {
  const app = new AppPage(page);
  await app.open(server.url);
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
  await expect(page.getByRole('heading', { name: 'Welcome to Lemari' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Register of Public Information' })).toBeVisible();
  await app.screenshot('06-home-english');
  await app.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Lemari' })).toBeVisible();
});

test('the loopback server refuses requests without the token or from a foreign origin', async ({ request, server }) => {
  const noToken = await request.post(`${server.origin}/api/app.info`, { data: {} });
  expect(noToken.status()).toBe(401);
  const page = await request.get(`${server.origin}/`, { headers: { Accept: 'text/html' } });
  expect(page.status()).toBe(401);
  expect(await page.text()).toContain('memerlukan token');
  const foreign = await request.post(`${server.origin}/api/app.info`, {
    data: {},
    headers: { Authorization: `Bearer ${server.token}`, Origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);
  const ok = await request.post(`${server.origin}/api/app.info`, { data: {}, headers: { Authorization: `Bearer ${server.token}` } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ ok: true, value: { schemaVersion: expect.any(Number) } });
});
