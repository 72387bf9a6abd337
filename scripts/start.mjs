// `npm start`: the Electron window where Electron can start; otherwise one line saying why,
// then browser mode (the same core and renderer over the loopback server). The decisions are in startPlan.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fallbackLine, planAfterFetch, planAfterProbe, REASONS } from './startPlan.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => spawnSync(npm, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
const nativePresent = () => existsSync(`${root}/.electron-abi/better_sqlite3.node`);

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
  if (probe.status === 0 && probe.stdout && existsSync(probe.stdout)) return { electronPath: probe.stdout };
  return { electronReason: probe.error?.code === 'ETIMEDOUT' ? REASONS.electronTimeout : REASONS.noElectron };
}

const probe = electronBinary();
let plan = planAfterProbe({
  ...probe,
  nativePresent: nativePresent(),
  mainBuilt: Boolean(probe.electronPath) && run(['run', 'build:main']),
});
if (plan.action === 'fetch-native') {
  // Fetched once into .electron-abi/ (kept apart from node_modules' Node build); output shown, it can take a while.
  const fetched =
    spawnSync(process.execPath, [`${root}/scripts/electron-native.mjs`], { cwd: root, stdio: 'inherit', timeout: 180_000 }).status === 0;
  plan = planAfterFetch({ fetched, nativePresent: nativePresent() });
}

if (plan.action === 'launch' && probe.electronPath) {
  const child = spawn(probe.electronPath, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(fallbackLine(plan.action === 'browser' ? plan.reason : REASONS.noElectron));
  const child = spawn(process.execPath, [`${root}/bin/lemari.mjs`, 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
