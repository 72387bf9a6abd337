import { Readable } from 'node:stream';
import { afterEach } from 'vitest';
import type { Method, MethodInput, MethodOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import { createCore, type Core } from '../../main/core/createCore';
import { createDispatch } from '../../main/transport/dispatch';
import { tempDir } from './tempArchive';

const opened: Core[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
});

/**
 * A fresh archive driven through dispatch, as the transports do, with a clock the test can move
 * (RELIABILITY #15). `call` expects success, `refuse` expects an error as data, `stage` makes an upload.
 */
export function dispatchCore(startAt: string) {
  let now = new Date(startAt);
  const core = createCore({ archiveDir: tempDir(), clock: () => now, background: false });
  opened.push(core);
  // Tests check every answer against its contract schema inside dispatch.
  const dispatch = createDispatch(core.handlers, { log: () => undefined, checkOutput: true });
  const call = async <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await dispatch(method, input, { actor: 'laptop' });
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.messageEn}`);
    return result.value as MethodOutput<M>;
  };
  const refuse = async <M extends Method>(method: M, input: MethodInput<M>): Promise<ApiError> => {
    const result = await dispatch(method, input, { actor: 'laptop' });
    if (result.ok) throw new Error(`${method} was accepted but should have been refused`);
    return result.error;
  };
  const stage = async (bytes: Buffer, name: string) => ({ uploadId: (await core.uploads.stage(Readable.from([bytes]), name)).uploadId });
  return { core, call, refuse, stage, setClock: (iso: string) => (now = new Date(iso)) };
}
