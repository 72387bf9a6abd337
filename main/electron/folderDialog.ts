import { BrowserWindow, dialog } from 'electron';
import { existsSync } from 'node:fs';
import type { Handlers } from '../../shared/api/handlers';

/**
 * `folder.pick` in the Electron window: the system's own folder dialog, over the window it came
 * from. Dispatch has checked the policy (a user manager) before this runs; a cancelled dialog is
 * `path: null`. The folder is only chosen here, the setting it fills is saved (and checked) by its own method.
 */
export const nativeFolderPick: Handlers['folder.pick'] = async ({ current }) => {
  const window = BrowserWindow.getFocusedWindow();
  const options = {
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] as Array<'openDirectory' | 'createDirectory' | 'dontAddToRecent'>,
    ...(current && existsSync(current) ? { defaultPath: current } : {}),
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const [path] = result.filePaths;
  return { native: true, path: result.canceled || !path ? null : path };
};
