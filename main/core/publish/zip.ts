import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  data: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;
const MAX32 = 0xffffffff;

/** MS-DOS date and time fields (local time has no meaning here: the fixed instant is written as UTC). */
export function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, Math.min(2107, at.getUTCFullYear()));
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2);
  const date = ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  return { time, date };
}

/**
 * A deterministic zip: entries sorted by name, one fixed timestamp, deflate at a fixed level,
 * no extra fields. The same files give the same bytes, so a website package can be checked
 * against its manifest and against the edition it came from. Zip64 is not needed (and refused).
 */
export function buildZip(files: readonly ZipInput[], at: Date): Buffer {
  const { time, date } = dosDateTime(at);
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of sorted) {
    const name = Buffer.from(file.name.normalize('NFC'), 'utf8');
    const deflated = deflateRawSync(file.data, { level: 9 });
    const stored = deflated.length >= file.data.length;
    const body = stored ? file.data : deflated;
    const crc = crc32(file.data);
    if (file.data.length > MAX32 || offset > MAX32) throw new Error('zip entry too large for a website package');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(CENTRAL, 0);
    head.writeUInt16LE(0x0314, 4); // made by: Unix, spec 2.0 (keeps the permission bits below meaningful)
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(UTF8_NAMES, 8);
    head.writeUInt16LE(stored ? 0 : 8, 10);
    head.writeUInt16LE(time, 12);
    head.writeUInt16LE(date, 14);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(body.length, 20);
    head.writeUInt32LE(file.data.length, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    head.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(head, name);
    offset += local.length + name.length + body.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralBytes, end]);
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
