import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker is bundled by vite and served from the app itself: nothing is fetched from the network.
GlobalWorkerOptions.workerSrc = workerUrl;

const cache = new Map<string, Promise<PDFDocumentProxy>>();

/** Opens PDF bytes with pdf.js, locally, without eval (the CSP forbids it). */
export function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false }).promise;
}

/** A vault PDF by hash, fetched once per session (the bytes behind a hash never change). */
export function openVaultPdf(url: string, sha256: string): Promise<PDFDocumentProxy> {
  let pending = cache.get(sha256);
  if (!pending) {
    pending = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
        return response.arrayBuffer();
      })
      .then((buffer) => openPdf(new Uint8Array(buffer)));
    pending.catch(() => cache.delete(sha256));
    cache.set(sha256, pending);
  }
  return pending;
}

/** Draws one page into a canvas at `scale` (1 = 72 dpi); answers a cancel function. */
export function drawPage(doc: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, scale: number): () => void {
  let cancelled = false;
  let cancelRender: (() => void) | null = null;
  void doc.getPage(pageNumber).then((page) => {
    if (cancelled) return;
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: scale * ratio });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${String(Math.floor(viewport.width / ratio))}px`;
    canvas.style.height = `${String(Math.floor(viewport.height / ratio))}px`;
    const task = page.render({ canvas, viewport });
    cancelRender = () => task.cancel();
    task.promise.catch(() => undefined);
  });
  return () => {
    cancelled = true;
    cancelRender?.();
  };
}

const thumbs = new Map<string, Promise<string>>();

/** First page of a vault PDF as a small PNG data URL, for lists and the inbox. */
export function pdfThumbnail(url: string, sha256: string, width = 160): Promise<string> {
  let pending = thumbs.get(sha256);
  if (!pending) {
    pending = openVaultPdf(url, sha256).then(async (doc) => {
      const page = await doc.getPage(1);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: width / base.width });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      return canvas.toDataURL('image/png');
    });
    pending.catch(() => thumbs.delete(sha256));
    thumbs.set(sha256, pending);
  }
  return pending;
}
