import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real, decodable RGB PNG of one colour with a darker band (so thumbnails show something). */
export function pngBytes(width: number, height: number, rgb: [number, number, number], seed = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      const band = y > height * 0.2 && y < height * 0.3 && x > width * 0.1 && x < width * 0.9;
      const line = y % 12 === 0 && y > height * 0.4 && x > width * 0.1 && x < width * (0.5 + ((y + seed) % 5) / 10);
      const dark = band || line;
      row[1 + x * 3] = dark ? 40 : rgb[0];
      row[2 + x * 3] = dark ? 40 : rgb[1];
      row[3 + x * 3] = dark ? 40 : rgb[2];
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal JFIF header: enough to be recognised as JPEG by its magic bytes. */
export function jpegBytes(filler = 'jpeg'): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
    Buffer.from(filler),
    Buffer.from([0xff, 0xd9]),
  ]);
}

export function tiffBytes(order: 'II' | 'MM' = 'II'): Buffer {
  // A minimal but honest one-page TIFF (1×1, one strip inside the file): the vault reads every page's
  // directory now and refuses a TIFF whose pages are not where it says (issue 13 item 6).
  const le = order === 'II';
  const out = Buffer.alloc(8 + 2 + 3 * 12 + 4 + 4);
  out.write(order, 0, 'latin1');
  const u16 = (v: number, at: number) => (le ? out.writeUInt16LE(v, at) : out.writeUInt16BE(v, at));
  const u32 = (v: number, at: number) => (le ? out.writeUInt32LE(v, at) : out.writeUInt32BE(v, at));
  u16(42, 2);
  u32(8, 4);
  u16(3, 8);
  const entry = (i: number, tag: number, type: number, value: number) => {
    const at = 10 + i * 12;
    u16(tag, at);
    u16(type, at + 2);
    u32(1, at + 4);
    if (type === 3) u16(value, at + 8);
    else u32(value, at + 8);
  };
  entry(0, 256, 3, 1);
  entry(1, 257, 3, 1);
  entry(2, 273, 4, 8 + 2 + 36 + 4);
  u32(0, 10 + 36);
  out.fill(1, 8 + 2 + 36 + 4);
  return out;
}

/** A real multi-page PDF (pdfkit), each page titled so a viewer shows which page it is. */
export function pdfBytes(pages: number, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: title, CreationDate: new Date('2025-03-01T00:00:00Z') } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let page = 1; page <= pages; page += 1) {
    if (page > 1) doc.addPage();
    doc.fontSize(22).text(title, 72, 90);
    doc.fontSize(14).text(`Halaman ${String(page)} dari ${String(pages)}`, 72, 130);
    doc.rect(72, 170, 450, 2).fill('#333333');
    for (let line = 0; line < 18; line += 1)
      doc
        .fillColor('#555555')
        .fontSize(11)
        .text(`Baris isi naskah nomor ${String(line + 1)} pada halaman ${String(page)}.`, 72, 190 + line * 22);
  }
  doc.end();
  return done;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function writeFixture(path: string, bytes: Buffer): string {
  writeFileSync(path, bytes);
  return path;
}
