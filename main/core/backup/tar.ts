import type { FileHandle } from 'node:fs/promises';

/**
 * Just enough POSIX ustar to write and read a backup: regular files only, long paths through
 * the prefix field, sizes past 8 GiB in GNU base-256. Any `tar -xf` unpacks it; nothing here
 * holds more than one block of a file in memory.
 */
export const BLOCK = 512;
const OCTAL_SIZE_LIMIT = 8 ** 11;

export interface TarHeader {
  path: string;
  size: number;
  mtime: number;
  type: 'file' | 'directory' | 'other';
}

function writeString(block: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new Error(`tar field too long: ${value}`);
  bytes.copy(block, offset);
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  writeString(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function splitPath(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  // ustar keeps up to 155 bytes of leading folders apart from the 100-byte name.
  for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
    const prefix = path.slice(0, cut);
    const name = path.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  throw new Error(`path too long for ustar: ${path}`);
}

export function tarHeader(path: string, size: number, mtime: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  const { name, prefix } = splitPath(path);
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, 0o644);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  if (size < OCTAL_SIZE_LIMIT) {
    writeOctal(block, 124, 12, size);
  } else {
    // GNU base-256: high bit set, big-endian binary in the remaining 11 bytes.
    block[124] = 0x80;
    let rest = BigInt(size);
    for (let i = 135; i > 124; i -= 1) {
      block[i] = Number(rest & 0xffn);
      rest >>= 8n;
    }
  }
  writeOctal(block, 136, 12, Math.floor(mtime));
  block.fill(0x20, 148, 156);
  block[156] = 0x30; // '0': regular file
  writeString(block, 257, 6, 'ustar\0');
  writeString(block, 263, 2, '00');
  writeString(block, 265, 32, 'lemari');
  writeString(block, 297, 32, 'lemari');
  writeString(block, 345, 155, prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  writeString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

export function paddingFor(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

function readString(block: Buffer, offset: number, length: number): string {
  const slice = block.subarray(offset, offset + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end === -1 ? length : end).toString('utf8');
}

function readNumber(block: Buffer, offset: number, length: number): number {
  if ((block[offset] ?? 0) & 0x80) {
    let value = 0n;
    for (let i = offset + 1; i < offset + length; i += 1) value = (value << 8n) | BigInt(block[i] ?? 0);
    return Number(value);
  }
  const text = readString(block, offset, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/** Parses one header block; null for the zero block that ends the archive. Throws on a bad checksum. */
export function parseHeader(block: Buffer): TarHeader | null {
  if (block.every((byte) => byte === 0)) return null;
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  const stored = readNumber(block, 148, 8);
  if (!Number.isFinite(stored) || stored !== sum) throw new Error('tar header checksum mismatch');
  const name = readString(block, 0, 100);
  const prefix = readString(block, 345, 155);
  const flag = String.fromCharCode(block[156] ?? 0);
  const type = flag === '0' || flag === '\0' ? 'file' : flag === '5' ? 'directory' : 'other';
  const size = readNumber(block, 124, 12);
  if (!Number.isSafeInteger(size) || size < 0) throw new Error('tar header size invalid');
  return { path: prefix ? `${prefix}/${name}` : name, size, mtime: readNumber(block, 136, 12), type };
}

export interface TarEntrySink {
  write(chunk: Buffer): Promise<void> | void;
  end(): Promise<void> | void;
}

/**
 * Streams a tar file entry by entry. `onEntry` returns a sink for the entry's bytes, or null to skip it.
 * Reads through one reused buffer, so memory stays flat whatever the backup's size.
 */
export async function readTar(
  handle: FileHandle,
  onEntry: (header: TarHeader) => Promise<TarEntrySink | null> | TarEntrySink | null,
  chunkSize = 1 << 20,
): Promise<void> {
  const buffer = Buffer.alloc(Math.max(chunkSize, BLOCK));
  const fileSize = (await handle.stat()).size;
  let position = 0;
  const readExactly = async (target: Buffer, length: number): Promise<void> => {
    let got = 0;
    while (got < length) {
      const { bytesRead } = await handle.read(target, got, length - got, position);
      if (bytesRead === 0) throw new Error('tar truncated');
      got += bytesRead;
      position += bytesRead;
    }
  };
  const header = Buffer.alloc(BLOCK);
  for (;;) {
    if (position + BLOCK > fileSize) throw new Error('tar truncated');
    await readExactly(header, BLOCK);
    const entry = parseHeader(header);
    if (entry === null) return;
    if (position + entry.size > fileSize) throw new Error('tar truncated');
    const sink = await onEntry(entry);
    let left = entry.size;
    while (left > 0) {
      const take = Math.min(left, buffer.length);
      if (sink) {
        await readExactly(buffer, take);
        await sink.write(buffer.subarray(0, take));
      } else {
        position += take;
      }
      left -= take;
    }
    if (sink) await sink.end();
    position += paddingFor(entry.size);
  }
}
