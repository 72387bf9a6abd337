import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const screenshotDir = join(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');

/** The app frame: navigation by the names an officer reads on screen. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { level: 1, name: 'Lemari' }).waitFor();
  }

  async go(linkName: string | RegExp): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: linkName, exact: typeof linkName === 'string' })
      .click();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(screenshotDir, { recursive: true });
    await this.page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  }
}
