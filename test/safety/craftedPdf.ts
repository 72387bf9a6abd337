import { deflateSync } from 'node:zlib';

/** Where the crafted PDF hides the secret; every other place holds harmless words. */
export type HidingPlace =
  'content' | 'annotation' | 'formField' | 'xmpAttribute' | 'xmpEntities' | 'infoCustom' | 'outline' | 'attachment' | 'objectStreamRaw';

/** A PDF text string as UTF-16BE hex: no raw-byte search finds it, even after inflating its stream. */
function hexString(text: string): string {
  const utf16 = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${utf16.toString('hex').toUpperCase()}>`;
}

function entities(text: string): string {
  return Array.from(text, (ch) => `&#x${(ch.codePointAt(0) ?? 0).toString(16)};`).join('');
}

/**
 * A hand-built PDF 1.5 the way scanners and office suites write them: every dictionary packed into one
 * FlateDecode object stream, a cross-reference stream instead of a table, FlateDecode page content, a
 * compressed XMP packet, an annotation, a filled form field, a bookmark and an attached file. `secret`
 * goes into one place only (`where`); nothing of it appears in the file's raw bytes. pdf.js, pdftotext and
 * every viewer open it.
 */
export function craftedPdf(secret: string, where: HidingPlace): Buffer {
  const say = (place: HidingPlace, harmless: string) => (where === place ? secret : harmless);
  const pageText = say('content', 'Salinan publik perjanjian kerja');
  // Text drawn with a hex string in a compressed content stream.
  const content = deflateSync(Buffer.from(`BT /F1 12 Tf 72 760 Td ${hexStringLatin(pageText)} Tj ET\n`, 'latin1'));
  const xmpValue = where === 'xmpEntities' ? entities(secret) : 'Salinan publik';
  const xmpAttr = where === 'xmpAttribute' ? secret.replace(/"/g, "'") : 'umum';
  const xmp = deflateSync(
    Buffer.from(
      `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
        `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/" pdfx:Kasus="${xmpAttr}">` +
        `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmpValue}</rdf:li></rdf:Alt></dc:description>` +
        `</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`,
      'utf8',
    ),
  );
  const attached = deflateSync(Buffer.from(`Catatan: ${say('attachment', 'lampiran umum')}\n`, 'utf8'));

  // Dictionaries that live inside the object stream, by object number.
  const packed: Record<number, string> = {
    1: '<< /Type /Catalog /Pages 2 0 R /Metadata 7 0 R /Outlines 12 0 R /AcroForm << /Fields [6 0 R] >> /Names << /EmbeddedFiles << /Names [(catatan.txt) 13 0 R] >> >> >>',
    2: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    3: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [8 0 R 6 0 R] >>',
    5: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    6: `<< /Type /Annot /Subtype /Widget /FT /Tx /T (nama) /DA (/F1 12 Tf 0 g) /V ${hexString(say('formField', 'Budi'))} /Rect [72 600 300 620] /P 3 0 R /F 4 >>`,
    8: `<< /Type /Annot /Subtype /Text /Contents ${hexString(say('annotation', 'Catatan petugas'))} /Rect [72 650 92 670] /P 3 0 R >>`,
    10: `<< /Producer (Pemindai Kantor) /Kasus ${hexString(say('infoCustom', 'umum'))} >>`,
    12: '<< /Type /Outlines /First 14 0 R /Last 14 0 R /Count 1 >>',
    13: '<< /Type /Filespec /F (catatan.txt) /UF (catatan.txt) /EF << /F 15 0 R >> >>',
    14: `<< /Title ${hexString(say('outline', 'Halaman satu'))} /Parent 12 0 R /Dest [3 0 R /Fit] >>`,
  };
  if (where === 'objectStreamRaw') packed[16] = `<< /Kasus (${secret.replace(/[()\\]/g, '')}) >>`;
  const packedIds = Object.keys(packed).map(Number);
  let header = '';
  let body = '';
  for (const id of packedIds) {
    header += `${String(id)} ${String(body.length)} `;
    body += `${packed[id] ?? ''}\n`;
  }
  const objStm = deflateSync(Buffer.from(header + body, 'latin1'));

  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = new Map<number, number>();
  let length = parts[0]?.length ?? 0;
  const add = (id: number, dict: string, stream?: Buffer) => {
    offsets.set(id, length);
    const chunk = stream
      ? Buffer.concat([
          Buffer.from(`${String(id)} 0 obj\n${dict}\nstream\n`, 'latin1'),
          stream,
          Buffer.from('\nendstream\nendobj\n', 'latin1'),
        ])
      : Buffer.from(`${String(id)} 0 obj\n${dict}\nendobj\n`, 'latin1');
    parts.push(chunk);
    length += chunk.length;
  };
  add(4, `<< /Length ${String(content.length)} /Filter /FlateDecode >>`, content);
  add(7, `<< /Type /Metadata /Subtype /XML /Length ${String(xmp.length)} /Filter /FlateDecode >>`, xmp);
  add(15, `<< /Type /EmbeddedFile /Length ${String(attached.length)} /Filter /FlateDecode >>`, attached);
  add(
    9,
    `<< /Type /ObjStm /N ${String(packedIds.length)} /First ${String(header.length)} /Length ${String(objStm.length)} /Filter /FlateDecode >>`,
    objStm,
  );

  // Cross-reference stream, W [1 4 2]: type 1 = offset, type 2 = (object stream, index).
  const xrefId = 11;
  const size = Math.max(xrefId, ...packedIds, ...offsets.keys()) + 1;
  const rows = Buffer.alloc(size * 7);
  const entry = (id: number, type: number, field2: number, field3: number) => {
    rows.writeUInt8(type, id * 7);
    rows.writeUInt32BE(field2, id * 7 + 1);
    rows.writeUInt16BE(field3, id * 7 + 5);
  };
  for (let id = 0; id < size; id += 1) {
    const index = packedIds.indexOf(id);
    if (id === 0) entry(id, 0, 0, 65535);
    else if (index >= 0) entry(id, 2, 9, index);
    else if (id === xrefId) entry(id, 1, length, 0);
    else entry(id, offsets.has(id) ? 1 : 0, offsets.get(id) ?? 0, 0);
  }
  const xref = deflateSync(rows);
  const xrefAt = length;
  add(
    xrefId,
    `<< /Type /XRef /Size ${String(size)} /W [1 4 2] /Root 1 0 R /Info 10 0 R /Length ${String(xref.length)} /Filter /FlateDecode >>`,
    xref,
  );
  parts.push(Buffer.from(`startxref\n${String(xrefAt)}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Page text as a hex string in WinAnsi (Helvetica's encoding), so the words are not plain in the stream. */
function hexStringLatin(text: string): string {
  return `<${Buffer.from(text, 'latin1').toString('hex').toUpperCase()}>`;
}
