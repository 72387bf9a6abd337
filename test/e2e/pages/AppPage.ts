import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { signInOnPage } from '../support/signIn';

export const screenshotDir = join(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');

/** The app frame: navigation by the names an officer reads on screen. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await signInOnPage(this.page);
    await this.page.getByRole('heading', { level: 1, name: 'Lemari' }).waitFor();
  }

  /** A reload starts the tab signed out (the session lives in the page's memory only): sign in again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await signInOnPage(this.page);
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
