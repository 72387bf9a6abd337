import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { resolvePdfWorker } from '../../main/core/export/pdf/pdfWorkerEntry';
import { codeLocation } from '../../main/core/support/resources';
import { resolveWorker } from '../../main/core/support/worker';
import { repoRoot } from '../support/child';

describe('PDF worker resolution', () => {
  it('uses the .ts source under tsx and vitest, the compiled file beside the bundle, else none', () => {
    const here = codeLocation(import.meta.url);
    expect(here.url).toMatch(/pdfWorker\.test\.ts$/);
    const source = resolvePdfWorker({ dir: '/src/main/core/export/pdf', url: 'file:///src/main/core/export/pdf/pdfJob.ts' });
    expect(source).toEqual({ kind: 'source', url: 'file:///src/main/core/export/pdf/pdf.worker.ts' });
    const bundled = resolvePdfWorker({ dir: '/app/dist/main', url: null }, (path) => path === join('/app/dist/main', 'pdf.worker.cjs'));
    expect(bundled).toEqual({ kind: 'bundled', file: join('/app/dist/main', 'pdf.worker.cjs') });
    expect(resolvePdfWorker({ dir: '/app/dist/main', url: null }, () => false)).toBeNull();
    expect(resolvePdfWorker({ dir: null, url: null })).toBeNull();
  });

  it('finds the spreadsheet import worker the same way', () => {
    expect(resolveWorker({ dir: '/src/main/core/import', url: 'file:///src/main/core/import/sheetJob.ts' }, 'sheet.worker')).toEqual({
      kind: 'source',
      url: 'file:///src/main/core/import/sheet.worker.ts',
    });
    expect(resolveWorker({ dir: '/app/dist/main', url: null }, 'sheet.worker', (path) => path.endsWith('sheet.worker.cjs'))).toEqual({
      kind: 'bundled',
      file: join('/app/dist/main', 'sheet.worker.cjs'),
    });
  });
});

describe('bundled build (scripts/build-main.mjs options)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lemari-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders a PDF in pdf.worker.cjs found beside the bundle, with no environment variable', async () => {
    const script = (await import(pathToFileURL(join(repoRoot, 'scripts', 'build-main.mjs')).href)) as { mainBundleOptions: BuildOptions };
    const options = script.mainBundleOptions;
    // The export code alone (electron.cjs needs Electron), with the worker entry exactly as shipped;
    // NODE_PATH stands in for the app's node_modules.
    const entries = {
      job: join(repoRoot, 'test', 'build', 'fixtures', 'pdfJobEntry.ts'),
      'pdf.worker': join(repoRoot, 'main', 'core', 'export', 'pdf', 'pdf.worker.ts'),
    };
    await build({ ...options, absWorkingDir: repoRoot, entryPoints: entries, outdir: dir, sourcemap: false, logLevel: 'error' });
    const out = join(dir, 'list.pdf');
    const child = join(dir, 'run.cjs');
    writeFileSync(
      child,
      `const threads = require('node:worker_threads');
const Original = threads.Worker;
let started = [];
threads.Worker = class extends Original { constructor(file, options) { super(file, options); started.push(String(file)); } };
const job = require('./job.cjs');
job.render(${JSON.stringify(out)}).then(() => console.log(JSON.stringify({ started, entry: job.entry() })));`,
    );
    const result = JSON.parse(
      execFileSync(process.execPath, [child], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') },
      }).trim(),
    ) as { started: string[]; entry: unknown };
    expect(result.entry).toEqual({ kind: 'bundled', file: join(dir, 'pdf.worker.cjs') });
    expect(result.started).toEqual([join(dir, 'pdf.worker.cjs')]);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('DAFTAR INFORMASI PUBLIK TAHUN 2026');
    expect(text).toContain('Sekretariat');
    expect(text).toContain('Halaman 1 dari 1');
  }, 60_000);
});
