import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { LemariError } from '../../../shared/api/errors';
import { lemariError } from '../../../shared/api/raise';
import type { SheetWorkerInput, SheetWorkerMessage } from './sheet.worker';
import { readSheet, type SheetChoice, type SheetGrid } from './sheetReader';
import { inspectZip } from './zipGuard';
import { codeLocation } from '../support/resources';
import { resolveWorker, startWorker } from '../support/worker';

/**
 * How long and how much heap one spreadsheet may take to parse before it is given up (RELIABILITY #11).
 * Starting a worker costs 0.5–1 s, so spreadsheets that expand to less than `workerAboveBytes`
 * (a 10,000-row DIP is about 5 MB) are read in this thread, which checks the clock as it reads and
 * stops at the deadline all the same.
 */
export const parseBounds = { timeoutMs: 60_000, maxHeapMb: 1024, workerAboveBytes: 16 * 1024 * 1024 };

/**
 * What the parser will have to read: an .xlsx's uncompressed parts as its directory declares them, else
 * the file itself. Only where to parse is decided on the claim; the reader inflates every entry to check
 * it (sheetReader's assertZipSafe) in whichever thread it runs, so the file is not inflated twice here.
 */
function expandedBytes(path: string): number {
  const size = statSync(path).size;
  const zip = inspectZip(path, size, { inflate: false });
  return zip.ok ? zip.totalUncompressed : size;
}

/**
 * Starts the parsing worker: the .ts source through tsx (CLI, tests, browser mode), or
 * sheet.worker.cjs beside the Electron bundle. Null when neither is available.
 */
function startSheetWorker(input: SheetWorkerInput, maxHeapMb: number): Worker | null {
  const entry = resolveWorker(codeLocation(import.meta.url), 'sheet.worker');
  return entry === null ? null : startWorker(entry, { workerData: input, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
}

function tooSlow(name: string, timeoutMs: number): LemariError {
  return lemariError('too_large', { key: 'register.importer.error.tooSlow', params: { name, seconds: Math.ceil(timeoutMs / 1000) } });
}

function inWorker(worker: Worker, name: string, timeoutMs: number): Promise<SheetGrid> {
  return new Promise((resolveGrid, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    // A pathological file is stopped, not waited for: terminate() ends the parse wherever it is.
    const timer = setTimeout(() => settle(() => reject(tooSlow(name, timeoutMs))), timeoutMs);
    worker.on('message', (message: SheetWorkerMessage) => {
      if (message.type === 'done') settle(() => resolveGrid(message.grid));
      else if (message.error) {
        const { code, message: id, messageEn, field } = message.error;
        settle(() => reject(new LemariError(code, id, messageEn, field)));
      } else settle(() => reject(new Error(message.detail)));
    });
    // Running out of the heap limit ends the worker with ERR_WORKER_OUT_OF_MEMORY: the same refusal.
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooSlow(name, timeoutMs) : error)),
    );
    worker.on('exit', (code) => settle(() => reject(new Error(`import worker stopped (${String(code)})`))));
  });
}

/**
 * In this thread, for small files or when no worker can start. The read is synchronous, so it checks the
 * clock itself as it goes (every few hundred rows, and after the zip check) and is refused past the bound.
 */
function inThread(input: SheetWorkerInput, timeoutMs: number): Promise<SheetGrid> {
  const deadline = performance.now() + timeoutMs;
  return readSheet(input.path, input.name, input.choice, () => {
    if (performance.now() > deadline) throw tooSlow(input.name, timeoutMs);
  });
}

/**
 * Reads an officer's spreadsheet off the main thread with a time and heap bound, so a file that
 * parses for minutes or balloons in memory is refused with a clear message instead of freezing
 * every window. The grid is the same as readSheet's.
 */
export async function readSheetBounded(path: string, name: string, choice: SheetChoice, bounds = parseBounds): Promise<SheetGrid> {
  const input: SheetWorkerInput = { path, name, choice };
  let worker: Worker | null;
  try {
    worker = expandedBytes(path) > bounds.workerAboveBytes ? startSheetWorker(input, bounds.maxHeapMb) : null;
  } catch {
    worker = null;
  }
  if (worker === null) return inThread(input, bounds.timeoutMs);
  try {
    return await inWorker(worker, name, bounds.timeoutMs);
  } catch (error) {
    if (error instanceof LemariError) throw error;
    // A worker that cannot run (a packaging slip) must not stop the officer from importing.
    console.warn('[lemari] import worker failed, reading in the main thread:', error instanceof Error ? error.message : error);
    return inThread(input, bounds.timeoutMs);
  }
}
