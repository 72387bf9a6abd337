import { emptyExemptionFields } from '../../../shared/domain/exemption';
import { ppidApi } from '../support/signIn';
import type { Download, Locator, Page } from '@playwright/test';

/** Ekspor & Publikasi, by the labels an officer reads. */
export class PublishPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  /** Seeds entries through the same API the screens use (the register's own e2e covers its forms). */
  async seedEntry(fields: Record<string, unknown>): Promise<void> {
    // Signed in as the PPID on a channel of its own (the page's own session stays in its memory).
    const url = new URL(this.page.url());
    const call = await ppidApi(this.page.request, url.origin, url.searchParams.get('token'));
    if (fields.category === 'dikecualikan') {
      // A DIK row comes only from the exemption workflow (issue 13); the canary rides in the document title, never published.
      await call('exemption.create', {
        fields: {
          ...emptyExemptionFields,
          judul: fields.judul,
          informasi: fields.dikInformasi,
          dokumen: fields.ringkasan,
          year: fields.year,
        },
      });
      return;
    }
    await call('entry.create', { fields });
  }

  async fill(values: { number: string; place: string; position: string; name: string }): Promise<void> {
    await this.field('Nomor Surat Keputusan').fill(values.number);
    await this.field('Tempat penetapan').fill(values.place);
    await this.field('Jabatan penanda tangan').fill(values.position);
    await this.field('Nama penanda tangan').fill(values.name);
  }

  /** Fills the decision, presses Tetapkan & Terbitkan and confirms the summary. */
  async publish(values: { number: string; place: string; position: string; name: string }): Promise<void> {
    await this.fill(values);
    await this.page.getByRole('button', { name: 'Tetapkan & Terbitkan', exact: true }).click();
    await this.page
      .getByRole('dialog', { name: 'Periksa sebelum menetapkan' })
      .getByRole('button', { name: 'Tetapkan & Terbitkan sekarang' })
      .click();
  }

  editionRow(number: string): Locator {
    return this.page.getByRole('table', { name: 'Edisi yang diterbitkan' }).getByRole('row').filter({ hasText: number });
  }

  async downloadFrom(alertText: RegExp): Promise<Download> {
    const link = this.page.getByRole('status').filter({ hasText: alertText }).getByRole('link', { name: 'Unduh' });
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    return download;
  }
}
