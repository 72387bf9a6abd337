import { openTiff, type TiffDocument } from './tiff';

const cache = new Map<string, Promise<TiffDocument>>();

/** A vault TIFF by hash, fetched and its page directory read once per session (the bytes behind a hash never change). */
export function openVaultTiff(url: string, sha256: string): Promise<TiffDocument> {
  let pending = cache.get(sha256);
  if (!pending) {
    pending = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
        return response.arrayBuffer();
      })
      .then(openTiff);
    pending.catch(() => cache.delete(sha256));
    cache.set(sha256, pending);
  }
  return pending;
}

/**
 * Draws one TIFF page into `canvas`, `cssWidth` CSS pixels wide (sharp on high-density screens):
 * the full page goes through a scratch canvas and is scaled down once, so a thumbnail holds only
 * thumbnail-sized pixels.
 */
export function drawTiffPage(doc: TiffDocument, index: number, canvas: HTMLCanvasElement, cssWidth: number): void {
  const page = doc.page(index);
  const scratch = document.createElement('canvas');
  scratch.width = page.width;
  scratch.height = page.height;
  const pixels = new ImageData(page.rgba, page.width, page.height);
  scratch.getContext('2d')?.putImageData(pixels, 0, 0);
  const ratio = window.devicePixelRatio || 1;
  const cssHeight = Math.round((cssWidth * page.height) / page.width);
  canvas.width = Math.max(1, Math.round(cssWidth * ratio));
  canvas.height = Math.max(1, Math.round(cssHeight * ratio));
  canvas.style.width = `${String(cssWidth)}px`;
  canvas.style.height = `${String(cssHeight)}px`;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.imageSmoothingQuality = 'high';
  context.drawImage(scratch, 0, 0, canvas.width, canvas.height);
}

const thumbs = new Map<string, Promise<string>>();

/** First page of a vault TIFF as a small PNG data URL, for lists and the inbox. */
export function tiffThumbnail(url: string, sha256: string, width = 160): Promise<string> {
  let pending = thumbs.get(sha256);
  if (!pending) {
    pending = openVaultTiff(url, sha256).then((doc) => {
      const canvas = document.createElement('canvas');
      drawTiffPage(doc, 0, canvas, width);
      return canvas.toDataURL('image/png');
    });
    pending.catch(() => thumbs.delete(sha256));
    thumbs.set(sha256, pending);
  }
  return pending;
}
