import type { AgencyProfile } from '../../../shared/domain/agency';
import { indonesianDate } from '../../../shared/domain/dateWords';
import { letterheadOf, paperPoints, type PaperSize } from '../../../shared/domain/export';
import { drawKopSurat } from '../export/pdf/kopSurat';
import { startPdf } from '../ordner/pdfDoc';
import type { PrintFonts } from '../support/resources';
import type { RegisterBook, RegisterColumn } from './register.rows';

const MM = 72 / 25.4;
const FONT = 6.5;
const HEAD_FONT = 6;
const PAD = 2;
/** The length a rotated tick-column header may run (points). */
const ROTATED = 58;

/** The body's one kop surat (export/pdf/kopSurat.ts), as the letters, the report and the lists carry it. */
function kop(doc: PDFKit.PDFDocument, a: AgencyProfile, left: number, right: number, top: number): number {
  const head = letterheadOf(a);
  return drawKopSurat(doc, head, { left, right, top });
}

interface Layout {
  left: number;
  widths: number[];
}

function layoutOf(columns: readonly RegisterColumn[], left: number, width: number): Layout {
  const total = columns.reduce((sum, c) => sum + c.mm, 0);
  return { left, widths: columns.map((c) => (c.mm / total) * width) };
}

const xOf = (layout: Layout, i: number) => layout.left + layout.widths.slice(0, i).reduce((a, b) => a + b, 0);

/** The two-row header: group titles over their tick columns, the other headers spanning both rows. */
function drawHeader(doc: PDFKit.PDFDocument, columns: readonly RegisterColumn[], layout: Layout, top: number): number {
  doc.font('Bold').fontSize(HEAD_FONT);
  const groups = [...new Set(columns.flatMap((c) => (c.group ? [c.group] : [])))];
  const groupHeight = groups.length === 0 ? 0 : Math.max(...groups.map((g) => groupSpan(doc, columns, layout, g).height)) + 2 * PAD;
  const subHeight = Math.max(
    ...columns.map((c, i) =>
      c.tick ? ROTATED + 2 * PAD : doc.heightOfString(c.header, { width: (layout.widths[i] ?? 0) - 2 * PAD, align: 'center' }) + 2 * PAD,
    ),
  );
  const height = groupHeight + subHeight;
  doc.lineWidth(0.5);
  for (const group of groups) {
    const span = groupSpan(doc, columns, layout, group);
    doc.rect(span.x, top, span.width, groupHeight).fillAndStroke('#e8eeec', '#000000');
    doc.fillColor('#000000').text(group, span.x + PAD, top + PAD, { width: span.width - 2 * PAD, align: 'center' });
  }
  columns.forEach((c, i) => {
    const x = xOf(layout, i);
    const w = layout.widths[i] ?? 0;
    const y = c.group ? top + groupHeight : top;
    const h = c.group ? subHeight : height;
    doc.rect(x, y, w, h).fillAndStroke('#e8eeec', '#000000');
    doc.fillColor('#000000');
    if (c.tick) {
      // A narrow tick column's header reads bottom to top, as printed registers set it, so no word is cut.
      const textHeight = doc.heightOfString(c.header, { width: h - 2 * PAD, align: 'center' });
      doc.save();
      doc.translate(x + (w - textHeight) / 2, y + h - PAD);
      doc.rotate(-90);
      doc.text(c.header, 0, 0, { width: h - 2 * PAD, align: 'center' });
      doc.restore();
      return;
    }
    const textHeight = doc.heightOfString(c.header, { width: w - 2 * PAD, align: 'center' });
    doc.text(c.header, x + PAD, y + (h - textHeight) / 2, { width: w - 2 * PAD, align: 'center' });
  });
  // The column numbers under the header, as printed registers number them (1, 2, 3 …).
  const numbers = 9;
  columns.forEach((_c, i) => {
    const x = xOf(layout, i);
    const w = layout.widths[i] ?? 0;
    doc.rect(x, top + height, w, numbers).stroke();
    doc
      .font('Body')
      .fontSize(5.5)
      .text(String(i + 1), x, top + height + 2, { width: w, align: 'center' });
  });
  return top + height + numbers;
}

function groupSpan(doc: PDFKit.PDFDocument, columns: readonly RegisterColumn[], layout: Layout, group: string) {
  const first = columns.findIndex((c) => c.group === group);
  const count = columns.filter((c) => c.group === group).length;
  const x = xOf(layout, first);
  const width = layout.widths.slice(first, first + count).reduce((a, b) => a + b, 0);
  return { x, width, height: doc.heightOfString(group, { width: width - 2 * PAD, align: 'center' }) };
}

/**
 * A register book as a landscape PDF on A4 or F4: kop surat, title, the Perki columns with the header
 * repeated on every page, and each page marked as an internal book holding personal data.
 */
export function renderRegisterPdf(
  book: RegisterBook,
  agency: AgencyProfile,
  paper: PaperSize,
  at: Date,
  fonts: PrintFonts,
): Promise<Buffer> {
  const [portraitWidth, portraitHeight] = paperPoints[paper];
  const [width, height] = [portraitHeight, portraitWidth];
  const title = book.title;
  const { doc, finish } = startPdf(fonts, title, at, { size: [width, height] });
  doc.font('Body');
  const left = 10 * MM;
  const right = width - 10 * MM;
  const bottom = height - 14 * MM;
  const layout = layoutOf(book.columns, left, right - left);

  let y = kop(doc, agency, left, right, 10 * MM);
  doc
    .font('Bold')
    .fontSize(11)
    .text(title, left, y + 2, { width: right - left, align: 'center' });
  doc
    .font('Body')
    .fontSize(8)
    .text(`PPID ${agency.bodyName}`.trim(), left, doc.y + 1, { width: right - left, align: 'center' });
  y = drawHeader(doc, book.columns, layout, doc.y + 6);

  if (book.rows.length === 0) {
    doc
      .font('Body')
      .fontSize(FONT + 1)
      .text('Belum ada catatan pada tahun ini.', left, y + 6, { width: right - left, align: 'center' });
  }
  for (const cells of book.rows) {
    doc.font('Body').fontSize(FONT);
    const rowHeight = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: (layout.widths[i] ?? 0) - 2 * PAD }))) + 2 * PAD;
    if (y + rowHeight > bottom) {
      doc.addPage({ size: [width, height], margin: 0 });
      y = drawHeader(doc, book.columns, layout, 10 * MM);
      doc.font('Body').fontSize(FONT);
    }
    cells.forEach((cell, i) => {
      const x = xOf(layout, i);
      const w = layout.widths[i] ?? 0;
      doc.lineWidth(0.4).rect(x, y, w, rowHeight).stroke();
      if (book.columns[i]?.tick) {
        // The font has no "√": the tick is drawn, centred at the top of the cell as a pen would make it.
        if (cell !== '') {
          const cx = x + w / 2;
          const cy = y + PAD + 4;
          doc
            .lineWidth(0.9)
            .moveTo(cx - 3, cy)
            .lineTo(cx - 1, cy + 2.5)
            .lineTo(cx + 3.5, cy - 3)
            .stroke()
            .lineWidth(0.4);
        }
        return;
      }
      doc.text(cell, x + PAD, y + PAD, { width: w - 2 * PAD });
    });
    y += rowHeight;
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc
      .font('Body')
      .fontSize(6.5)
      .fillColor('#555555')
      .text(
        `${title} · dokumen internal, memuat data pribadi pemohon (UU 27/2022) · dicetak ${indonesianDate(at.toISOString())} · halaman ${String(i + 1)} dari ${String(range.count)}`,
        left,
        height - 9 * MM,
        { width: right - left, align: 'center', lineBreak: false },
      );
    doc.fillColor('#000000');
  }
  return finish();
}
