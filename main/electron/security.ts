import type { WebPreferences } from 'electron';

/** The renderer's own origin under the app:// protocol; nothing else is trusted. */
export const APP_ORIGIN = 'app://lemari';
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * Every webPreference that matters for safety, set explicitly (RELIABILITY: Electron),
 * so a changed Electron default can never loosen the window.
 */
export function secureWebPreferences(preload: string, isPackaged: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: !isPackaged,
  };
}

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * A print-preview window shows one of our own PDFs in Chromium's viewer (which needs plugins on);
 * it gets no preload, so it can reach nothing in main.
 */
export function previewWebPreferences(isPackaged: boolean): WebPreferences {
  const { preload: _none, ...secure } = secureWebPreferences('', isPackaged);
  return { ...secure, plugins: true };
}

/** Only our own pages, from our own protocol, may send IPC or be navigated to. */
export function isTrustedUrl(url: string | undefined): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'app:' && parsed.host === 'lemari' && parsed.username === '' && parsed.password === '';
}

/** In-app navigation stays inside app://lemari; everything else (http, file, javascript:, data:) is refused. */
export function isAllowedNavigation(url: string): boolean {
  return isTrustedUrl(url);
}

/** The app needs no camera, microphone, notifications, geolocation…: every permission is denied. */
export function permissionDecision(_permission: string): false {
  return false;
}
