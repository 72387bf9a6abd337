import { open, readFile, stat } from 'node:fs/promises';
import type { BlobContentType } from '../../../shared/domain/vault';

/** Past this a PDF is not read whole just to count its pages; the officer types the Lembar. */
const MAX_PDF_BYTES = 300 * 1024 * 1024;

/** Pages (IFDs) of a TIFF, by walking its chain; the vault has already refused a chain that lies. */
async function tiffPages(path: string): Promise<number | null> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(8);
    await file.read(head, 0, 8, 0);
    const little = head.toString('latin1', 0, 2) === 'II';
    const u16 = (b: Buffer) => (little ? b.readUInt16LE(0) : b.readUInt16BE(0));
    const u32 = (b: Buffer) => (little ? b.readUInt32LE(0) : b.readUInt32BE(0));
    let offset = u32(head.subarray(4));
    const seen = new Set<number>();
    while (offset !== 0) {
      if (offset + 2 > size || seen.has(offset) || seen.size >= 10_000) return null;
      seen.add(offset);
      const count = Buffer.alloc(2);
      await file.read(count, 0, 2, offset);
      const next = Buffer.alloc(4);
      await file.read(next, 0, 4, offset + 2 + u16(count) * 12);
      offset = u32(next);
    }
    return seen.size || null;
  } finally {
    await file.close();
  }
}

/**
 * How many pages a stored scan has: a PDF's page count (pdf.js, the viewer's own reader), a TIFF's
 * pages, one for a JPEG or PNG. Null when it cannot be told, and the Lembar is then left as typed.
 */
export async function scanPages(path: string, contentType: BlobContentType): Promise<number | null> {
  try {
    if (contentType === 'image/tiff') return await tiffPages(path);
    if (contentType !== 'application/pdf') return 1;
    if ((await stat(path)).size > MAX_PDF_BYTES) return null;
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
    try {
      return (await task.promise).numPages;
    } finally {
      await task.destroy();
    }
  } catch {
    return null;
  }
}
