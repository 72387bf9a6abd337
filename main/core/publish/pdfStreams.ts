import { inflateSync } from 'node:zlib';

/** One stream inflated at most this far, and all of a file's streams together: a bomb stays bounded. */
const STREAM_LIMIT = 16 * 1024 * 1024;
const FILE_LIMIT = 64 * 1024 * 1024;

/**
 * The inflated bytes of every FlateDecode stream in a PDF, read straight from the file without a PDF
 * parser: object streams (the dictionaries of annotations, form fields, Info, bookmarks a scanner or an
 * office suite packs there), XMP, attached files and unreferenced objects. The raw-byte search sees only
 * compressed noise there; pdf.js sees only what a page shows. Image streams are skipped (pixels, no words).
 */
export function inflatedStreams(data: Buffer): string[] {
  const out: string[] = [];
  let budget = FILE_LIMIT;
  let from = 0;
  while (budget > 0) {
    const start = data.indexOf('stream', from, 'latin1');
    if (start < 0) break;
    const end = data.indexOf('endstream', start + 6, 'latin1');
    if (end < 0) break;
    from = end + 9;
    if (data.subarray(start - 3, start).toString('latin1') === 'end') continue;
    let bodyStart = start + 6;
    if (data[bodyStart] === 0x0d) bodyStart += 1;
    if (data[bodyStart] === 0x0a) bodyStart += 1;
    const dict = data.subarray(Math.max(0, start - 2048), start).toString('latin1');
    const ownDict = dict.slice(dict.lastIndexOf(' obj'));
    if (!/\/FlateDecode/.test(ownDict) || /\/Subtype\s*\/Image/.test(ownDict)) continue;
    try {
      const inflated = inflateSync(data.subarray(bodyStart, end), { maxOutputLength: Math.min(STREAM_LIMIT, budget) });
      budget -= inflated.length;
      out.push(inflated.toString('latin1'), inflated.toString('utf8'));
    } catch {
      // Not zlib after all, cut short, or past the limit: what pdf.js reads still counts.
    }
  }
  return out;
}
