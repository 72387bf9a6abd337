import type { Page } from '@playwright/test';

/** The request register as an officer reads it: by the labels and button names on screen. */
export class RequestRegisterPage {
  constructor(readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog');
  }

  async record(fields: { name: string; address: string; phone: string; nik: string; information: string; purpose: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Catat permohonan' }).click();
    const d = this.dialog();
    await d.getByLabel('Nama pemohon').fill(fields.name);
    await d.getByLabel('Alamat').fill(fields.address);
    await d.getByLabel('Telepon').fill(fields.phone);
    await d.getByLabel('Nomor identitas (NIK)').fill(fields.nik);
    await d.getByLabel('Rincian informasi yang dibutuhkan').fill(fields.information);
    await d.getByLabel('Tujuan penggunaan informasi').fill(fields.purpose);
    await d.getByRole('button', { name: 'Simpan' }).click();
  }

  async extend(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Perpanjang 7 hari kerja' }).click();
    await this.dialog().getByLabel('Alasan perpanjangan').fill(reason);
    await this.dialog().getByRole('button', { name: 'Ya, lanjutkan' }).click();
  }

  async decide(status: string, pick: { label: string; option: string } | null): Promise<void> {
    await this.page.getByRole('button', { name: 'Catat jawaban' }).click();
    const d = this.dialog();
    await d.getByRole('combobox', { name: 'Jawaban' }).click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
    if (pick) {
      await d.getByRole('combobox', { name: pick.label }).click();
      await this.page.getByRole('option', { name: pick.option }).click();
      await d.getByRole('combobox', { name: pick.label }).press('Escape');
    }
    await d.getByRole('button', { name: 'Simpan' }).click();
    await d.getByRole('button', { name: 'Ya, lanjutkan' }).click();
  }

  async letter(kind: string, number: string): Promise<{ url: string; name: string }> {
    await this.page.getByRole('combobox', { name: 'Surat', exact: true }).click();
    await this.page.getByRole('option', { name: kind }).click();
    await this.page.getByLabel('Nomor surat').fill(number);
    await this.page.getByRole('button', { name: 'Buat PDF' }).click();
    const link = this.page.getByRole('link', { name: /^Surat siap:/ });
    await link.waitFor();
    return { url: (await link.getAttribute('href')) ?? '', name: (await link.getAttribute('download')) ?? '' };
  }
}
