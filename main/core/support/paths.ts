import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the archive lives when no --archive is given: the same folder Electron's
 * app.getPath('userData') gives for productName "Lemari", plus "archive".
 */
export function defaultArchiveDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  let appData: string;
  if (platform === 'win32') appData = env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  else if (platform === 'darwin') appData = join(homedir(), 'Library', 'Application Support');
  else appData = env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(appData, 'Lemari', 'archive');
}
