import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { createReadStream, lstatSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { isLemariError } from '../../shared/api/errors';
import type { CallContext } from '../../shared/api/handlers';
import { lemariError } from '../../shared/api/raise';
import { fail, ok, type Result } from '../../shared/api/result';
import type { StagedUpload } from '../../shared/domain/upload';
import type { EventBus } from '../core/support/events';
import type { UploadService } from '../core/upload/upload.service';
import type { Dispatch } from '../transport/dispatch';
import { isTrustedUrl } from './security';

/** The fixed channel names; the preload knows exactly these. */
export const channels = {
  call: 'lemari:call',
  uploadPath: 'lemari:upload-path',
  uploadBytes: 'lemari:upload-bytes',
  event: 'lemari:event',
} as const;

function trusted(event: IpcMainInvokeEvent): boolean {
  return isTrustedUrl(event.senderFrame?.url);
}

async function staged(run: () => Promise<StagedUpload>): Promise<Result<StagedUpload>> {
  try {
    return ok(await run());
  } catch (error) {
    if (isLemariError(error)) return fail(error.toApiError());
    console.error('[lemari] upload failed:', error);
    return fail(lemariError('internal').toApiError());
  }
}

/** What IPC needs of the archive; in recovery mode there is no upload staging until a restore. */
export interface IpcTarget {
  events: EventBus;
  uploads: () => UploadService | null;
}

/** Electron's transport: one invoke channel into the same dispatch as HTTP, with the sender checked first. */
export function attachIpc(target: IpcTarget, dispatch: Dispatch, context: () => CallContext): () => void {
  const forbidden = fail(lemariError('forbidden').toApiError());
  // One session per window, held here in main: the renderer never needs to send it back.
  const sessions = new Map<number, string>();
  const watched = new Set<number>();
  ipcMain.handle(channels.call, async (event, method: unknown, input: unknown) => {
    if (!trusted(event)) return forbidden;
    const windowId = event.sender.id;
    if (!watched.has(windowId)) {
      watched.add(windowId);
      event.sender.once('destroyed', () => {
        sessions.delete(windowId);
        watched.delete(windowId);
      });
    }
    const result = await dispatch(method, input, {
      ...context(),
      channel: `ipc:${String(windowId)}`,
      sessionId: sessions.get(windowId) ?? null,
    });
    if (method === 'auth.signOut' || (!result.ok && result.error.code === 'signed_out')) sessions.delete(windowId);
    if (result.ok && (method === 'auth.signIn' || method === 'auth.setupFirst')) {
      sessions.set(windowId, (result.value as { sessionId: string }).sessionId);
    }
    return result;
  });
  // A dropped or picked file: Electron gives its real path, so main streams it (memory stays flat).
  ipcMain.handle(channels.uploadPath, (event, path: unknown) => {
    if (!trusted(event) || typeof path !== 'string') return forbidden;
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) return fail(lemariError('unsupported_file').toApiError());
    const uploads = target.uploads();
    if (!uploads) return fail(lemariError('archive_read_only').toApiError());
    return staged(() => uploads.stage(createReadStream(path), basename(path)));
  });
  ipcMain.handle(channels.uploadBytes, (event, name: unknown, bytes: unknown) => {
    if (!trusted(event) || typeof name !== 'string' || !(bytes instanceof Uint8Array)) return forbidden;
    const uploads = target.uploads();
    if (!uploads) return fail(lemariError('archive_read_only').toApiError());
    return staged(() => uploads.stage(Readable.from([Buffer.from(bytes)]), name));
  });
  const unsubscribe = target.events.subscribe((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channels.event, event, payload);
  });
  return () => {
    unsubscribe();
    for (const channel of [channels.call, channels.uploadPath, channels.uploadBytes]) ipcMain.removeHandler(channel);
  };
}
