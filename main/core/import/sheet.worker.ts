import { parentPort, workerData } from 'node:worker_threads';
import { LemariError } from '../../../shared/api/errors';
import { readSheet, type SheetChoice, type SheetGrid } from './sheetReader';

export interface SheetWorkerInput {
  path: string;
  name: string;
  choice: SheetChoice;
}

/** Message protocol between sheetJob and this worker: the grid, or the refusal as data. */
export type SheetWorkerMessage =
  | { type: 'done'; grid: SheetGrid }
  | {
      type: 'failed';
      error: { code: LemariError['code']; message: string; messageEn: string; field: string | undefined } | null;
      detail: string;
    };

const port = parentPort;
if (port) {
  const input = workerData as SheetWorkerInput;
  readSheet(input.path, input.name, input.choice)
    .then((grid) => port.postMessage({ type: 'done', grid } satisfies SheetWorkerMessage))
    .catch((error: unknown) => {
      const refusal =
        error instanceof LemariError ? { code: error.code, message: error.message, messageEn: error.messageEn, field: error.field } : null;
      port.postMessage({
        type: 'failed',
        error: refusal,
        detail: error instanceof Error ? error.message : String(error),
      } satisfies SheetWorkerMessage);
    });
}
