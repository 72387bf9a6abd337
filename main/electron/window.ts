import { BrowserWindow } from 'electron';
import { APP_URL, previewWebPreferences, secureWebPreferences } from './security';

/**
 * The one window factory. Every BrowserWindow in the app is made here so the
 * security settings cannot be forgotten (a test checks no other file constructs one).
 */
export function createMainWindow(options: { preload: string; isPackaged: boolean; icon?: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Lemari',
    backgroundColor: '#ffffff',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preload, options.isPackaged),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
}

/** Print preview (the renderer's "Cetak"): the PDF in Chromium's viewer, whose toolbar prints it. */
export function createPreviewWindow(options: { url: string; isPackaged: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 860,
    title: 'Pratinjau cetak — Lemari',
    backgroundColor: '#525659',
    webPreferences: previewWebPreferences(options.isPackaged),
  });
  void window.loadURL(options.url);
  return window;
}
