import QRCode from 'qrcode';
import { ordnerYears, type Ordner } from '../../../shared/domain/ordner';
import type { PrintFonts } from '../support/resources';
import { fitSize, MM, startPdf } from './pdfDoc';

/** Spine colours as printed: the ordner's colour band at the top of its label. */
export const spineHex: Record<Ordner['colour'], string> = {
  biru: '#1f5fae',
  merah: '#b3261e',
  hijau: '#2e7d32',
  kuning: '#e0a800',
  hitam: '#222222',
  abu: '#757575',
  oranye: '#e8710a',
  ungu: '#6a3d9a',
};

/** Label sizes for lever-arch spines: 5 cm and 8 cm ordners (mm). */
const LABEL = { 5: { width: 38, height: 190 }, 8: { width: 58, height: 190 } } as const;

function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const quiet = 2;
  const cell = size / (modules.size + quiet * 2);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill('#000000').restore();
}

function drawLabel(doc: PDFKit.PDFDocument, ordner: Ordner, x: number, y: number, spine: 5 | 8): void {
  const w = LABEL[spine].width * MM;
  const h = LABEL[spine].height * MM;
  const pad = 2.5 * MM;
  const inner = w - pad * 2;
  const wide = spine === 8;

  // Cut line.
  doc.save().lineWidth(0.4).dash(2, { space: 2 }).strokeColor('#9e9e9e').rect(x, y, w, h).stroke().undash().restore();

  // Colour band with the unit.
  const band = 16 * MM;
  doc.rect(x, y, w, band).fill(spineHex[ordner.colour]);
  const textOnBand = ordner.colour === 'kuning' ? '#000000' : '#ffffff';
  doc
    .fillColor(textOnBand)
    .font('SansBold')
    .fontSize(wide ? 8 : 6.5);
  doc.text((ordner.unitName ?? '').toUpperCase(), x + pad, y + 2.5 * MM, {
    width: inner,
    height: band - 3 * MM,
    align: 'center',
    lineGap: 0,
    ellipsis: true,
  });

  // Code and year, across the spine.
  let cursor = y + band + 4 * MM;
  doc.fillColor('#000000').font('SansBold');
  const codeSize = fitSize(doc, ordner.code, inner, wide ? 20 : 14, 6);
  doc.fontSize(codeSize).text(ordner.code, x + pad, cursor, { width: inner, align: 'center', lineBreak: false });
  cursor += codeSize * 1.35;
  const years = ordnerYears(ordner);
  const yearSize = fitSize(doc, years, inner, wide ? 22 : 16, 7);
  doc.fontSize(yearSize).text(years, x + pad, cursor, { width: inner, align: 'center', lineBreak: false });
  cursor += yearSize * 1.3;
  if (ordner.classificationCode) {
    doc
      .font('Sans')
      .fontSize(wide ? 9 : 7.5)
      .text(ordner.classificationCode, x + pad, cursor, { width: inner, align: 'center', lineBreak: false });
    cursor += (wide ? 9 : 7.5) * 1.4;
  }
  if (ordner.access === 'tertutup') {
    const tag = 5.5 * MM;
    doc.rect(x + pad, cursor, inner, tag).fill('#b3261e');
    doc
      .fillColor('#ffffff')
      .font('SansBold')
      .fontSize(wide ? 9 : 7)
      .text('TERTUTUP', x + pad, cursor + 1.2 * MM, { width: inner, align: 'center', lineBreak: false });
    doc.fillColor('#000000');
    cursor += tag + 2 * MM;
  }

  // QR of the code at the foot, then the title along the spine in the space left.
  const qr = Math.min(inner, 30 * MM);
  const qrY = y + h - pad - qr;
  drawQr(doc, ordner.code, x + (w - qr) / 2, qrY, qr);
  const titleTop = cursor + 3 * MM;
  const titleBottom = qrY - 4 * MM;
  const run = titleBottom - titleTop;
  // Read from bottom to top, as on a shelf of lever-arch files.
  doc.save();
  doc.rotate(-90, { origin: [x + pad, titleBottom] });
  doc
    .font('SansBold')
    .fontSize(wide ? 15 : 11)
    .fillColor('#000000');
  // After the rotation the lines stack across the spine: centre the block in its width.
  const block = Math.min(inner, doc.heightOfString(ordner.title, { width: run, lineGap: 1 }));
  doc.text(ordner.title, x + pad, titleBottom + (inner - block) / 2, {
    width: run,
    height: inner,
    align: 'center',
    lineGap: 1,
    ellipsis: true,
  });
  doc.restore();
}

/** Corner cut marks just outside a label: the sheet is cut on them even where the dashed line is faint. */
function cutMarks(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number): void {
  const len = 2.5 * MM;
  const off = 0.8 * MM;
  doc.save().lineWidth(0.3).strokeColor('#000000');
  for (const [cx, cy, dx, dy] of [
    [x, y, -1, -1],
    [x + w, y, 1, -1],
    [x, y + h, -1, 1],
    [x + w, y + h, 1, 1],
  ] as const) {
    doc
      .moveTo(cx + dx * off, cy)
      .lineTo(cx + dx * (off + len), cy)
      .stroke();
    doc
      .moveTo(cx, cy + dy * off)
      .lineTo(cx, cy + dy * (off + len))
      .stroke();
  }
  doc.restore();
}

/** Sheet sizes in mm for the labels (portrait). */
const SHEETS = { a4: [210, 297], f4: [215, 330] } as const;

/**
 * Label punggung: as many spine labels per sheet as fit (5 cm and 8 cm ones side by side, in the
 * order chosen), on A4 or F4, each with a dashed cut line and corner cut marks.
 */
export async function printSpineLabels(
  ordners: readonly Ordner[],
  fonts: PrintFonts,
  at: Date,
  paper: keyof typeof SHEETS = 'a4',
): Promise<Buffer> {
  const { doc, finish } = startPdf(fonts, 'Label punggung ordner', at, { autoFirstPage: false });
  const [sheetWidth, sheetHeight] = SHEETS[paper];
  const gap = 3;
  const usable = sheetWidth - 2 * 4;
  // Rows of labels, filled left to right while they fit the usable width.
  const rows: Ordner[][] = [];
  let width = Infinity;
  for (const ordner of ordners) {
    const w = LABEL[ordner.spineCm].width;
    const row = rows[rows.length - 1];
    if (row && width + gap + w <= usable) {
      row.push(ordner);
      width += gap + w;
    } else {
      rows.push([ordner]);
      width = w;
    }
  }
  const height = LABEL[5].height;
  const perSheet = Math.max(1, Math.floor((sheetHeight - 20 + gap) / (height + gap)));
  rows.forEach((row, index) => {
    const slot = index % perSheet;
    if (slot === 0) {
      doc.addPage({ size: [sheetWidth * MM, sheetHeight * MM], margin: 0 });
      doc.font('Sans').fontSize(7).fillColor('#757575');
      doc.text(`Label punggung ordner (${paper.toUpperCase()}) — potong pada garis dan tanda potong`, 10 * MM, 6 * MM, {
        lineBreak: false,
      });
    }
    const rowWidth = row.reduce((sum, o) => sum + LABEL[o.spineCm].width, 0) + gap * (row.length - 1);
    const used = Math.min(perSheet, rows.length - (index - slot)) * (height + gap) - gap;
    const top = (sheetHeight - used) / 2 + slot * (height + gap);
    let x = (sheetWidth - rowWidth) / 2;
    for (const ordner of row) {
      const { width: w } = LABEL[ordner.spineCm];
      drawLabel(doc, ordner, x * MM, top * MM, ordner.spineCm);
      cutMarks(doc, x * MM, top * MM, w * MM, height * MM);
      x += w + gap;
    }
  });
  return finish();
}
