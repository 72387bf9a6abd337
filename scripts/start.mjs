// `npm start`: the Electron window where Electron can start; otherwise one line saying why,
// then browser mode (the same core and renderer over the loopback server).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => spawnSync(npm, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;

if (!existsSync(`${root}/dist/renderer/index.html`) && !run(['run', 'build:renderer'])) {
  console.error('Tampilan gagal dibangun / the UI failed to build: npm run build:renderer');
  process.exit(1);
}

/** Asks the electron package for its binary in a child process: it may try to download, so it gets a time limit. */
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (probe.status === 0 && probe.stdout && existsSync(probe.stdout)) return { path: probe.stdout };
  if (probe.error?.code === 'ETIMEDOUT')
    return { reason: 'unduhan Electron tidak selesai dalam 60 detik / the Electron download did not finish in 60 s' };
  return {
    reason:
      'biner Electron tidak tersedia dan tidak dapat diunduh (tanpa internet?) / the Electron binary is missing and cannot be downloaded (no internet?)',
  };
}

const electron = electronBinary();
if (electron.path && run(['run', 'build:main'])) {
  const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `Electron tidak dapat dijalankan: ${electron.reason ?? 'main gagal dibangun / main failed to build'} — membuka mode peramban / opening browser mode.`,
  );
  const child = spawn(process.execPath, [`${root}/bin/lemari.mjs`, 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
