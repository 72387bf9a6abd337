import { constants, inflateSync } from 'node:zlib';
import { lemariError } from '../../../shared/api/raise';
import { MAX_IMAGE_PIXELS, type BlobContentType } from '../../../shared/domain/vault';

/** Bytes kept from the start of a file: image headers and what follows a `%PDF-` header live here. */
const HEAD_BYTES = 256 * 1024;
/** Bytes held back at each chunk end so a name (48 bytes) and what follows it (40) are never cut in two. */
const OVERLAP = 128;
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

const isNameByte = (b: number | undefined) =>
  b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x23);

/** What follows a marker, whitespace skipped: `<<` (a dictionary), a digit (an indirect reference)… */
function after(text: string, at: number): string {
  let k = at;
  while (k < text.length && /\s/.test(text[k] ?? '')) k += 1;
  return text.slice(k, k + 2);
}

/** The verdict on one PDF name (already #xx-decoded) and what follows it. */
function judgeName(name: string, next: string): string | null {
  if (name === 'JavaScript') return 'pdfScript';
  if (name === 'Launch') return 'pdfAction';
  // An OpenAction that is a destination (`[3 0 R /Fit]`, written by scanners and word processors) only
  // picks the first page; one that is an action dictionary runs something.
  if (name === 'OpenAction' && next === '<<') return 'pdfAction';
  if (name === 'Encrypt' && (next === '<<' || /^\d/.test(next))) return 'pdfEncrypted';
  return null;
}

/**
 * What a PDF may not carry into the vault: scripts and actions that run on opening (a reader would run
 * them on the PPID's laptop), encryption (nobody could check or verify its content later), and a web page
 * behind a `%PDF-` header. Plain names are found with Buffer.indexOf (native speed: a 500 MB scan must
 * not take seconds longer); names spelled with #xx escapes (/J#61vaScript) are decoded around each `#`.
 * Every JavaScript action says `/S /JavaScript`; the short `/JS` key alone is not searched, since in
 * megabytes of compressed image data three bytes occur by chance and eleven do not.
 * Markers packed inside compressed object streams (PDF 1.5 `/Type /ObjStm`, where office suites put the
 * catalog's /OpenAction and /Names) are found too: each object stream's offset is noted on the way, and
 * `objectStreams` inflates and searches them once the file is whole.
 */
function pdfScanner(name: string, objectStreams: number[] | null = null) {
  let tail = Buffer.alloc(0);
  // The file offset of `data[0]`: where each /ObjStm found sits in the file.
  let consumed = 0;
  return (chunk: Buffer, first: boolean) => {
    if (first && looksLikeMarkup(chunk.subarray(5))) refuse('htmlInPdf', name);
    const data = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
    // One pass over the `/`s (a native search): each name is read only when it starts like a marker
    // (J, L, O, E) or holds a `#` escape; image data rarely gets past the first byte.
    const limit = data.length - OVERLAP;
    for (let at = data.indexOf(0x2f); at >= 0 && at < limit; at = data.indexOf(0x2f, at + 1)) {
      const lead = data[at + 1];
      if (lead !== 0x4a && lead !== 0x4c && lead !== 0x4f && lead !== 0x45 && lead !== 0x23) continue;
      let end = at + 1;
      let escaped = false;
      while (end - at < 48 && isNameByte(data[end])) {
        if (data[end] === 0x23) escaped = true;
        end += 1;
      }
      let token = data.toString('latin1', at + 1, end);
      if (escaped) token = token.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      const verdict = judgeName(token, after(data.toString('latin1', end, end + 40), 0));
      if (verdict) refuse(verdict, name);
      if (token === 'ObjStm' && objectStreams && objectStreams.length < MAX_OBJECT_STREAMS) objectStreams.push(consumed + at);
    }
    const kept = Math.max(0, limit);
    consumed += kept;
    tail = Buffer.from(data.subarray(kept));
  };
}

/** How many object streams, and how much of each, are inflated and searched: a bomb stays bounded. */
const MAX_OBJECT_STREAMS = 4096;
const OBJECT_STREAM_BYTES = 8 * 1024 * 1024;
const OBJECT_STREAM_INFLATED = 16 * 1024 * 1024;

/** Inflates the FlateDecode object stream whose `/ObjStm` name sits at `at`, and searches it like the file. */
async function checkObjectStream(name: string, at: number, size: number, readAt: ReadAt): Promise<void> {
  const from = Math.max(0, at - 2048);
  const window = Buffer.alloc(Math.min(8192, size - from));
  await readAt(window, from);
  const text = window.toString('latin1');
  const keyword = text.indexOf('stream', at - from);
  if (keyword < 0) return;
  const dict = text.slice(Math.max(text.lastIndexOf(' obj', at - from), 0), keyword);
  if (!/\/FlateDecode/.test(dict)) return;
  let bodyAt = from + keyword + 6;
  if (text[keyword + 6] === '\r') bodyAt += 1;
  if (text[bodyAt - from] === '\n') bodyAt += 1;
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  const length = Math.min(direct ? Number(direct[1]) : OBJECT_STREAM_BYTES, OBJECT_STREAM_BYTES, size - bodyAt);
  if (length <= 0) return;
  const body = Buffer.alloc(length);
  await readAt(body, bodyAt);
  let inflated: Buffer;
  try {
    // A stream cut short (an indirect /Length read to the limit) still inflates as far as it goes.
    inflated = inflateSync(body, { maxOutputLength: OBJECT_STREAM_INFLATED, finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return;
  }
  const scan = pdfScanner(name);
  scan(inflated, false);
  pdfFlush(scan);
}

/** Called once the whole file was fed: the last bytes, held back for overlap, are searched too. */
function pdfFlush(scan: ReturnType<typeof pdfScanner>): void {
  scan(Buffer.alloc(OVERLAP, 0x20), false);
}

/**
 * Looks inside a file while the vault copies it (RELIABILITY #11, #23): fed every chunk in order, then
 * `finish` decides. Refusals are `unsupported_file` with their own words, and the vault drops its temp copy.
 */
export function createInspector(contentType: BlobContentType, name: string) {
  const head: Buffer[] = [];
  let headSize = 0;
  let first = true;
  const objectStreams: number[] = [];
  const pdf = contentType === 'application/pdf' ? pdfScanner(name, objectStreams) : null;
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
      if (pdf) {
        pdfFlush(pdf);
        for (const at of objectStreams) await checkObjectStream(name, at, size, readAt);
      }
      const start = Buffer.concat(head);
      if (contentType === 'image/png') checkPng(name, start);
      if (contentType === 'image/jpeg') checkJpeg(name, start);
      if (contentType === 'image/tiff') await checkTiff(name, size, readAt, start);
    },
  };
}
