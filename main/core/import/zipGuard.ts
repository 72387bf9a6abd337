import { closeSync, openSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntryInfo {
  name: string;
  compressed: number;
  uncompressed: number;
  encrypted: boolean;
}

export type ZipInspection =
  /** `parts`: the inflated bytes of the entries `keep` chose, each checked against its declared size. */
  | { ok: true; entries: ZipEntryInfo[]; totalUncompressed: number; parts: Map<string, Buffer> }
  | { ok: false; reason: 'not_zip' | 'zip64' | 'encrypted' }
  /** The directory lied: an entry inflates to more (or other) than it declares. `inflated`: bytes seen, capped. */
  | { ok: false; reason: 'lies'; name: string; inflated: number };

const LOCAL = 0x04034b50;
/**
 * No entry is inflated past this many bytes while checking (the import refuses any sheet over 60 MB
 * anyway): memory stays bounded by what is actually inflated, whatever the directory claims.
 */
export const MAX_CHECKED_ENTRY_BYTES = 64 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Reads a zip's central directory so an .xlsx can be refused before its parts are parsed: an honest zip
 * bomb announces its size here. Then every entry is inflated once, into nothing, with zlib's output cap
 * set to the size its directory declares: a directory that lies about sizes (an XLSX "of 1 MB" that
 * pushed the server to 1.47 GB, issue 13 item 6) is caught by the bytes actually inflated, never more
 * than the declared size (or MAX_CHECKED_ENTRY_BYTES) in memory at once.
 */
export function inspectZip(
  path: string,
  fileSize: number,
  options: { inflate?: boolean; keep?: (name: string) => boolean } = {},
): ZipInspection {
  // `inflate: false` reads the directory's claims only: for deciding where to parse (sheetJob), never for judging a file.
  const inflate = options.inflate !== false;
  // The bytes the check inflates anyway are kept for the reader (sheetReader) when asked: one inflation, not two.
  const keep = options.keep ?? (() => false);
  const parts = new Map<string, Buffer>();
  const fd = openSync(path, 'r');
  try {
    const tailLength = Math.min(fileSize, 22 + 65_535);
    const tail = Buffer.alloc(tailLength);
    readSync(fd, tail, 0, tailLength, fileSize - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return { ok: false, reason: 'not_zip' };
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) return { ok: false, reason: 'zip64' };
    if (dirOffset + dirSize > fileSize || dirSize > 16 * 1024 * 1024) return { ok: false, reason: 'not_zip' };
    const dir = Buffer.alloc(dirSize);
    readSync(fd, dir, 0, dirSize, dirOffset);
    const entries: ZipEntryInfo[] = [];
    let at = 0;
    let total = 0;
    for (let n = 0; n < count; n += 1) {
      if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL) return { ok: false, reason: 'not_zip' };
      const flags = dir.readUInt16LE(at + 8);
      const method = dir.readUInt16LE(at + 10);
      const localOffset = dir.readUInt32LE(at + 42);
      const compressed = dir.readUInt32LE(at + 20);
      const uncompressed = dir.readUInt32LE(at + 24);
      const nameLength = dir.readUInt16LE(at + 28);
      const extraLength = dir.readUInt16LE(at + 30);
      const commentLength = dir.readUInt16LE(at + 32);
      if (compressed === 0xffffffff || uncompressed === 0xffffffff) return { ok: false, reason: 'zip64' };
      const name = dir.toString('utf8', at + 46, at + 46 + nameLength);
      const encrypted = (flags & 1) === 1;
      if (encrypted) return { ok: false, reason: 'encrypted' };
      entries.push({ name, compressed, uncompressed, encrypted });
      total += uncompressed;
      at += 46 + nameLength + extraLength + commentLength;
      if (!inflate) continue;
      const checked = checkInflated(fd, fileSize, { name, method, compressed, uncompressed, localOffset });
      if (Buffer.isBuffer(checked)) {
        if (keep(name)) parts.set(name, checked);
      } else if (checked !== null) return checked;
    }
    return { ok: true, entries, totalUncompressed: total, parts };
  } finally {
    closeSync(fd);
  }
}

interface EntryPlace {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

/**
 * Inflates one entry with the output capped at its declared size; answers the lie, or the entry's bytes
 * when it told the truth (null: declared too large to check here).
 */
function checkInflated(fd: number, fileSize: number, entry: EntryPlace): ZipInspection | Buffer | null {
  // Declared too large to check here: the caller refuses it on the declared size alone.
  if (entry.uncompressed > MAX_CHECKED_ENTRY_BYTES) return null;
  const header = Buffer.alloc(30);
  if (entry.localOffset + 30 > fileSize) return { ok: false, reason: 'not_zip' };
  readSync(fd, header, 0, 30, entry.localOffset);
  if (header.readUInt32LE(0) !== LOCAL) return { ok: false, reason: 'not_zip' };
  const dataAt = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (dataAt + entry.compressed > fileSize) return { ok: false, reason: 'not_zip' };
  const data = Buffer.alloc(entry.compressed);
  readSync(fd, data, 0, entry.compressed, dataAt);
  if (entry.method === 0)
    return data.length === entry.uncompressed ? data : { ok: false, reason: 'lies', name: entry.name, inflated: data.length };
  if (entry.method !== 8) return { ok: false, reason: 'not_zip' };
  try {
    // One byte over the declared size is enough to know it lied; zlib stops there.
    const out = inflateRawSync(data, { maxOutputLength: entry.uncompressed + 1 });
    return out.length === entry.uncompressed ? out : { ok: false, reason: 'lies', name: entry.name, inflated: out.length };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      return { ok: false, reason: 'lies', name: entry.name, inflated: entry.uncompressed + 1 };
    }
    return { ok: false, reason: 'not_zip' };
  }
}
