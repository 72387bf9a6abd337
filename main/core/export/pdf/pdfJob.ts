import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ListDocument } from '../../../../shared/domain/export';
import { findFonts } from './fonts';
import { renderListPdf, type ListPdfOptions } from './listPdf';
import type { PdfWorkerInput, PdfWorkerMessage } from './pdf.worker';
import type { Progress } from './tablePdf';

/**
 * Starts the PDF worker. From the TypeScript sources (CLI, tests, browser mode) the worker loads
 * tsx first; a bundled build passes the compiled worker's path in LEMARI_PDF_WORKER.
 * Returns null when neither is available: the caller then renders in this thread.
 */
function startWorker(input: PdfWorkerInput): Worker | null {
  const bundled = process.env.LEMARI_PDF_WORKER;
  if (bundled !== undefined && existsSync(bundled)) return new Worker(bundled, { workerData: input });
  let here: string;
  try {
    here = import.meta.url;
  } catch {
    return null;
  }
  if (typeof here !== 'string' || !here.endsWith('.ts')) return null;
  const workerUrl = new URL('./pdf.worker.ts', here).href;
  // The ESM build of tsx's API: the CommonJS one cannot register hooks from inside a worker.
  const tsx = pathToFileURL(createRequire(fileURLToPath(here)).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); });`;
  return new Worker(code, { eval: true, workerData: input });
}

function inWorker(worker: Worker, progress: Progress): Promise<Buffer> {
  return new Promise((resolveDone, reject) => {
    let settled = false;
    worker.on('message', (message: PdfWorkerMessage) => {
      if (message.type === 'progress') progress(message.done, message.total);
      else if (message.type === 'done') {
        settled = true;
        resolveDone(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength));
        void worker.terminate();
      } else {
        settled = true;
        reject(new Error(message.message));
        void worker.terminate();
      }
    });
    worker.on('error', (error) => {
      if (!settled) reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`PDF worker stopped (${String(code)})`));
    });
  });
}

/**
 * Renders a list's PDF off the main thread (a 10,000-row DIP takes about a second of CPU that
 * would otherwise freeze every window), reporting progress; falls back to this thread when no
 * worker can be started. The bytes are the same either way.
 */
export async function renderListPdfJob(list: ListDocument, options: ListPdfOptions, progress: Progress = () => undefined): Promise<Buffer> {
  const fonts = findFonts();
  const input: PdfWorkerInput = { list, options, fonts };
  let worker: Worker | null = null;
  try {
    worker = startWorker(input);
  } catch {
    worker = null;
  }
  if (worker === null) return renderListPdf(list, options, fonts, progress);
  try {
    return await inWorker(worker, progress);
  } catch (error) {
    // A worker that cannot start (a packaging slip) must not stop the officer from printing.
    console.warn('[lemari] PDF worker failed, rendering in the main thread:', error instanceof Error ? error.message : error);
    return renderListPdf(list, options, fonts, progress);
  }
}
