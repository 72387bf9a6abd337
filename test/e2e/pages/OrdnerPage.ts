import type { Page } from '@playwright/test';

/** Ordner & Arsip Fisik: places, ordners, the shelf. */
export class OrdnerPage {
  constructor(readonly page: Page) {}

  async addCabinet(name: string, description = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'Lemari / rak baru' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Nama').fill(name);
    if (description) await dialog.getByLabel('Keterangan').fill(description);
    await dialog.getByRole('button', { name: 'Simpan tempat' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async addOrdner(fields: {
    code: string;
    title: string;
    yearFrom: number;
    yearTo: number;
    classification: string;
    place: string;
    closed?: boolean;
    spine5?: boolean;
    colour?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Ordner baru' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Kode ordner').fill(fields.code);
    await dialog.getByLabel('Judul ordner').fill(fields.title);
    await dialog.getByLabel('Kode klasifikasi arsip').fill(fields.classification);
    await dialog.getByLabel('Tahun awal').fill(String(fields.yearFrom));
    await dialog.getByLabel('Tahun akhir').fill(String(fields.yearTo));
    await dialog.getByRole('combobox', { name: 'Tempat' }).click();
    await this.page.getByRole('option', { name: fields.place }).click();
    if (fields.closed) await dialog.getByText('Tertutup', { exact: true }).click();
    if (fields.spine5) await dialog.getByText('5 cm', { exact: true }).click();
    if (fields.colour) {
      await dialog.getByRole('combobox', { name: 'Warna punggung' }).click();
      await this.page.getByRole('option', { name: fields.colour }).click();
    }
    await dialog.getByRole('button', { name: 'Simpan ordner' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  spine(code: string) {
    return this.page.getByRole('button', { name: new RegExp(`^Ordner ${code}:`) });
  }
}
