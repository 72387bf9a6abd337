import type { Page } from '@playwright/test';

/** Daftar Informasi Publik, by the names an officer reads on screen. */
export class RegisterPage {
  constructor(readonly page: Page) {}

  get table() {
    return this.page.getByRole('table', { name: 'Daftar Informasi Publik' });
  }

  row(judul: string | RegExp) {
    return this.table.getByRole('row').filter({ hasText: judul });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Cari' }).fill(text);
  }

  field(label: string) {
    return this.page.getByRole('dialog').getByRole('textbox', { name: label, exact: true });
  }

  async newEntry(values: Record<string, string>): Promise<void> {
    await this.page.getByRole('button', { name: 'Entri baru' }).click();
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
    await this.page.getByRole('dialog').getByRole('button', { name: 'Simpan', exact: true }).click();
  }

  async rowAction(action: 'Ubah' | 'Riwayat' | 'Hapus' | 'Pulihkan', judul: string): Promise<void> {
    await this.page.getByRole('button', { name: `${action} ${judul}`, exact: true }).click();
    // A delete is asked first; the question names the entry.
    if (action === 'Hapus') {
      const question = this.page.getByRole('dialog', { name: 'Hapus entri ini?' });
      await question.getByText(judul, { exact: false }).waitFor();
      await question.getByRole('button', { name: 'Hapus', exact: true }).click();
    }
  }

  async status(value: 'Aktif' | 'Terhapus' | 'Semua'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Status' }).getByText(value, { exact: true }).click();
  }

  async importFile(path: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Impor', exact: true }).click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('dialog').getByRole('button', { name: 'Pilih berkas' }).click();
    await (await chooser).setFiles(path);
  }
}
