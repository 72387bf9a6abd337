import { givePin, switchPerson } from '../support/signIn';
import type { Locator, Page } from '@playwright/test';

/** The Informasi Dikecualikan screen, driven by the labels an officer reads. */
export class ExemptionPage {
  constructor(readonly page: Page) {}

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openTab(name: string): Promise<void> {
    await this.tab(name).click();
  }

  /** Picks a value in a Mantine Select/MultiSelect found by its label, inside `scope`. */
  async pick(scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
    await scope
      .getByRole('combobox', { name: label })
      .click({ timeout: 8000 })
      .catch(async (error: unknown) => {
        await this.page.screenshot({ path: 'test-results/dik-fail.png' });
        throw error;
      });
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Signs out and in again as that person (issue 13: sign-in replaced choosing the active profile). */
  async actAs(name: RegExp): Promise<void> {
    await switchPerson(this.page, name);
  }

  async addUser(name: string, jabatan: string, role: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Nama').fill(name);
    await dialog.getByLabel('Jabatan').fill(jabatan);
    await this.pick(dialog, 'Peran', role);
    await dialog.getByLabel('Nama').click();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await givePin(this.page, name);
  }

  /** Opens the file picker behind `trigger` (a FileInput or a FileButton) and answers it with one file. */
  async chooseFile(trigger: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await trigger.click();
    await (await chooser).setFiles(file);
  }

  /** The DIP columns of the entry being opened (declassify dialog); what is not pre-filled is typed. */
  async fillOpenedDip(dialog: Locator): Promise<void> {
    await dialog.getByLabel('Penanggung Jawab Pembuatan/Penerbitan').fill('Kepala Subbagian Kepegawaian');
    await dialog.getByLabel('Waktu Pembuatan').fill('2024');
    await dialog.getByLabel('Tempat Pembuatan').fill('Subbagian Kepegawaian');
    await this.pick(dialog, 'Bentuk Informasi', 'Hardcopy & Softcopy');
    await dialog.getByLabel('Retensi aktif (tahun)').fill('2');
    await dialog.getByLabel('Retensi inaktif (tahun)').fill('5');
    await dialog.getByLabel('Jenis Media yang Memuat Informasi').fill('Tersedia di Subbagian Kepegawaian');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
