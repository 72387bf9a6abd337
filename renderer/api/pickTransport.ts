import { createHttpTransport } from './httpTransport';
import type { RendererTransport } from './transport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    lemari?: RendererTransport;
  }
}

/** Electron's preload bridge when present, otherwise the loopback HTTP server that served this page. */
export function pickTransport(): RendererTransport {
  if (window.lemari) return window.lemari;
  return createHttpTransport(new URLSearchParams(window.location.search).get('token'));
}
