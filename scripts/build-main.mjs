// Bundles the Electron main process and the sandboxed preload to CommonJS in dist/main.
// Dependencies stay external (loaded from node_modules in the asar): better-sqlite3 is native,
// pdfkit reads its font data from its own folder. The PDF and spreadsheet workers are their own bundles
// beside electron.cjs (main/core/support/worker.ts finds them through __dirname).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];

/** Options for the main-process bundles; test/build reuses them to bundle the PDF job alone. */
export const mainBundleOptions = {
  entryPoints: {
    electron: 'main/electron/main.ts',
    'pdf.worker': 'main/core/export/pdf/pdf.worker.ts',
    'sheet.worker': 'main/core/import/sheet.worker.ts',
  },
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external,
  // ESM-only code (codeLocation) sees undefined and falls back to __dirname, the bundle's folder.
  define: { 'import.meta.url': 'undefined' },
  sourcemap: true,
  logLevel: 'warning',
};

async function buildAll() {
  await build(mainBundleOptions);
  await build({
    entryPoints: { preload: 'main/preload/preload.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAll();
