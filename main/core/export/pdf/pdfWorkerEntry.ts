import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeLocation } from '../../support/resources';

/** How to start the PDF worker: the compiled file beside the bundle, or the TypeScript source through tsx. */
export type PdfWorkerEntry = { kind: 'bundled'; file: string } | { kind: 'source'; url: string };

/** The file scripts/build-main.mjs writes next to dist/main/electron.cjs. */
export const BUNDLED_WORKER = 'pdf.worker.cjs';

/**
 * Finds the worker for the code at `location` (the caller's own location): under tsx or vitest
 * the `.ts` source beside it; in the CommonJS bundle `pdf.worker.cjs` in the same folder.
 * Null when neither exists; the caller then renders in its own thread.
 */
export function resolvePdfWorker(location: CodeLocation, exists: (path: string) => boolean = existsSync): PdfWorkerEntry | null {
  if (location.url !== null && location.url.endsWith('.ts')) return { kind: 'source', url: new URL('./pdf.worker.ts', location.url).href };
  if (location.dir !== null) {
    const file = join(location.dir, BUNDLED_WORKER);
    if (exists(file)) return { kind: 'bundled', file };
  }
  return null;
}
