// utif2 is CommonJS: Node's ESM loader (Playwright) sees only its default export.
import UTIF, { type IFD } from 'utif2';

/** A page of a pretend office scan: white paper, a dark heading bar and grey text lines, tinted per page. */
export interface ScanPage {
  width: number;
  height: number;
  /** Heading bar colour, so each page is told apart on screen and in pixels. */
  ink: [number, number, number];
}

function pagePixels({ width, height, ink }: ScanPage): Buffer {
  const rgb = Buffer.alloc(width * height * 3, 0xf8);
  for (let y = 0; y < height; y += 1) {
    const heading = y >= 20 && y < 44;
    const line = y >= 70 && (y - 70) % 18 < 5 && y < height - 40;
    if (!heading && !line) continue;
    for (let x = 24; x < width - 24; x += 1) {
      if (line && x > width - 24 - ((y * 7) % 60)) continue;
      const at = (y * width + x) * 3;
      rgb.set(heading ? ink : [90, 90, 90], at);
    }
  }
  return rgb;
}

/**
 * A multi-page TIFF as an office scanner writes one (uncompressed RGB strips, one directory per page),
 * written with utif2's own directory encoder so the bytes are a TIFF the decoder did not invent.
 */
export function multiPageTiff(pages: readonly ScanPage[]): Buffer {
  // utif2 types directories as decoded ones (with pixel data); encode reads only the tag keys.
  const directories = (offsets: readonly number[]): IFD[] =>
    pages.map((page, i) => ({
      t254: [0],
      t256: [page.width],
      t257: [page.height],
      t258: [8, 8, 8],
      t259: [1],
      t262: [2],
      t273: [offsets[i] ?? 0],
      t277: [3],
      t278: [page.height],
      t279: [page.width * page.height * 3],
      t284: [1],
    })) as unknown as IFD[];
  // Offsets are fixed-width numbers, so the directories' length does not depend on their values.
  const headerLength = UTIF.encode(directories(pages.map(() => 0))).byteLength;
  const offsets: number[] = [];
  let next = headerLength;
  for (const page of pages) {
    offsets.push(next);
    next += page.width * page.height * 3;
  }
  const header = Buffer.from(UTIF.encode(directories(offsets)));
  return Buffer.concat([header, ...pages.map(pagePixels)]);
}
