import { contextBridge, ipcRenderer, webUtils } from 'electron';

// Sandboxed preload: exposes exactly the renderer transport (call, subscribe, upload, vaultUrl)
// over fixed channels. Channel names repeat main/electron/ipc.ts because a sandboxed preload
// may import nothing but 'electron'; a test checks the two lists match.
const CALL = 'lemari:call';
const UPLOAD_PATH = 'lemari:upload-path';
const UPLOAD_BYTES = 'lemari:upload-bytes';
const EVENT = 'lemari:event';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(EVENT, (_event, name: string, payload: unknown) => {
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

contextBridge.exposeInMainWorld('lemari', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(CALL, method, input),
  subscribe(event: string, listener: Listener): () => void {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
  async upload(file: File): Promise<unknown> {
    const path = webUtils.getPathForFile(file);
    if (path) return ipcRenderer.invoke(UPLOAD_PATH, path);
    return ipcRenderer.invoke(UPLOAD_BYTES, file.name, new Uint8Array(await file.arrayBuffer()));
  },
  vaultUrl: (sha256: string): string => `vault://objects/${sha256}`,
});
