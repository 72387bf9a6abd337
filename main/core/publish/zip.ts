import { inflateRawSync } from 'node:zlib';
import { ZipFile } from 'yazl';

export interface ZipInput {
  name: string;
  data: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Regular file, rw-r--r--: the same attributes on every machine, whatever the umask. */
const FILE_MODE = 0o100644;
/** Formats that are compressed already: deflating them again costs time and gains nothing. */
const ALREADY_COMPRESSED = /\.(jpe?g|png|xlsx|zip|gz)$/i;

/** MS-DOS date and time fields (local time has no meaning here: the fixed instant is written as UTC). */
export function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, Math.min(2107, at.getUTCFullYear()));
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2);
  const date = ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  return { time, date };
}

/**
 * yazl writes the DOS fields from the Date's *local* fields. A Date whose local fields read as the
 * instant's UTC fields makes the bytes the same in Jakarta and in a UTC CI runner. (A wall time that
 * a DST change skips would move by an hour; Indonesia keeps no DST, and the test pins three zones.)
 */
function utcFieldsAsLocal(at: Date): Date {
  return new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds());
}

/**
 * A deterministic zip, written by yazl: entries sorted by name, one fixed timestamp and no
 * extended-timestamp field (forceDosTimestamp), fixed file attributes, deflate at level 9 except
 * for formats compressed already. The same files give the same bytes, so a website package can be
 * checked against its manifest and against the edition it came from.
 */
export function buildZip(files: readonly ZipInput[], at: Date): Promise<Buffer> {
  const mtime = utcFieldsAsLocal(at);
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const zip = new ZipFile();
  for (const file of sorted) {
    const compressionLevel = ALREADY_COMPRESSED.test(file.name) ? 0 : 9;
    zip.addBuffer(file.data, file.name.normalize('NFC'), { mtime, mode: FILE_MODE, forceDosTimestamp: true, compressionLevel });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}

/** Entry names and offsets from a zip's central directory. */
function centralEntries(zip: Buffer): { central: number; local: number; name: string }[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: { central: number; local: number; name: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('damaged zip central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({ central: at, local: zip.readUInt32LE(at + 42), name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8') });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Overwrites every entry's modification time with `at` in place. exceljs stamps entries with the
 * moment it wrote them; with the times fixed the same list gives a byte-identical .xlsx.
 */
export function normalizeZipTimes(zip: Buffer, at: Date): Buffer {
  const { time, date } = dosDateTime(at);
  for (const entry of centralEntries(zip)) {
    zip.writeUInt16LE(time, entry.central + 12);
    zip.writeUInt16LE(date, entry.central + 14);
    if (zip.readUInt32LE(entry.local) !== LOCAL) throw new Error('damaged zip local header');
    zip.writeUInt16LE(time, entry.local + 10);
    zip.writeUInt16LE(date, entry.local + 12);
  }
  return zip;
}

/** Names and inflated contents of every entry (stored or deflated): how a package and an .xlsx are checked. */
export function readZip(zip: Buffer): ZipInput[] {
  return centralEntries(zip).map((entry) => {
    const method = zip.readUInt16LE(entry.central + 10);
    const compressed = zip.readUInt32LE(entry.central + 20);
    const start = entry.local + 30 + zip.readUInt16LE(entry.local + 26) + zip.readUInt16LE(entry.local + 28);
    const body = zip.subarray(start, start + compressed);
    if (method !== 0 && method !== 8) throw new Error(`zip method ${String(method)} not supported`);
    return { name: entry.name, data: method === 0 ? Buffer.from(body) : inflateRawSync(body) };
  });
}
