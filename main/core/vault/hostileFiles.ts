import { lemariError } from '../../../shared/api/raise';
import { MAX_IMAGE_PIXELS, type BlobContentType } from '../../../shared/domain/vault';

/** Bytes kept from the start of a file: image headers and what follows a `%PDF-` header live here. */
const HEAD_BYTES = 256 * 1024;
/** Longest PDF marker searched across chunk boundaries (with #xx escapes), in bytes. */
const OVERLAP = 64;
/** A TIFF with more pages than this is refused before its chain is walked further (a loop or a lie). */
const MAX_TIFF_PAGES = 10_000;

export type ReadAt = (buffer: Buffer, position: number) => Promise<number>;

function refuse(key: string, name: string, params: Record<string, string | number> = {}): never {
  throw lemariError('unsupported_file', { key: `vault.hostile.${key}`, params: { name, ...params } });
}

function checkPixels(name: string, width: number, height: number): void {
  if (width === 0 || height === 0) refuse('noPixels', name);
  if (width * height > MAX_IMAGE_PIXELS) refuse('tooManyPixels', name, { width, height, max: MAX_IMAGE_PIXELS / 1_000_000 });
}

/** Markup after an image or PDF header: an SVG or web page dressed as a scan. */
function looksLikeMarkup(head: Buffer): boolean {
  return /<(svg|html|script|!doctype|body|\?xml)[\s>]/i.test(head.subarray(0, 4096).toString('latin1'));
}

function checkPng(name: string, head: Buffer): void {
  // A real PNG: signature, then the IHDR chunk (length 13) with width and height.
  if (looksLikeMarkup(head) || head.length < 24 || head.readUInt32BE(8) !== 13 || head.toString('latin1', 12, 16) !== 'IHDR') {
    refuse('fakePng', name);
  }
  checkPixels(name, head.readUInt32BE(16), head.readUInt32BE(20));
}

function checkJpeg(name: string, head: Buffer): void {
  if (looksLikeMarkup(head)) refuse('fakeImage', name);
  // Walk the segments to the frame header (SOFn) that carries the size; a huge EXIF block may push it
  // past the kept head, and then the renderer's own limit (never decode, see the viewer) applies.
  let at = 2;
  while (at + 9 <= head.length) {
    if (head[at] !== 0xff) return;
    const marker = head[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = head.readUInt16BE(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      checkPixels(name, head.readUInt16BE(at + 7), head.readUInt16BE(at + 5));
      return;
    }
    if (marker === 0xda || length < 2) return;
    at += 2 + length;
  }
}

/**
 * Every page (IFD) of a TIFF: its place must lie inside the file, its claimed size must be sane, and its
 * first strip or tile must start inside the file — a page the file does not hold is a lie, refused.
 */
async function checkTiff(name: string, size: number, readAt: ReadAt, head: Buffer): Promise<void> {
  const little = head.toString('latin1', 0, 2) === 'II';
  const u16 = (b: Buffer, at: number) => (little ? b.readUInt16LE(at) : b.readUInt16BE(at));
  const u32 = (b: Buffer, at: number) => (little ? b.readUInt32LE(at) : b.readUInt32BE(at));
  if (head.length < 8) refuse('tiffPages', name);
  let offset = u32(head, 4);
  const seen = new Set<number>();
  let pages = 0;
  while (offset !== 0) {
    if (offset + 2 > size || seen.has(offset) || pages >= MAX_TIFF_PAGES) refuse('tiffPages', name);
    seen.add(offset);
    pages += 1;
    const countBuf = Buffer.alloc(2);
    await readAt(countBuf, offset);
    const count = u16(countBuf, 0);
    if (offset + 2 + count * 12 + 4 > size) refuse('tiffPages', name);
    const ifd = Buffer.alloc(count * 12 + 4);
    await readAt(ifd, offset + 2);
    let width = 0;
    let height = 0;
    let dataAt = -1;
    for (let i = 0; i < count; i += 1) {
      const tag = u16(ifd, i * 12);
      const type = u16(ifd, i * 12 + 2);
      const value = type === 3 ? u16(ifd, i * 12 + 8) : u32(ifd, i * 12 + 8);
      const n = u32(ifd, i * 12 + 4);
      if (tag === 256) width = value;
      if (tag === 257) height = value;
      // StripOffsets / TileOffsets: the data's place (one strip) or its offsets table (several); inside the file either way.
      if ((tag === 273 || tag === 324) && dataAt < 0) dataAt = value;
      if ((tag === 273 || tag === 324) && n === 0) dataAt = size;
    }
    checkPixels(name, width, height);
    if (dataAt < 0 || dataAt >= size) refuse('tiffPages', name);
    offset = u32(ifd, count * 12);
  }
  if (pages === 0) refuse('tiffPages', name);
}

/**
 * What a PDF may not carry into the vault: scripts and actions that run on opening (a reader would run
 * them on the PPID's laptop), encryption (nobody could check or verify its content later), and a web page
 * behind a `%PDF-` header. Name objects may be spelled with #xx escapes (/J#61vaScript): undone first.
 * Limitation: markers inside compressed object streams (PDF 1.5) are not inflated here; the viewer runs
 * pdf.js with scripting off either way.
 */
function pdfScanner(name: string) {
  let tail = '';
  return (chunk: Buffer, first: boolean) => {
    const text = tail + chunk.toString('latin1');
    if (first && looksLikeMarkup(chunk.subarray(5))) refuse('htmlInPdf', name);
    const names = text.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (/\/JavaScript\b|\/JS\s*(\(|<|\d+\s+\d+\s+R)/.test(names)) refuse('pdfScript', name);
    // An OpenAction that is a destination (`[3 0 R /Fit]`, written by scanners and word processors) only
    // picks the first page; one that is an action dictionary runs something. Launch starts a program.
    if (/\/OpenAction\s*<<|\/Launch\b/.test(names)) refuse('pdfAction', name);
    if (/\/Encrypt\s*(<<|\d+\s+\d+\s+R)/.test(names)) refuse('pdfEncrypted', name);
    tail = text.slice(-OVERLAP);
  };
}

/**
 * Looks inside a file while the vault copies it (RELIABILITY #11, #23): fed every chunk in order, then
 * `finish` decides. Refusals are `unsupported_file` with their own words, and the vault drops its temp copy.
 */
export function createInspector(contentType: BlobContentType, name: string) {
  const head: Buffer[] = [];
  let headSize = 0;
  let first = true;
  const pdf = contentType === 'application/pdf' ? pdfScanner(name) : null;
  return {
    feed(chunk: Buffer): void {
      if (headSize < HEAD_BYTES) {
        const part = chunk.subarray(0, HEAD_BYTES - headSize);
        head.push(Buffer.from(part));
        headSize += part.length;
      }
      pdf?.(chunk, first);
      first = false;
    },
    async finish(size: number, readAt: ReadAt): Promise<void> {
      const start = Buffer.concat(head);
      if (contentType === 'image/png') checkPng(name, start);
      if (contentType === 'image/jpeg') checkJpeg(name, start);
      if (contentType === 'image/tiff') await checkTiff(name, size, readAt, start);
    },
  };
}
