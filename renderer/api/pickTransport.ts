import type { Transport } from '../../shared/api/client';
import { createHttpTransport } from './httpTransport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    lemari?: Transport;
  }
}

/** Electron's preload bridge when present, otherwise the loopback HTTP server that served this page. */
export function pickTransport(): Transport {
  if (window.lemari) return window.lemari;
  return createHttpTransport(new URLSearchParams(window.location.search).get('token'));
}
