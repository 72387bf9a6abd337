import { parentPort, workerData } from 'node:worker_threads';
import type { ListDocument } from '../../../../shared/domain/export';
import type { PrintFonts } from '../../support/resources';
import { renderListPdf, type ListPdfOptions } from './listPdf';

/** Message protocol between the export service and this worker. */
export type PdfWorkerMessage =
  { type: 'progress'; done: number; total: number } | { type: 'done'; data: Uint8Array } | { type: 'failed'; message: string };

export interface PdfWorkerInput {
  list: ListDocument;
  options: ListPdfOptions;
  fonts: PrintFonts;
}

const port = parentPort;
if (port) {
  const input = workerData as PdfWorkerInput;
  renderListPdf(input.list, input.options, input.fonts, (done, total) =>
    port.postMessage({ type: 'progress', done, total } satisfies PdfWorkerMessage),
  )
    .then((buffer) => {
      const data = new Uint8Array(buffer);
      port.postMessage({ type: 'done', data } satisfies PdfWorkerMessage, [data.buffer]);
    })
    .catch((error: unknown) =>
      port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies PdfWorkerMessage),
    );
}
