import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../main/core/createCore';
import { tempDir } from '../support/tempArchive';
import { multiPageTiff } from '../support/tiffPages';
import { pdfBytes, pngBytes, tiffBytes } from './fixtures';
import { blobCount, fileIn, filesUnder, openCore } from './helpers';

/**
 * RELIABILITY #11 and #23 (issue 13 item 6): hostile files crafted byte by byte, each refused at vault
 * ingest with its own message, leaving no object, no temp file and no row. Honest files still go in.
 */
const PNG_SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr[16] = 8;
  ihdr[17] = 2;
  return Buffer.concat([PNG_SIG, ihdr, Buffer.alloc(40)]);
}

/** A 210-byte TIFF whose one page claims 100000×100000 pixels. */
function hugeTiff(): Buffer {
  const out = Buffer.alloc(210);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(8, 4);
  out.writeUInt16LE(3, 8);
  const entry = (i: number, tag: number, type: number, value: number) => {
    out.writeUInt16LE(tag, 10 + i * 12);
    out.writeUInt16LE(type, 12 + i * 12);
    out.writeUInt32LE(1, 14 + i * 12);
    out.writeUInt32LE(value, 18 + i * 12);
  };
  entry(0, 256, 4, 100_000);
  entry(1, 257, 4, 100_000);
  entry(2, 273, 4, 60);
  return out;
}

/** A TIFF whose first page is honest and whose second page lies past the end of the file. */
function tiffWithMissingPage(): Buffer {
  const one = tiffBytes('II');
  const lying = Buffer.from(one);
  lying.writeUInt32LE(1_000_000, 10 + 36); // next IFD: far beyond the file
  return lying;
}

function jpegClaiming(width: number, height: number): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'),
    sof,
    Buffer.from([0xff, 0xd9]),
  ]);
}

function rawPdf(body: string): Buffer {
  return Buffer.from(`%PDF-1.7\n${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/**
 * A PDF 1.5 whose catalog and action dictionaries are packed in a compressed object stream, as office
 * suites write them: the markers are nowhere in the file's raw bytes (checked), only once inflated.
 */
function packedPdf(objects: string[], length: 'direct' | 'indirect' = 'direct'): Buffer {
  let header = '';
  let body = '';
  objects.forEach((object, i) => {
    header += `${String(i + 1)} ${String(body.length)} `;
    body += `${object}\n`;
  });
  const packed = deflateSync(Buffer.from(header + body, 'latin1'));
  const lengthKey = length === 'direct' ? String(packed.length) : '9 0 R';
  const pdf = Buffer.concat([
    Buffer.from(
      `%PDF-1.5\n8 0 obj\n<< /Type /ObjStm /N ${String(objects.length)} /First ${String(header.length)} /Length ${lengthKey} /Filter /FlateDecode >>\nstream\n`,
      'latin1',
    ),
    packed,
    Buffer.from(`\nendstream\nendobj\n9 0 obj ${String(packed.length)} endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1'),
  ]);
  for (const marker of ['JavaScript', 'OpenAction', 'Launch']) if (pdf.includes(marker)) throw new Error(`${marker} is in the raw bytes`);
  return pdf;
}

const hostile: [string, () => Buffer, RegExp][] = [
  ['huge.tif', hugeTiff, /mengaku berukuran 100000×100000 piksel/],
  ['missing-page.tif', tiffWithMissingPage, /menyebut halaman atau data yang tidak ada/],
  ['huge.png', () => png(100_000, 100_000), /mengaku berukuran 100000×100000 piksel/],
  ['huge.jpg', () => jpegClaiming(65_000, 65_000), /mengaku berukuran 65000×65000 piksel/],
  [
    'svg.png',
    () => Buffer.concat([PNG_SIG, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')]),
    /berawalan PNG tetapi isinya bukan gambar PNG/,
  ],
  [
    'web.pdf',
    () => Buffer.from('%PDF-1.4\n<!doctype html><html><body><script>fetch("/api")</script></body></html>'),
    /berawalan PDF tetapi isinya halaman web/,
  ],
  [
    'script.pdf',
    () =>
      rawPdf('1 0 obj << /Type /Catalog /Names << /JavaScript 2 0 R >> >> endobj\n2 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj'),
    /memuat JavaScript/,
  ],
  [
    'escaped.pdf',
    () => rawPdf('1 0 obj << /Type /Catalog /AA << /O << /S /J#61vaScript /J#53 (app.alert(1)) >> >> >> endobj'),
    /memuat JavaScript/,
  ],
  [
    'packed-script.pdf',
    () => packedPdf(['<< /Type /Catalog /Names << /JavaScript 2 0 R >> >>', '<< /S /JavaScript /JS (app.alert(1)) >>']),
    /memuat JavaScript/,
  ],
  [
    'packed-open.pdf',
    () => packedPdf(['<< /Type /Catalog /OpenAction << /S /URI /URI (http://evil.example) >> >>'], 'indirect'),
    /berjalan sendiri saat dibuka/,
  ],
  ['packed-launch.pdf', () => packedPdf(['<< /Type /Catalog >>', '<< /S /Launch /F (cmd.exe) >>']), /menjalankan program \(Launch\)/],
  [
    'open.pdf',
    () => rawPdf('1 0 obj << /Type /Catalog /OpenAction << /S /URI /URI (http://evil.example) >> >> endobj'),
    /berjalan sendiri saat dibuka/,
  ],
  [
    'launch.pdf',
    () => rawPdf('1 0 obj << /Type /Catalog >> endobj\n2 0 obj << /S /Launch /F (cmd.exe) >> endobj'),
    /menjalankan program \(Launch\)/,
  ],
  [
    'encrypted.pdf',
    () =>
      rawPdf(
        '1 0 obj << /Type /Catalog >> endobj\n2 0 obj << /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >> endobj\ntrailer << /Encrypt 2 0 R >>',
      ),
    /terenkripsi/,
  ],
];

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('hostile files are refused at vault ingest (RELIABILITY #11, #23)', () => {
  for (const [name, make, message] of hostile) {
    it(`${name}: refused with its own message, nothing stored`, async () => {
      core = openCore();
      await core.vault.ready;
      const path = fileIn(tempDir('lemari-hostile-src-'), name, make());
      await expect(core.vault.ingest(path, name, 'uji')).rejects.toThrow(message);
      expect(blobCount(core)).toBe(0);
      expect(filesUnder(join(core.archiveDir, 'vault', 'objects'))).toEqual([]);
      expect(filesUnder(join(core.archiveDir, 'vault', 'tmp'))).toEqual([]);
    });
  }

  it('every refusal has words of its own', () => {
    const messages = hostile.map(([, , message]) => message.source);
    expect(new Set(messages).size).toBeGreaterThanOrEqual(9);
  });

  it('honest scans still go in: a real PDF, a PDF whose OpenAction is only a destination, PNG, JPEG header, multi-page TIFF', async () => {
    core = openCore();
    await core.vault.ready;
    const dir = tempDir('lemari-hostile-ok-');
    const pdfWithDestination = rawPdf('1 0 obj << /Type /Catalog /OpenAction [3 0 R /Fit] >> endobj');
    const honest: [string, Buffer][] = [
      ['laporan.pdf', await pdfBytes(3, 'Laporan')],
      ['halaman-pertama.pdf', pdfWithDestination],
      ['foto.png', pngBytes(40, 30, [200, 220, 240])],
      ['foto.jpg', jpegClaiming(2480, 3508)],
      [
        'pindaian.tif',
        multiPageTiff([
          { width: 60, height: 80, ink: [200, 0, 0] },
          { width: 60, height: 80, ink: [0, 0, 200] },
        ]),
      ],
      ['kecil.tif', tiffBytes('MM')],
    ];
    for (const [name, bytes] of honest) await expect(core.vault.ingest(fileIn(dir, name, bytes), name, 'uji'), name).resolves.toBeTruthy();
    expect(blobCount(core)).toBe(honest.length);
  });
});
