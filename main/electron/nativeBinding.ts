import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 built for Electron's ABI lives apart from node_modules (which holds the
 * Node build used by tests, the CLI and browser mode): packaged under resources/native,
 * in development under .electron-abi/ (made by `npm run electron:native` on a networked machine).
 */
export function electronNativeBinding(options: { isPackaged: boolean; resourcesPath: string; appPath: string }): string | undefined {
  const candidate = options.isPackaged
    ? join(options.resourcesPath, 'native', 'better_sqlite3.node')
    : join(options.appPath, '.electron-abi', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
