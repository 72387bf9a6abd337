import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { CodeLocation } from './resources';

/** How to start a worker: the compiled file beside the bundle, or the TypeScript source through tsx. */
export type WorkerEntry = { kind: 'bundled'; file: string } | { kind: 'source'; url: string };

/**
 * Finds worker `name` (e.g. "pdf.worker") for the code at `location`: under tsx or vitest the
 * `<name>.ts` source beside the caller; in the CommonJS Electron bundle `<name>.cjs` in dist/main,
 * which scripts/build-main.mjs writes. Null when neither exists; callers then work in their own thread.
 */
export function resolveWorker(location: CodeLocation, name: string, exists: (path: string) => boolean = existsSync): WorkerEntry | null {
  if (location.url !== null && location.url.endsWith('.ts')) return { kind: 'source', url: new URL(`./${name}.ts`, location.url).href };
  if (location.dir !== null) {
    const file = join(location.dir, `${name}.cjs`);
    if (exists(file)) return { kind: 'bundled', file };
  }
  return null;
}

/** Starts a resolved worker; a source worker loads tsx's ESM hooks first (the CommonJS API cannot register them in a worker). */
export function startWorker(entry: WorkerEntry, options: WorkerOptions): Worker {
  if (entry.kind === 'bundled') return new Worker(entry.file, options);
  const tsx = pathToFileURL(
    createRequire(fileURLToPath(entry.url))
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.url)}); });`;
  return new Worker(code, { ...options, eval: true });
}
