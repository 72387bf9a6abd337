import { test as base } from '@playwright/test';
import { startServer, type RunningServer } from './server';

/** `server`: a fresh archive and `lemari serve` per test, so tests never see each other's data. */
export const test = base.extend<{ server: RunningServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none.
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
});

export { expect } from '@playwright/test';
