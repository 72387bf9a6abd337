import { decode, decodeImage, toRGBA8, type IFD } from 'utif2';
import { MAX_IMAGE_PIXELS } from '../../../shared/domain/vault';

/** One decoded TIFF page: RGBA pixels, 8 bits per channel, ready for ImageData. */
export interface TiffPage {
  width: number;
  height: number;
  rgba: Uint8ClampedArray<ArrayBuffer>;
}

/** A TIFF opened for viewing: pages are decoded one at a time, when shown, so a long scan stays light. */
export interface TiffDocument {
  numPages: number;
  page(index: number): TiffPage;
}

/** Pages are the top-level images; reduced-resolution copies (NewSubfileType bit 0) are thumbnails, not pages. */
function isPage(ifd: IFD): boolean {
  const subfile = ifd['t254'];
  const reduced = Array.isArray(subfile) && typeof subfile[0] === 'number' && (subfile[0] & 1) === 1;
  return ifd['t256'] !== undefined && !reduced;
}

function tagNumber(ifd: IFD, tag: string): number {
  const value = ifd[tag];
  return Array.isArray(value) && typeof value[0] === 'number' ? value[0] : 0;
}

/**
 * A page is decoded only when its directory claims a sane size: the vault refuses larger ones at ingest,
 * and this second guard keeps an object that slipped in (an old archive, a restored backup) from freezing
 * the document screen — a 210-byte TIFF claiming 100000×100000 pixels did.
 */
export function pageTooLarge(ifd: IFD): boolean {
  const width = tagNumber(ifd, 't256');
  const height = tagNumber(ifd, 't257');
  return width === 0 || height === 0 || width * height > MAX_IMAGE_PIXELS;
}

/** Reads a TIFF's page directory (cheap) with the pure-JS utif2 decoder: no native code, no network. */
export function openTiff(buffer: ArrayBuffer): TiffDocument {
  const pages = decode(buffer).filter(isPage);
  if (pages.length === 0) throw new Error('TIFF without an image');
  // Decoded pixels of the last few pages; a 300 dpi A4 page is ~35 MB as RGBA.
  const recent = new Map<number, TiffPage>();
  return {
    numPages: pages.length,
    page(index) {
      const cached = recent.get(index);
      if (cached) return cached;
      const ifd = pages[index];
      if (!ifd) throw new RangeError(`TIFF page ${String(index + 1)} of ${String(pages.length)}`);
      if (pageTooLarge(ifd)) throw new RangeError(`TIFF page ${String(index + 1)} claims more than ${String(MAX_IMAGE_PIXELS)} pixels`);
      decodeImage(buffer, ifd);
      const page = { width: ifd.width, height: ifd.height, rgba: new Uint8ClampedArray(toRGBA8(ifd)) };
      // utif2 keeps the raw pixels on the directory (and skips decoding while they are there); the RGBA
      // copy is all the viewer needs, and a page evicted below decodes again from the file's bytes.
      Reflect.deleteProperty(ifd, 'data');
      recent.set(index, page);
      if (recent.size > 4) {
        const oldest = recent.keys().next().value;
        if (oldest !== undefined) recent.delete(oldest);
      }
      return page;
    },
  };
}
