// @ts-check
/**
 * The layers of the tree and the packages each may import (STYLE habit 1: each environment imports
 * only what runs there). After Signal Desktop's `.eslint/rules/file-suffix.js`: every package in
 * package.json is classified here, and an import of a package missing from this table is a lint
 * error, so a new dependency is placed on purpose. test/build/boundaries.test.ts checks that this
 * table and package.json list the same packages, and that each forbidden import fails lint or tsc.
 */

/** @typedef {'shared' | 'core' | 'electron' | 'preload' | 'renderer' | 'test'} Layer */

/**
 * The layer a file belongs to, from its path relative to the repository root (posix separators).
 * Tests, configs, scripts and the lint rules themselves are one layer: they run in Node at build
 * or test time and may use anything classified.
 * @param {string} path
 * @returns {Layer | null}
 */
export function layerOf(path) {
  if (/\.test\.tsx?$/.test(path) || /^(test|scripts|bin|eslint)\//.test(path)) return 'test';
  if (/^[^/]+\.config\.[cm]?[jt]s$/.test(path) || path === 'renderer/vite.config.ts') return 'test';
  if (path.startsWith('shared/')) return 'shared';
  if (/^main\/(core|transport|cli)\//.test(path) || path === 'main/cli.ts') return 'core';
  if (path.startsWith('main/electron/')) return 'electron';
  if (path.startsWith('main/preload/')) return 'preload';
  if (path.startsWith('renderer/')) return 'renderer';
  return null;
}

/** Which layers' files a layer may import by relative path. Tests reach everything. */
/** @type {Record<Layer, readonly Layer[]>} */
export const mayImportFrom = {
  shared: ['shared'],
  core: ['shared', 'core'],
  electron: ['shared', 'core', 'electron'],
  preload: ['shared', 'preload'],
  renderer: ['shared', 'renderer'],
  test: ['shared', 'core', 'electron', 'preload', 'renderer', 'test'],
};

/** Node's built-in modules (`node:fs`, `fs`, …): main process code and tests only. */
/** @type {readonly Layer[]} */
export const builtinLayers = ['core', 'electron', 'test'];

const everywhere = /** @type {const} */ (['shared', 'core', 'electron', 'preload', 'renderer', 'test']);
const core = /** @type {const} */ (['core', 'test']);
const electron = /** @type {const} */ (['electron', 'preload', 'test']);
const renderer = /** @type {const} */ (['renderer', 'test']);
const tooling = /** @type {const} */ (['test']);
/** Type packages: the compiler finds them; importing one by name is always a mistake. */
const typesOnly = /** @type {const} */ ([]);

/**
 * Every dependency and devDependency in package.json, by the layers that may import it.
 * @type {Record<string, readonly Layer[]>}
 */
export const packageLayers = {
  // Pure: runs in every process.
  zod: everywhere,

  // Main process: the archive, its files and its exports.
  'age-encryption': core,
  'better-sqlite3': core,
  'csv-parse': core,
  exceljs: core,
  'iconv-lite': core,
  saxes: core,
  pdfkit: core,
  qrcode: core,
  'tar-stream': core,
  yazl: core,
  // Loaded by path (createRequire().resolve) to start workers from TypeScript sources; bin/ imports it.
  tsx: core,

  // The viewer renders PDFs with it; the leak guard (main/core/publish) reads a package's PDF text with its legacy build.
  'pdfjs-dist': ['core', 'renderer', 'test'],

  // Electron's main process and preload only.
  electron,

  // The renderer (Chromium): React and the UI kit.
  '@fontsource/noto-sans': renderer,
  '@hookform/resolvers': renderer,
  '@mantine/core': renderer,
  '@mantine/dropzone': renderer,
  '@mantine/hooks': renderer,
  '@mantine/notifications': renderer,
  '@tabler/icons-react': renderer,
  '@tanstack/react-query': renderer,
  '@tanstack/react-virtual': renderer,
  'date-fns': renderer,
  i18next: renderer,
  react: renderer,
  'react-dom': renderer,
  'react-hook-form': renderer,
  'react-i18next': renderer,
  utif2: renderer,

  // Build, lint and test tooling.
  '@electron/fuses': tooling,
  '@eslint/js': tooling,
  '@playwright/test': tooling,
  '@vitejs/plugin-react': tooling,
  'electron-builder': tooling,
  esbuild: tooling,
  eslint: tooling,
  'eslint-plugin-react-hooks': tooling,
  'fast-check': tooling,
  globals: tooling,
  prettier: tooling,
  typescript: tooling,
  'typescript-eslint': tooling,
  vite: tooling,
  vitest: tooling,

  '@types/better-sqlite3': typesOnly,
  '@types/node': typesOnly,
  '@types/pdfkit': typesOnly,
  '@types/qrcode': typesOnly,
  '@types/react': typesOnly,
  '@types/react-dom': typesOnly,
  '@types/tar-stream': typesOnly,
  '@types/yazl': typesOnly,
};

/**
 * Packages not in package.json that tests reach on purpose: electron-builder's own libraries, whose
 * config validation test/build/electronBuilder.test.ts runs offline. Tests only.
 * @type {Record<string, readonly Layer[]>}
 */
export const transitiveLayers = {
  'app-builder-lib': tooling,
  'builder-util': tooling,
};
