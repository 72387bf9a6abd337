import type { Letterhead } from '../../../../shared/domain/export';

/** Font names as each document registered them (the lists: Body/Bold; the sheets: Sans/SansBold). */
export interface KopFonts {
  regular: string;
  bold: string;
}

export const listFonts: KopFonts = { regular: 'Body', bold: 'Bold' };
export const sheetFonts: KopFonts = { regular: 'Sans', bold: 'SansBold' };

function dataUrlImage(logo: string | null): Buffer | null {
  const match = logo === null ? null : /^data:image\/(png|jpeg);base64,(.+)$/.exec(logo);
  return match?.[2] ? Buffer.from(match[2], 'base64') : null;
}

/**
 * The one kop surat every printed document carries (issue 12 item 7): the logo at the left, the
 * body's name, the unit line, address and contacts centred, a double rule beneath. Returns the y
 * below it. Used by the DIP/DIK lists, the Lembar Pengujian Konsekuensi and the daftar isi ordner.
 */
export function drawKopSurat(
  doc: PDFKit.PDFDocument,
  head: Letterhead,
  box: { left: number; right: number; top: number },
  fonts: KopFonts = listFonts,
): number {
  const { left, right, top } = box;
  const logo = dataUrlImage(head.logo);
  const logoSize = 58;
  if (logo) {
    try {
      doc.image(logo, left, top, { fit: [logoSize, logoSize] });
    } catch {
      // A damaged logo must not stop the document from printing; the kop simply has no picture.
    }
  }
  const textLeft = left + logoSize + 8;
  const width = right - textLeft - logoSize - 8;
  const centered = { width, align: 'center' as const };
  let y = top;
  doc.fillColor('#000000');
  if (head.bodyName !== '') {
    doc.font(fonts.bold).fontSize(14).text(head.bodyName.toUpperCase(), textLeft, y, centered);
    y = doc.y;
  }
  if (head.unitName !== '') {
    doc.font(fonts.bold).fontSize(11).text(head.unitName.toUpperCase(), textLeft, y, centered);
    y = doc.y;
  }
  const address = [head.address, head.city].filter((part) => part !== '').join(', ');
  if (address !== '') {
    doc
      .font(fonts.regular)
      .fontSize(8.5)
      .text(address, textLeft, y + 1, centered);
    y = doc.y;
  }
  const contact = [head.phone === '' ? '' : `Telp. ${head.phone}`, head.email, head.website].filter((part) => part !== '').join(' · ');
  if (contact !== '') {
    doc.font(fonts.regular).fontSize(8.5).text(contact, textLeft, y, centered);
    y = doc.y;
  }
  const ruleY = Math.max(y, top + (logo ? logoSize : 0)) + 4;
  doc.lineWidth(1.5).moveTo(left, ruleY).lineTo(right, ruleY).stroke();
  doc
    .lineWidth(0.5)
    .moveTo(left, ruleY + 2.5)
    .lineTo(right, ruleY + 2.5)
    .stroke();
  doc.font(fonts.regular);
  return ruleY + 10;
}
