import PDFDocument from 'pdfkit';
import type { PaperSize, Signature } from '../../../../shared/domain/export';
import { indonesianDate } from '../../../../shared/domain/dateWords';
import { paperPoints } from '../../../../shared/domain/export';
import type { PrintFonts } from '../../support/resources';
import { paginate, type Block, type PageGeometry } from './paginate';
import { createGlyphWriter, pdfNumber } from './glyphRuns';
import { cachedMeasure, wrapText, type Measure } from './wrap';

export interface TableColumn {
  header: string;
  /** Share of the table width. */
  weight: number;
  align?: 'left' | 'center';
}

export type TableRow = { kind: 'group'; text: string } | { kind: 'row'; cells: string[] };

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** Fixed per document so the same list gives the same bytes. */
  madeAt: string;
}

export interface TablePdfSpec {
  paper: PaperSize;
  landscape: boolean;
  meta: PdfMeta;
  columns: TableColumn[];
  rows: TableRow[];
  /** Draws the first page's block above the table (kop surat and title); returns the y below it. */
  drawFirstPage: (doc: PDFKit.PDFDocument, area: { left: number; right: number; top: number }) => number;
  signature: Signature | null;
  /** Small text at the bottom left of every page (the audit head hash). */
  footerNote: string;
}

const BODY = 'Body';
const BOLD = 'Bold';
const SIZE = 7.5;
const HEADER_SIZE = 7.5;
const LINE = SIZE * 1.28;
const PAD = 2.5;
const MARGIN = 34;
const FOOTER = 30;
const SIGNATURE_HEIGHT = 118;

export type Progress = (done: number, total: number) => void;

interface Prepared {
  cells: string[][];
  group: boolean;
}

/**
 * Draws a bordered table over as many pages as it needs with pdfkit, laid out in two passes:
 * measure and paginate first (so "Halaman x dari y" is known while drawing and pages need not be
 * buffered), then draw. Used by the DIP, the DIK, the SK lampiran and the edition diff.
 */
export function renderTablePdf(spec: TablePdfSpec, fonts: PrintFonts, progress: Progress = () => undefined): Promise<Buffer> {
  const [w, h] = paperPoints[spec.paper];
  const size: [number, number] = spec.landscape ? [h, w] : [w, h];
  const madeAt = new Date(spec.meta.madeAt);
  const doc = new PDFDocument({
    size,
    autoFirstPage: false,
    margin: MARGIN,
    compress: true,
    lang: 'id-ID',
    displayTitle: true,
    info: {
      Title: spec.meta.title,
      Author: spec.meta.author,
      Subject: spec.meta.subject,
      Creator: 'Lemari',
      Producer: 'Lemari',
      CreationDate: madeAt,
      ModDate: madeAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolveDone, reject) => {
    doc.on('end', () => resolveDone(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont(BODY, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  doc.font(BODY).fontSize(SIZE);
  const measureBody: Measure = cachedMeasure((text) => doc.font(BODY).fontSize(SIZE).widthOfString(text));
  const measureBold: Measure = cachedMeasure((text) => doc.font(BOLD).fontSize(HEADER_SIZE).widthOfString(text));

  const pageWidth = size[0];
  const pageHeight = size[1];
  const tableWidth = pageWidth - 2 * MARGIN;
  const totalWeight = spec.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = spec.columns.map((column) => (column.weight / totalWeight) * tableWidth);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((sum, width) => sum + width, 0));

  // Pass 1: measure.
  const headerCells = spec.columns.map((column, i) => wrapText(column.header, (widths[i] ?? 0) - 2 * PAD, measureBold));
  const headerLines = Math.max(...headerCells.map((lines) => lines.length));
  const headerHeight = headerLines * LINE + 2 * PAD;
  // Whole cells repeat too (unit, place, media, retention): each distinct text is wrapped once per column.
  const wrapped = spec.columns.map(() => new Map<string, string[]>());
  const wrapCell = (cell: string, i: number): string[] => {
    const cache = wrapped[i];
    let lines = cache?.get(cell);
    if (lines === undefined) {
      lines = wrapText(cell, (widths[i] ?? 0) - 2 * PAD, measureBody);
      if (cache && cache.size < 50_000) cache.set(cell, lines);
    }
    return lines;
  };
  const prepared: Prepared[] = spec.rows.map((row) =>
    row.kind === 'group'
      ? { cells: [wrapText(row.text, tableWidth - 2 * PAD, measureBold)], group: true }
      : { cells: row.cells.map(wrapCell), group: false },
  );
  const blocks: Block[] = prepared.map((row) => ({ lines: Math.max(...row.cells.map((lines) => lines.length)), keepWithNext: row.group }));

  doc.addPage();
  const firstTop = spec.drawFirstPage(doc, { left: MARGIN, right: pageWidth - MARGIN, top: MARGIN });
  const geometry: PageGeometry = {
    firstTop,
    top: MARGIN,
    bottom: pageHeight - FOOTER - 6,
    headerHeight,
    lineHeight: LINE,
    padding: PAD,
    signatureHeight: spec.signature ? SIGNATURE_HEIGHT : 0,
  };
  const { pages, signatureY } = paginate(blocks, geometry);

  // Pass 2: draw. Cell borders and text go into the page as raw operators, a page's worth at a
  // time: pdfkit's rect()/text() would add a save, a flip, a second layout and a restore per line.
  const body = createGlyphWriter(doc, BODY, SIZE);
  const paths: string[] = [];
  const texts: string[] = [];
  const flush = () => {
    if (paths.length === 0 && texts.length === 0) return;
    let content = '';
    if (paths.length > 0) content += `${paths.join('\n')}\nS\n`;
    if (texts.length > 0) content += `q\n1 0 0 -1 0 ${pdfNumber(pageHeight)} cm\nBT\n${body.select()}\n${texts.join('\n')}\nET\nQ\n`;
    doc.addContent(Buffer.from(content, 'latin1'));
    paths.length = 0;
    texts.length = 0;
  };
  const cellLine = (line: string, x: number, y: number) => {
    if (line === '') return;
    const operators = body.line(line, x, y, pageHeight);
    if (operators !== null) {
      texts.push(operators);
      return;
    }
    flush();
    doc.font(BODY).fontSize(SIZE).text(line, x, y, { lineBreak: false });
  };
  const drawHeader = (top: number) => {
    doc.rect(MARGIN, top, tableWidth, headerHeight).fillColor('#e6e6e6').fill();
    doc.fillColor('#000000').font(BOLD).fontSize(HEADER_SIZE);
    headerCells.forEach((lines, i) => {
      const x = xs[i] ?? MARGIN;
      const width = widths[i] ?? 0;
      doc.rect(x, top, width, headerHeight).stroke();
      const offset = ((headerLines - lines.length) * LINE) / 2;
      lines.forEach((line, l) => {
        const lineWidth = measureBold(line);
        doc.text(line, x + (width - lineWidth) / 2, top + PAD + offset + l * LINE, { lineBreak: false });
      });
    });
  };
  const drawFooter = (index: number) => {
    doc.font(BODY).fontSize(6.5).fillColor('#000000');
    const label = `Halaman ${String(index + 1)} dari ${String(pages.length)}`;
    doc.text(label, pageWidth - MARGIN - doc.widthOfString(label), pageHeight - FOOTER + 8, { lineBreak: false });
    if (spec.footerNote !== '') doc.fillColor('#555555').text(spec.footerNote, MARGIN, pageHeight - FOOTER + 8, { lineBreak: false });
    doc.fillColor('#000000');
  };

  let drawn = 0;
  const total = spec.rows.length;
  pages.forEach((placements, pageIndex) => {
    if (pageIndex > 0) doc.addPage();
    // A PDF page starts from the default graphics state: the thin rule is set on every page.
    doc.lineWidth(0.5).strokeColor('#000000');
    const top = pageIndex === 0 ? firstTop : MARGIN;
    drawHeader(top);
    for (const placement of placements) {
      const row = prepared[placement.block];
      if (!row) continue;
      if (row.group) {
        flush();
        doc.rect(MARGIN, placement.y, tableWidth, placement.height).fillColor('#f3f3f3').fill();
        doc.fillColor('#000000').rect(MARGIN, placement.y, tableWidth, placement.height).stroke();
        doc.font(BOLD).fontSize(HEADER_SIZE);
        (row.cells[0] ?? []).slice(placement.fromLine, placement.toLine).forEach((line, l) => {
          doc.text(line, MARGIN + PAD, placement.y + PAD + l * LINE, { lineBreak: false });
        });
      } else {
        const y = pdfNumber(placement.y);
        const height = pdfNumber(placement.height);
        row.cells.forEach((lines, i) => {
          const x = xs[i] ?? MARGIN;
          const width = widths[i] ?? 0;
          paths.push(`${pdfNumber(x)} ${y} ${pdfNumber(width)} ${height} re`);
          const center = spec.columns[i]?.align === 'center';
          for (let l = placement.fromLine; l < placement.toLine && l < lines.length; l += 1) {
            const line = lines[l] ?? '';
            const left = center ? x + (width - measureBody(line)) / 2 : x + PAD;
            cellLine(line, left, placement.y + PAD + (l - placement.fromLine) * LINE);
          }
        });
      }
      if (placement.toLine >= (blocks[placement.block]?.lines ?? 0)) {
        drawn += 1;
        if (drawn % 250 === 0) progress(drawn, total);
      }
    }
    flush();
    if (pageIndex === pages.length - 1 && spec.signature) drawSignature(doc, spec.signature, pageWidth - MARGIN, signatureY + 14);
    drawFooter(pageIndex);
  });
  progress(total, total);
  doc.end();
  return done;
}

function drawSignature(doc: PDFKit.PDFDocument, signature: Signature, right: number, top: number): void {
  const width = 230;
  const left = right - width;
  const options = { width, align: 'center' as const };
  doc.font(BODY).fontSize(9).fillColor('#000000');
  const place = signature.place === '' ? indonesianDate(signature.date) : `${signature.place}, ${indonesianDate(signature.date)}`;
  doc.text(place, left, top, options);
  doc.text(signature.position, left, doc.y, options);
  const nameTop = doc.y + 40;
  doc.font(BOLD).text(signature.name, left, nameTop, { ...options, underline: signature.name !== '' });
  doc.font(BODY);
  if (signature.nip !== '') doc.text(`NIP. ${signature.nip}`, left, doc.y, options);
}
