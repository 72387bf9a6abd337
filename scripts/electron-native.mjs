// Fetches better-sqlite3 built for Electron's ABI into .electron-abi/, leaving node_modules
// (the Node build used by tests, the CLI and browser mode) untouched. Needs a networked machine:
//   node scripts/electron-native.mjs [--platform win32|linux] [--arch x64|arm64]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { platform: { type: 'string', default: process.platform }, arch: { type: 'string', default: process.arch } },
});
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

const work = mkdtempSync(join(tmpdir(), 'lemari-electron-abi-'));
try {
  cpSync(join(root, 'node_modules/better-sqlite3'), work, { recursive: true });
  rmSync(join(work, 'build'), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/prebuild-install/bin.js'),
      '--runtime',
      'electron',
      '--target',
      electronVersion,
      '--platform',
      values.platform,
      '--arch',
      values.arch,
    ],
    { cwd: work, stdio: 'inherit' },
  );
  mkdirSync(join(root, '.electron-abi'), { recursive: true });
  cpSync(join(work, 'build/Release/better_sqlite3.node'), join(root, '.electron-abi/better_sqlite3.node'));
  console.log(`better-sqlite3 untuk Electron ${electronVersion} (${values.platform}-${values.arch}) → .electron-abi/better_sqlite3.node`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
