import type { Page } from '@playwright/test';

/** Pindaian: the scan inbox, documents, Periksa Keutuhan and scan settings, by what the officer reads. */
export class ScansPage {
  constructor(readonly page: Page) {}

  async tab(name: 'Kotak Masuk Pindaian' | 'Naskah' | 'Periksa Keutuhan' | 'Pengaturan Pindaian'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  async setInboxFolder(folder: string): Promise<void> {
    await this.tab('Pengaturan Pindaian');
    await this.page.getByLabel('Folder kotak masuk pemindai').fill(folder);
    await this.page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await this.page.getByText('Pengaturan pindaian tersimpan.').waitFor();
  }

  inboxItem(name: string) {
    return this.page.getByRole('list', { name: 'Kotak Masuk Pindaian' }).getByRole('listitem', { name });
  }

  async assignToNewDocument(name: string, fields: { title: string; number: string; date: string; classification: string }): Promise<void> {
    await this.page.getByRole('button', { name: `Masukkan ke naskah: ${name}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Judul naskah').fill(fields.title);
    await dialog.getByLabel('Nomor naskah').fill(fields.number);
    await dialog.getByLabel('Tanggal naskah').fill(fields.date);
    await dialog.getByLabel('Kode klasifikasi arsip').fill(fields.classification);
    await dialog.getByRole('button', { name: 'Masukkan ke naskah' }).click();
  }

  async assignToExisting(name: string, documentLabel: string): Promise<void> {
    await this.page.getByRole('button', { name: `Masukkan ke naskah: ${name}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByText('Naskah yang sudah ada').click();
    await dialog.getByRole('combobox', { name: 'Pilih naskah' }).click();
    await this.page.getByRole('option', { name: documentLabel }).click();
    await dialog.getByRole('button', { name: 'Masukkan ke naskah' }).click();
  }
}
