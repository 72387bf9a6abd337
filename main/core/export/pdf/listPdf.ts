import type { Letterhead, ListDocument, PaperSize, PdfLayout } from '../../../../shared/domain/export';
import {
  categoryHeadingPrinted,
  dikCells,
  dikColumnHeaders,
  dipCells,
  dipColumnHeaders,
  groupDip,
  indonesianDate,
  listTitle,
} from '../../../../shared/domain/export';
import type { PrintFonts } from '../../support/resources';
import { renderTablePdf, type Progress, type TableColumn, type TableRow } from './tablePdf';

export interface ListPdfOptions {
  paper: PaperSize;
  landscape: boolean;
  layout: PdfLayout;
}

const dipWeights = [3, 12, 16, 11, 11, 10, 8, 10, 11];
const dikWeights = [3, 18, 17, 20, 20, 12];

function tableOf(list: ListDocument): { columns: TableColumn[]; rows: TableRow[] } {
  if (list.kind === 'dip') {
    const columns = dipColumnHeaders.map((header, i) => ({
      header,
      weight: dipWeights[i] ?? 10,
      ...(i === 0 ? { align: 'center' as const } : {}),
    }));
    const rows: TableRow[] = [];
    groupDip(list.rows).forEach((group, g) => {
      rows.push({ kind: 'group', text: categoryHeadingPrinted(group.category, g) });
      group.rows.forEach((row, i) => rows.push({ kind: 'row', cells: dipCells(row, i + 1) }));
    });
    return { columns, rows };
  }
  const columns = dikColumnHeaders.map((header, i) => ({
    header,
    weight: dikWeights[i] ?? 10,
    ...(i === 0 ? { align: 'center' as const } : {}),
  }));
  return { columns, rows: list.rows.map((row, i) => ({ kind: 'row', cells: dikCells(row, i + 1) })) };
}

function dataUrlImage(logo: string | null): Buffer | null {
  const match = logo === null ? null : /^data:image\/(png|jpeg);base64,(.+)$/.exec(logo);
  return match?.[2] ? Buffer.from(match[2], 'base64') : null;
}

/** Kop surat: logo at the left, the body's name and address centred, a double rule beneath (fonts "Body" and "Bold"). */
export function drawKop(doc: PDFKit.PDFDocument, head: Letterhead, left: number, right: number, top: number): number {
  const logo = dataUrlImage(head.logo);
  const logoSize = 58;
  if (logo) {
    try {
      doc.image(logo, left, top, { fit: [logoSize, logoSize] });
    } catch {
      // A damaged logo must not stop the list from printing; the kop simply has no picture.
    }
  }
  const textLeft = left + logoSize + 8;
  const width = right - textLeft - logoSize - 8;
  const centered = { width, align: 'center' as const };
  let y = top;
  doc.fillColor('#000000');
  if (head.bodyName !== '') {
    doc.font('Bold').fontSize(14).text(head.bodyName.toUpperCase(), textLeft, y, centered);
    y = doc.y;
  }
  if (head.unitName !== '') {
    doc.font('Bold').fontSize(11).text(head.unitName.toUpperCase(), textLeft, y, centered);
    y = doc.y;
  }
  const address = [head.address, head.city].filter((part) => part !== '').join(', ');
  if (address !== '') {
    doc
      .font('Body')
      .fontSize(8.5)
      .text(address, textLeft, y + 1, centered);
    y = doc.y;
  }
  const contact = [head.phone === '' ? '' : `Telp. ${head.phone}`, head.email, head.website].filter((part) => part !== '').join(' · ');
  if (contact !== '') {
    doc.font('Body').fontSize(8.5).text(contact, textLeft, y, centered);
    y = doc.y;
  }
  const ruleY = Math.max(y, top + (logo ? logoSize : 0)) + 4;
  doc.lineWidth(1.5).moveTo(left, ruleY).lineTo(right, ruleY).stroke();
  doc
    .lineWidth(0.5)
    .moveTo(left, ruleY + 2.5)
    .lineTo(right, ruleY + 2.5)
    .stroke();
  return ruleY + 10;
}

/** The SK lampiran heading: which decision this list is attached to, at the top right. */
function drawLampiran(doc: PDFKit.PDFDocument, list: ListDocument, right: number, top: number): number {
  const width = 300;
  const left = right - width;
  const label = 62;
  const lines: [string, string][] = [
    ['NOMOR', list.decisionNumber === '' ? '-' : list.decisionNumber],
    ['TANGGAL', indonesianDate(list.signature.date)],
    ['TENTANG', `PENETAPAN ${listTitle(list.kind, list.year).toUpperCase()}`],
  ];
  doc.font('Body').fontSize(8.5).fillColor('#000000');
  const issuer = [list.signature.position, list.letterhead.bodyName].filter((part) => part !== '').join(' ');
  doc.text(`LAMPIRAN KEPUTUSAN ${issuer.toUpperCase()}`, left, top, { width });
  let y = doc.y;
  for (const [name, value] of lines) {
    doc.text(name, left, y, { width: label, lineBreak: false });
    doc.text(`: ${value}`, left + label, y, { width: width - label });
    y = doc.y;
  }
  return y + 10;
}

function drawTitle(doc: PDFKit.PDFDocument, list: ListDocument, left: number, right: number, top: number): number {
  const options = { width: right - left, align: 'center' as const };
  doc.font('Bold').fontSize(12).fillColor('#000000').text(listTitle(list.kind, list.year).toUpperCase(), left, top, options);
  const body = list.letterhead.bodyName === '' ? '' : list.letterhead.bodyName.toUpperCase();
  if (body !== '') doc.font('Bold').fontSize(10).text(body, left, doc.y, options);
  if (list.decisionNumber !== '')
    doc
      .font('Body')
      .fontSize(9)
      .text(`Nomor: ${list.decisionNumber}`, left, doc.y + 1, options);
  return doc.y + 8;
}

/** The DIP or DIK as a PDF: kop surat (or the SK lampiran heading), title, table, signature, footer. */
export function renderListPdf(list: ListDocument, options: ListPdfOptions, fonts: PrintFonts, progress?: Progress): Promise<Buffer> {
  const { columns, rows } = tableOf(list);
  const title = listTitle(list.kind, list.year);
  return renderTablePdf(
    {
      paper: options.paper,
      landscape: options.landscape,
      meta: {
        title,
        author: list.letterhead.bodyName,
        subject: list.decisionNumber === '' ? title : `${title} — ${list.decisionNumber}`,
        madeAt: list.madeAt,
      },
      columns,
      rows,
      drawFirstPage(doc, area) {
        const below =
          options.layout === 'lampiran'
            ? drawLampiran(doc, list, area.right, area.top)
            : drawKop(doc, list.letterhead, area.left, area.right, area.top);
        return drawTitle(doc, list, area.left, area.right, below);
      },
      signature: list.signature,
      footerNote: list.auditHead === null ? '' : `Hash jejak audit: ${list.auditHead}`,
    },
    fonts,
    progress,
  );
}
