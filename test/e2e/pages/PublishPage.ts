import type { Download, Locator, Page } from '@playwright/test';

/** Ekspor & Publikasi, by the labels an officer reads. */
export class PublishPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  /** Seeds entries through the same API the screens use (the register's own e2e covers its forms). */
  async seedEntry(fields: Record<string, unknown>): Promise<void> {
    const result = await this.page.evaluate(
      async (body) => {
        const response = await fetch('/api/entry.create', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        return (await response.json()) as { ok: boolean };
      },
      { fields },
    );
    if (!result.ok) throw new Error('seeding an entry failed');
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
