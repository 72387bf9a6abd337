import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppPage } from './pages/AppPage';
import { expect, test } from './support/fixtures';

/**
 * RELIABILITY #18: another web server on 127.0.0.1 (started by any program on the laptop) that the
 * browser visits after opening Lemari receives no credential of Lemari's. Lemari listens on a private
 * 127.x.y.z, so its token cookie's host is its own; the old cookie for 127.0.0.1 went to every port.
 */
test('a second local server the browser visits receives no Lemari cookie or token', async ({ page, server, context }) => {
  const seen: IncomingHttpHeaders[] = [];
  const other = createServer((request, response) => {
    seen.push(request.headers);
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>lain</title><p>server lain</p>');
  });
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  const port = (other.address() as AddressInfo).port;
  try {
    expect(new URL(server.origin).hostname).not.toBe('127.0.0.1');
    // Signed in, so the tab holds its session as well as the token cookie: neither may travel.
    await new AppPage(page).open(server.url);
    await expect(page.getByRole('navigation').first()).toBeVisible();
    // The browser holds Lemari's cookie, for Lemari's address only, HttpOnly and SameSite=Strict.
    const cookies = await context.cookies();
    const lemari = cookies.filter((cookie) => cookie.name.startsWith('lemari_token_'));
    expect(lemari).toHaveLength(1);
    expect(lemari[0]).toMatchObject({ domain: new URL(server.origin).hostname, httpOnly: true, sameSite: 'Strict' });

    for (const host of ['127.0.0.1', 'localhost']) {
      await page.goto(`http://${host}:${String(port)}/`);
      await expect(page.getByText('server lain')).toBeVisible();
    }
    // A page on the other server fetching it again, with credentials, still carries nothing of Lemari's.
    await page.evaluate(
      async (url) => {
        await fetch(url, { credentials: 'include', mode: 'no-cors' });
      },
      `http://127.0.0.1:${String(port)}/probe`,
    );
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const headers of seen) {
      expect(headers.cookie ?? '').not.toContain('lemari_token');
      expect(JSON.stringify(headers)).not.toContain(server.token);
      expect(headers['x-lemari-session']).toBeUndefined();
    }
  } finally {
    await new Promise<void>((done) => other.close(() => done()));
  }
});

test('scans from the vault are never cached by the browser', async ({ page, server }) => {
  await page.goto(server.url);
  // With the token but no signed-in session's file key the scan is refused (issue 13), and not cached either.
  const response = await page.request.get(`${server.origin}/vault/${'0'.repeat(64)}`);
  expect(response.status()).toBe(403);
  expect(response.headers()['cache-control']).toBe('no-store');
});
