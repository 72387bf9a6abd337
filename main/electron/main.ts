import { app, BrowserWindow, dialog, Menu } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLemariError } from '../../shared/api/errors';
import { openArchiveSession, type ArchiveSession } from '../core/recovery/session';
import { localActor } from '../core/support/actor';
import { createDispatch } from '../transport/dispatch';
import { applyHardening } from './hardening';
import { nativeFolderPick } from './folderDialog';
import { attachIpc } from './ipc';
import { menuTemplate } from './menu';
import { electronNativeBinding } from './nativeBinding';
import { handleProtocols, registerSchemes } from './protocols';
import { createMainWindow, createPreviewWindow } from './window';

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

/** After a restore from recovery mode the archive lives in a new folder; the next start must find it. */
function rememberedArchiveDir(): string | undefined {
  try {
    const saved = JSON.parse(readFileSync(locationFile(), 'utf8')) as { archiveDir?: unknown };
    return typeof saved.archiveDir === 'string' ? saved.archiveDir : undefined;
  } catch {
    return undefined;
  }
}

function locationFile(): string {
  return join(app.getPath('userData'), 'archive-location.json');
}

function start(): void {
  applyHardening((url) => createPreviewWindow({ url, isPackaged: app.isPackaged }));
  let session: ArchiveSession;
  try {
    const nativeBinding = electronNativeBinding({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
    });
    // A damaged archive opens read-only in recovery mode, offering the newest verified backup, instead of refusing.
    session = openArchiveSession({
      archiveDir: archiveDirFromArgs(process.argv) ?? rememberedArchiveDir() ?? join(app.getPath('userData'), 'archive'),
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    failAndQuit(error);
    return;
  }
  const opened = session;
  opened.onSwitch((restored) => writeFileSync(locationFile(), JSON.stringify({ archiveDir: restored.archiveDir })));
  handleProtocols(rendererDir, {
    vault: (sha256) => opened.core()?.vault.open(sha256) ?? null,
    download: (fileId) => opened.core()?.exportFiles.get(fileId) ?? null,
  });
  const actor = localActor();
  // The native folder dialog answers folder.pick here; the policy check in dispatch stays in front of it.
  const dispatch = createDispatch({ handlers: { ...opened.handlers, 'folder.pick': nativeFolderPick }, gate: opened.gate });
  attachIpc({ events: opened.events, uploads: () => opened.core()?.uploads ?? null }, dispatch, () => ({ actor }));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        isPackaged: app.isPackaged,
        onAbout: () =>
          void dialog.showMessageBox({
            title: 'Lemari',
            message: `Lemari ${app.getVersion()}`,
            detail: 'Arsip DIP & DIK untuk meja PPID — luring.',
          }),
      }),
    ),
  );
  createMainWindow({ preload, isPackaged: app.isPackaged });
  app.on('window-all-closed', () => app.quit());
  // The quit backup (Pengaturan → Cadangan) and a clean close run before Electron exits.
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void opened.close(actor).finally(() => app.exit(0));
  });
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
