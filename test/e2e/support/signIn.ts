import { execFileSync } from 'node:child_process';
import type { APIRequestContext, Page } from '@playwright/test';

/** The account every e2e archive starts with: the first run's PPID, made on the first-run screen. */
export const E2E_PPID = { name: 'PPID Uji', pin: '246810' } as const;
/** Everyone else the specs add gets this PIN (set by the PPID through the API, as the Pengguna screen would). */
export const E2E_PIN = '135790';

/**
 * The one place e2e specs sign in: on the first run it creates the PPID's account, later it signs
 * in as `name` (the PPID by default). Called by AppPage.open, so specs written before sign-in
 * existed keep working unchanged.
 */
export async function signInOnPage(page: Page, name: string | RegExp = E2E_PPID.name, pin?: string): Promise<void> {
  const setup = page.getByRole('heading', { name: /Buat akun PPID|Create the PPID account/ });
  const signIn = page.getByRole('heading', { name: /Masuk ke Lemari|Sign in to Lemari/ });
  await setup.or(signIn).first().waitFor();
  if (await setup.isVisible()) {
    await page.getByLabel(/^Nama lengkap|^Full name/).fill(E2E_PPID.name);
    await page.getByLabel(/^PIN \(minimal|^PIN \(at least/).fill(E2E_PPID.pin);
    await page.getByLabel(/^Ulangi PIN|^Repeat the PIN/).fill(E2E_PPID.pin);
    await page.getByRole('button', { name: /Buat akun PPID|Create the PPID account/ }).click();
  } else {
    await page.getByRole('combobox', { name: /^Nama|^Name/ }).click();
    await page.getByRole('option', { name }).first().click();
    await page.getByLabel(/^PIN atau kata sandi|^PIN or password/).fill(pin ?? (name === E2E_PPID.name ? E2E_PPID.pin : E2E_PIN));
    await page.getByRole('button', { name: /^Masuk$|^Sign in$/ }).click();
  }
  await page.getByTestId('signed-in-name').waitFor();
}

/** Signs out from the header and in again as someone else. */
export async function switchPerson(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: /^Keluar$|^Sign out$/ }).click();
  await signInOnPage(page, name);
}

/**
 * An API caller signed in as the e2e PPID on a channel of its own (the header `x-lemari-tab`), as
 * any browser tab calls it; for seeding data the spec is not about. `token` is added when known
 * (a page's own requests also carry its cookie).
 */
export async function ppidApi(request: APIRequestContext, origin: string, token: string | null) {
  const headers: Record<string, string> = {
    'x-lemari-tab': 'e2e-admin',
    Origin: origin,
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const response = await request.post(`${origin}/api/${method}`, { headers, data: input });
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { messageEn: string } };
    if (!result.ok) throw new Error(`${method}: ${result.error?.messageEn ?? ''}`);
    return result.value;
  };
  const status = (await call('auth.status', {})) as { needsSetup: boolean; people: { id: number; name: string }[] };
  const session = status.needsSetup
    ? ((await call('auth.setupFirst', { fields: { name: E2E_PPID.name, nip: '', jabatan: 'PPID' }, secret: E2E_PPID.pin })) as {
        sessionId: string;
      })
    : ((await call('auth.signIn', {
        userId: status.people.find((p) => p.name === E2E_PPID.name)?.id ?? 0,
        secret: E2E_PPID.pin,
      })) as { sessionId: string });
  headers['x-lemari-session'] = session.sessionId;
  return call;
}

/** Gives `name` the e2e PIN, as the PPID would on the Pengguna screen. */
export async function givePin(page: Page, name: string): Promise<void> {
  const url = new URL(page.url());
  const call = await ppidApi(page.request, url.origin, url.searchParams.get('token'));
  const users = (await call('user.list', {})) as { id: number; name: string }[];
  const user = users.find((u) => u.name === name);
  if (!user) throw new Error(`no user named ${name}`);
  await call('auth.setSecret', { userId: user.id, secret: E2E_PIN });
}

/**
 * Runs a `lemari` command that changes the archive as the e2e PPID (`--user … --pin-stdin`),
 * creating the PPID's account first with `lemari user add` when the archive has none.
 */
export function lemariAsPpid(bin: string, archive: string, args: string[]): string {
  const run = (argv: string[], input: string) => execFileSync(process.execPath, [bin, ...argv], { encoding: 'utf8', input });
  try {
    run(['user', 'add', E2E_PPID.name, '--role', 'ppid', '--pin-stdin', '--archive', archive], `${E2E_PPID.pin}\n`);
  } catch {
    // The account exists already: `user add` without --user is only for the first one.
  }
  return run([...args, '--archive', archive, '--user', E2E_PPID.name, '--pin-stdin'], `${E2E_PPID.pin}\n`);
}

/**
 * An API caller for seeding a walk that several people take (the maker, the approver): `call` acts
 * as whoever `as(id)` signed in last on this caller's own channel, the e2e PPID at first. `as` gives
 * the person the e2e PIN first, once, as the PPID would on the Pengguna screen.
 */
export async function peopleApi(request: APIRequestContext, origin: string, token: string | null) {
  const ppid = await ppidApi(request, origin, token);
  const headers: Record<string, string> = {
    'x-lemari-tab': 'e2e-people',
    Origin: origin,
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };
  let signedIn = false;
  const withPin = new Set<number>();
  const post = async (method: string, input: unknown): Promise<unknown> => {
    const response = await request.post(`${origin}/api/${method}`, { headers, data: input });
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { messageEn: string } };
    if (!result.ok) throw new Error(`${method}: ${result.error?.messageEn ?? ''}`);
    return result.value;
  };
  const call = (method: string, input: unknown): Promise<unknown> => (signedIn ? post(method, input) : ppid(method, input));
  const as = async (userId: number): Promise<void> => {
    if (!withPin.has(userId)) {
      await ppid('auth.setSecret', { userId, secret: E2E_PIN });
      withPin.add(userId);
    }
    const session = (await post('auth.signIn', { userId, secret: E2E_PIN })) as { sessionId: string };
    headers['x-lemari-session'] = session.sessionId;
    signedIn = true;
  };
  return { call, as };
}
