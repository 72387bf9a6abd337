// The decisions `npm start` takes, as pure functions so they are tested without Electron or a network
// (test/build/startPlan.test.ts). scripts/start.mjs performs them.

/**
 * After asking the electron package for its binary: launch it, first fetch better-sqlite3 for
 * Electron's ABI (Electron would otherwise load the Node build from node_modules and fail at the
 * first database open), or fall back to browser mode with the one-line reason.
 * @param {{ electronPath?: string, electronReason?: string, nativePresent: boolean, mainBuilt: boolean }} state
 * @returns {{ action: 'launch' } | { action: 'fetch-native' } | { action: 'browser', reason: string }}
 */
export function planAfterProbe(state) {
  if (!state.electronPath) return { action: 'browser', reason: state.electronReason ?? REASONS.noElectron };
  if (!state.mainBuilt) return { action: 'browser', reason: REASONS.mainBuild };
  return state.nativePresent ? { action: 'launch' } : { action: 'fetch-native' };
}

/**
 * After trying to fetch the Electron-ABI build: launch only when it is really there now.
 * @param {{ fetched: boolean, nativePresent: boolean }} state
 * @returns {{ action: 'launch' } | { action: 'browser', reason: string }}
 */
export function planAfterFetch(state) {
  return state.fetched && state.nativePresent ? { action: 'launch' } : { action: 'browser', reason: REASONS.nativeFetch };
}

/** The one line printed before browser mode opens. */
export function fallbackLine(reason) {
  return `Electron tidak dapat dijalankan: ${reason} — membuka mode peramban / opening browser mode.`;
}

export const REASONS = {
  noElectron:
    'biner Electron tidak tersedia dan tidak dapat diunduh (tanpa internet?) / the Electron binary is missing and cannot be downloaded (no internet?)',
  electronTimeout: 'unduhan Electron tidak selesai dalam 60 detik / the Electron download did not finish in 60 s',
  mainBuild: 'main gagal dibangun / main failed to build',
  nativeFetch:
    'better-sqlite3 untuk Electron tidak dapat diunduh (npm run electron:native; tanpa internet?) / better-sqlite3 for Electron could not be fetched (npm run electron:native; no internet?)',
};
