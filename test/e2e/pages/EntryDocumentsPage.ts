import type { Page } from '@playwright/test';

export interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The "Dokumen" panel of a register entry (in the Ubah entri dialog), by what the officer reads. */
export class EntryDocumentsPage {
  constructor(readonly page: Page) {}

  get panel() {
    return this.page.getByRole('dialog').getByRole('region', { name: 'Dokumen', exact: true });
  }

  get dropzone() {
    return this.panel.getByLabel('Pindaian untuk naskah baru dari entri ini');
  }

  get newDocument() {
    return this.panel.getByRole('region', { name: 'Naskah baru dari entri ini' });
  }

  year(year: number) {
    return this.panel.getByRole('list', { name: `Tahun ${String(year)}` });
  }

  document(year: number, title: string) {
    return this.year(year).getByRole('listitem').filter({ hasText: title });
  }

  /** Drops files the way a file manager does: one drag with a DataTransfer holding them in order. */
  async drop(files: FileSpec[]): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], f.name, { type: f.mimeType }));
      }
      return transfer;
    }, payload);
    await this.dropzone.dispatchEvent('dragenter', { dataTransfer });
    await this.dropzone.dispatchEvent('dragover', { dataTransfer });
    await this.dropzone.dispatchEvent('drop', { dataTransfer });
  }

  async pick(files: FileSpec[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.panel.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(files);
  }

  async createDocument(title: string, year: number): Promise<void> {
    await this.newDocument.getByRole('textbox', { name: 'Judul naskah' }).fill(title);
    await this.newDocument.getByRole('textbox', { name: 'Tahun' }).fill(String(year));
    await this.newDocument.getByRole('button', { name: 'Buat naskah & simpan pindaian' }).click();
  }

  async linkExisting(search: string, option: string, year: number): Promise<void> {
    await this.panel.getByRole('combobox', { name: 'Kaitkan naskah yang sudah ada' }).fill(search);
    await this.page.getByRole('option', { name: option }).click();
    await this.panel.getByRole('textbox', { name: 'Tahun', exact: true }).fill(String(year));
    await this.panel.getByRole('button', { name: 'Kaitkan', exact: true }).click();
  }
}
