import type { Handlers } from '../../../shared/api/handlers';
import { listFolder, type FolderBrowserOptions } from './folderBrowser';

/**
 * Contract → folder choosing. Without Electron there is no native dialog: `folder.pick` says so and
 * the renderer shows the folder browser; main/electron replaces `folder.pick` with the native dialog.
 */
export function folderHandlers(options: FolderBrowserOptions = {}) {
  return {
    'folder.pick': () => ({ native: false, path: null }),
    'folder.list': ({ path }) => listFolder(path, options),
  } satisfies Pick<Handlers, 'folder.pick' | 'folder.list'>;
}
