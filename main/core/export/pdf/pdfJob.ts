import type { Worker } from 'node:worker_threads';
import type { ListDocument } from '../../../../shared/domain/export';
import { codeLocation, findPrintFonts } from '../../support/resources';
import { startWorker } from '../../support/worker';
import { renderListPdf, type ListPdfOptions } from './listPdf';
import type { PdfWorkerInput, PdfWorkerMessage } from './pdf.worker';
import { resolvePdfWorker } from './pdfWorkerEntry';
import type { Progress } from './tablePdf';

/**
 * Starts the PDF worker: the compiled pdf.worker.cjs beside the Electron bundle, or from the
 * TypeScript sources (CLI, tests, browser mode) the .ts worker with tsx loaded first.
 * Returns null when neither is available: the caller then renders in this thread.
 */
function startPdfWorker(input: PdfWorkerInput): Worker | null {
  const entry = resolvePdfWorker(codeLocation(import.meta.url));
  return entry === null ? null : startWorker(entry, { workerData: input });
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
  const fonts = findPrintFonts();
  const input: PdfWorkerInput = { list, options, fonts };
  let worker: Worker | null = null;
  try {
    worker = startPdfWorker(input);
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
