import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const created: Array<{ options: Record<string, unknown>; url: string | null }> = [];
  class BrowserWindow {
    static getAllWindows = () => [];
    url: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      created.push({ options, url: null });
    }
    once() {
      return this;
    }
    loadURL(url: string) {
      const last = created.at(-1);
      if (last) last.url = url;
      return Promise.resolve();
    }
  }
  return {
    handlers,
    appListeners,
    created,
    permissionRequest: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((c: unknown, p: string) => boolean),
    module: {
      BrowserWindow,
      ipcMain: {
        handle: (channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn),
        removeHandler: (c: string) => handlers.delete(c),
      },
      app: { on: (name: string, fn: (...args: unknown[]) => void) => appListeners.set(name, fn) },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (fn: never) => {
            electronState().permissionRequest = fn;
          },
          setPermissionCheckHandler: (fn: never) => {
            electronState().permissionCheck = fn;
          },
        },
      },
    },
  };
  function electronState() {
    return (globalThis as unknown as { __electronMock: { permissionRequest: unknown; permissionCheck: unknown } }).__electronMock;
  }
});
(globalThis as unknown as { __electronMock: typeof electron }).__electronMock = electron;
vi.mock('electron', () => electron.module);

const { createMainWindow, createPreviewWindow } = await import('./window');
const { applyHardening } = await import('./hardening');
const { attachIpc, channels } = await import('./ipc');
const { menuTemplate } = await import('./menu');
const { createCore } = await import('../core/createCore');
const { createDispatch } = await import('../transport/dispatch');
const { tempDir } = await import('../../test/support/tempArchive');

beforeEach(() => {
  electron.handlers.clear();
  electron.created.length = 0;
});

describe('the Electron shell (electron mocked)', () => {
  it('makes windows only through the factory, with the secure preferences and app:// page', () => {
    createMainWindow({ preload: '/x/preload.cjs', isPackaged: true });
    expect(electron.created).toHaveLength(1);
    const [window] = electron.created;
    expect(window?.url).toBe('app://lemari/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: false,
      preload: '/x/preload.cjs',
    });
  });

  it('opens print previews from the factory too: no preload, sandboxed, PDF viewer on', () => {
    createPreviewWindow({ url: 'app://lemari/download/0b8f6c1e-3a2d-4c5b-9e7f-1a2b3c4d5e6f?inline=1', isPackaged: true });
    const [window] = electron.created;
    expect(window?.url).toContain('app://lemari/download/');
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, plugins: true });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
  });

  it('has no `new BrowserWindow` anywhere but the factory', () => {
    const root = join(import.meta.dirname, '..', '..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') && readFileSync(path, 'utf8').includes('new BrowserWindow'))
          offenders.push(relative(root, path));
      }
    };
    for (const dir of ['main', 'renderer', 'shared']) walk(join(root, dir));
    expect(offenders).toEqual(['main/electron/window.ts']);
  });

  it('denies navigation away, new windows, webviews and permissions', () => {
    const previews: string[] = [];
    applyHardening((url) => previews.push(url));
    const onCreated = electron.appListeners.get('web-contents-created');
    const contentsHandlers = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
    const opened: { handler: ((details: { url: string }) => { action: string }) | null } = { handler: null };
    onCreated?.(
      {},
      { on: (name: string, fn: never) => contentsHandlers.set(name, fn), setWindowOpenHandler: (fn: never) => (opened.handler = fn) },
    );
    const prevented = (name: string, url?: string) => {
      let stopped = false;
      contentsHandlers.get(name)?.({ preventDefault: () => (stopped = true) }, url);
      return stopped;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'app://lemari/index.html#/dip')).toBe(false);
    expect(prevented('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(opened.handler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(opened.handler?.({ url: 'app://lemari/index.html' })).toEqual({ action: 'deny' });
    // "Cetak" opens an export inline: still denied as a renderer window, but shown in our own preview window.
    const print = 'app://lemari/download/0b8f6c1e-3a2d-4c5b-9e7f-1a2b3c4d5e6f?inline=1';
    expect(opened.handler?.({ url: print })).toEqual({ action: 'deny' });
    expect(previews).toEqual([print]);
    const answers: boolean[] = [];
    electron.permissionRequest?.({}, 'media', (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(electron.permissionCheck?.({}, 'notifications')).toBe(false);
  });

  it('dispatches IPC from our page and refuses other senders', async () => {
    // A window's webContents: its id names the IPC channel a session belongs to.
    const fakeSender = { id: 1, once: () => undefined };
    const core = createCore({ archiveDir: tempDir() });
    attachIpc({ events: core.events, uploads: () => core.uploads }, createDispatch(core), () => ({ actor: 'ipc' }));
    const call = electron.handlers.get(channels.call);
    const fromUs = await call?.({ sender: fakeSender, senderFrame: { url: 'app://lemari/index.html' } }, 'app.info', {});
    expect(fromUs).toMatchObject({ ok: true, value: { schemaVersion: expect.any(Number) } });
    for (const url of ['https://evil.example/', 'file:///x', undefined]) {
      expect(await call?.({ sender: fakeSender, senderFrame: url ? { url } : null }, 'app.info', {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    const upload = electron.handlers.get(channels.uploadPath);
    expect(await upload?.({ senderFrame: { url: 'app://lemari/' } }, '/etc')).toMatchObject({
      ok: false,
      error: { code: 'unsupported_file' },
    });
    core.close();
  });

  it('uses the same channel names in the sandboxed preload', () => {
    const preload = readFileSync(join(import.meta.dirname, '..', 'preload', 'preload.ts'), 'utf8');
    for (const channel of Object.values(channels)) expect(preload).toContain(`'${channel}'`);
  });

  it('builds an Indonesian application menu, without developer tools when packaged', () => {
    const labels = (packaged: boolean) => JSON.stringify(menuTemplate({ isPackaged: packaged, onAbout: () => undefined }));
    expect(labels(true)).toContain('"Berkas"');
    expect(labels(true)).toContain('"Keluar"');
    expect(labels(true)).toContain('"Tentang Lemari"');
    expect(labels(true)).not.toContain('toggleDevTools');
    expect(labels(false)).toContain('toggleDevTools');
  });
});
