import { app, BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { isLemariError } from '../../shared/api/errors';
import { createCore, type Core } from '../core/createCore';
import { localActor } from '../core/support/actor';
import { createDispatch } from '../transport/dispatch';
import { applyHardening } from './hardening';
import { attachIpc } from './ipc';
import { menuTemplate } from './menu';
import { electronNativeBinding } from './nativeBinding';
import { handleProtocols, registerSchemes } from './protocols';
import { createMainWindow } from './window';

// Bundled to dist/main/electron.cjs: the renderer build and the preload sit beside it.
const rendererDir = join(__dirname, '..', 'renderer');
const preload = join(__dirname, 'preload.cjs');

function archiveDirFromArgs(argv: string[]): string | undefined {
  const index = argv.indexOf('--archive');
  return index >= 0 ? argv[index + 1] : undefined;
}

function failAndQuit(error: unknown): void {
  const text = isLemariError(error)
    ? `${error.message}\n\n${error.messageEn}`
    : `Lemari tidak dapat membuka arsip.\nLemari could not open the archive.\n\n${String(error)}`;
  dialog.showErrorBox('Lemari', text);
  app.quit();
}

function start(): void {
  applyHardening();
  let core: Core;
  try {
    const nativeBinding = electronNativeBinding({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
    core = createCore({
      archiveDir: archiveDirFromArgs(process.argv) ?? join(app.getPath('userData'), 'archive'),
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    failAndQuit(error);
    return;
  }
  const opened = core;
  handleProtocols(rendererDir, (sha256) => opened.vault.open(sha256));
  const actor = localActor();
  attachIpc(opened, createDispatch(opened.handlers), () => ({ actor }));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        isPackaged: app.isPackaged,
        onAbout: () => void dialog.showMessageBox({ title: 'Lemari', message: `Lemari ${app.getVersion()}`, detail: 'Arsip DIP & DIK untuk meja PPID — luring.' }),
      }),
    ),
  );
  createMainWindow({ preload, isPackaged: app.isPackaged });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => opened.close());
}

registerSchemes();
// The lock is taken before the archive opens: a second launch focuses the first instead of fighting for the database.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  void app.whenReady().then(start);
}
