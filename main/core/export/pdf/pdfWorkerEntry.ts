import { existsSync } from 'node:fs';
import type { CodeLocation } from '../../support/resources';
import { resolveWorker, type WorkerEntry } from '../../support/worker';

/** The file scripts/build-main.mjs writes next to dist/main/electron.cjs. */
export const BUNDLED_WORKER = 'pdf.worker.cjs';

/** The PDF worker for the code at `location` (see resolveWorker). */
export function resolvePdfWorker(location: CodeLocation, exists: (path: string) => boolean = existsSync): WorkerEntry | null {
  return resolveWorker(location, 'pdf.worker', exists);
}
