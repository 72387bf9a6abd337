import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { dirname, isAbsolute, join, parse } from 'node:path';
import { lemariError } from '../../../shared/api/raise';
import type { FolderListing } from '../../../shared/domain/folder';

/** More subfolders than this in one folder (a home full of downloads) are cut; the officer can type the path. */
export const MAX_FOLDERS = 500;

export interface FolderBrowserOptions {
  /** The start when no path is given; the user's home folder in the app. */
  home?: string;
  platform?: NodeJS.Platform;
}

/** A subfolder worth showing: a real folder (or a link to one), not a hidden one (".git", ".cache"). */
function isShownFolder(parent: string, entry: Dirent): boolean {
  if (entry.name.startsWith('.')) return false;
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(parent, entry.name)).isDirectory();
  } catch {
    return false;
  }
}

function places(home: string, platform: NodeJS.Platform): { name: string; path: string }[] {
  const found = [{ name: home, path: home }];
  if (platform === 'win32') {
    for (const letter of 'CDEFGHIJKLMNOPQRSTUVWXYZ') {
      const drive = `${letter}:\\`;
      if (existsSync(drive)) found.push({ name: drive, path: drive });
    }
    return found;
  }
  found.push({ name: '/', path: '/' });
  // Where Linux desktops mount a USB stick (the usual backup target).
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    user = '';
  }
  for (const mount of [user ? `/media/${user}` : '', user ? `/run/media/${user}` : '', '/media', '/mnt', '/Volumes']) {
    if (mount && existsSync(mount) && !found.some((p) => p.path === mount)) found.push({ name: mount, path: mount });
  }
  return found;
}

/**
 * One level of browser mode's folder picker. Only folders that exist are listed, only their
 * subfolders' names (never a file, never anything read inside a file); a path that does not exist,
 * is not absolute or is a file is refused, so the picker cannot be used to probe or read the disk.
 */
export function listFolder(path: string | null, options: FolderBrowserOptions = {}): FolderListing {
  const platform = options.platform ?? process.platform;
  const home = options.home ?? homedir();
  const asked = path ?? home;
  if (asked.includes('\0') || !isAbsolute(asked)) {
    throw lemariError('invalid_input', { key: 'folder.err.notAbsolute', params: { path: asked.slice(0, 200) }, field: 'path' });
  }
  let real: string;
  try {
    real = realpathSync(asked);
  } catch {
    throw lemariError('not_found', { key: 'folder.err.missing', params: { path: asked.slice(0, 200) }, field: 'path' });
  }
  if (!statSync(real).isDirectory()) {
    throw lemariError('not_found', { key: 'folder.err.notFolder', params: { path: asked.slice(0, 200) }, field: 'path' });
  }
  let entries: Dirent[];
  try {
    entries = readdirSync(real, { withFileTypes: true });
  } catch {
    throw lemariError('forbidden', { key: 'folder.err.unreadable', params: { path: real.slice(0, 200) }, field: 'path' });
  }
  const folders = entries
    .filter((entry) => isShownFolder(real, entry))
    .map((entry) => ({ name: entry.name, path: join(real, entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id', { sensitivity: 'base', numeric: true }));
  const root = parse(real).root;
  return {
    path: real,
    parent: real === root ? null : dirname(real),
    folders: folders.slice(0, MAX_FOLDERS),
    truncated: folders.length > MAX_FOLDERS,
    places: places(home, platform),
  };
}
