/**
 * The part of utif2 (a pure-JS TIFF decoder) the viewer uses. tsconfig.web.json maps `utif2` here
 * because the package's own typings pull in Node's, which the renderer must not see.
 */

/** One image file directory (a TIFF page); `width`, `height` and `data` are filled by decodeImage. */
export interface IFD {
  [tag: string]: unknown;
  width: number;
  height: number;
  data: Uint8Array;
}
export function decode(buffer: ArrayBuffer): IFD[];
export function decodeImage(buffer: ArrayBuffer, ifd: IFD): void;
/** RGBA, 8 bits per channel, ready for ImageData. */
export function toRGBA8(ifd: IFD): Uint8Array;
