import { closeSync, openSync, readSync } from 'node:fs';

export interface ZipEntryInfo {
  name: string;
  compressed: number;
  uncompressed: number;
  encrypted: boolean;
}

export type ZipInspection =
  { ok: true; entries: ZipEntryInfo[]; totalUncompressed: number } | { ok: false; reason: 'not_zip' | 'zip64' | 'encrypted' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Reads a zip's central directory (only the directory, never the data) so an .xlsx can be
 * refused before exceljs inflates it: a zip bomb announces its size here. A file whose
 * directory lies about sizes is still caught by exceljs's own inflate limits further on.
 */
export function inspectZip(path: string, fileSize: number): ZipInspection {
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
    }
    return { ok: true, entries, totalUncompressed: total };
  } finally {
    closeSync(fd);
  }
}
