import type { DikExtraColumn, ListDocument, PaperSize, PdfLayout } from '../../../../shared/domain/export';
import { indonesianDate } from '../../../../shared/domain/dateWords';
import {
  categoryHeadingPrinted,
  dikCells,
  dikColumnHeaders,
  dipCells,
  dipColumnHeaders,
  groupDip,
  issuerName,
  listTitle,
} from '../../../../shared/domain/export';
import type { PrintFonts } from '../../support/resources';
import { drawKopSurat } from './kopSurat';
import { renderTablePdf, type Progress, type TableColumn, type TableRow } from './tablePdf';

export interface ListPdfOptions {
  paper: PaperSize;
  landscape: boolean;
  layout: PdfLayout;
  /** Extra DIK columns asked for in the export form (KPU SOP step 4). */
  dikColumns?: DikExtraColumn[];
}

const extraHeaders: Record<DikExtraColumn, string> = {
  jenisDokumen: 'Jenis Dokumen',
  upstreamDecision: 'Keputusan yang Mendasari',
};

const dipWeights = [3, 12, 16, 11, 11, 10, 8, 10, 11];
const dikWeights = [3, 18, 17, 20, 20, 12];

function tableOf(list: ListDocument, extras: readonly DikExtraColumn[]): { columns: TableColumn[]; rows: TableRow[] } {
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
  const columns: TableColumn[] = dikColumnHeaders.map((header, i) => ({
    header,
    weight: dikWeights[i] ?? 10,
    ...(i === 0 ? { align: 'center' as const } : {}),
  }));
  // Jenis dokumen after the information, the upstream decision after the legal basis: as the KPU's own lists read.
  const extra = (key: DikExtraColumn) => extras.includes(key);
  if (extra('jenisDokumen')) columns.splice(2, 0, { header: extraHeaders.jenisDokumen, weight: 10 });
  if (extra('upstreamDecision')) columns.splice(extra('jenisDokumen') ? 4 : 3, 0, { header: extraHeaders.upstreamDecision, weight: 14 });
  return {
    columns,
    rows: list.rows.map((row, i) => {
      const cells = dikCells(row, i + 1);
      if (extra('jenisDokumen')) cells.splice(2, 0, row.jenisDokumen ?? '');
      if (extra('upstreamDecision')) cells.splice(extra('jenisDokumen') ? 4 : 3, 0, row.upstreamDecision ?? '');
      return { kind: 'row' as const, cells };
    }),
  };
}

/** The SK lampiran heading: which decision this list is attached to, at the top right. */
function drawLampiran(doc: PDFKit.PDFDocument, list: ListDocument, right: number, top: number): number {
  const width = 300;
  const left = right - width;
  const label = 62;
  const lines: [string, string][] = [
    ['NOMOR', list.decisionNumber],
    ['TANGGAL', indonesianDate(list.decisionDate ?? list.signature.date)],
    ['TENTANG', `PENETAPAN ${listTitle(list.kind, list.year).toUpperCase()}`],
  ];
  doc.font('Body').fontSize(8.5).fillColor('#000000');
  doc.text(`LAMPIRAN KEPUTUSAN ${issuerName(list.signature.position, list.letterhead.bodyName).toUpperCase()}`, left, top, { width });
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
  const { columns, rows } = tableOf(list, options.dikColumns ?? []);
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
            : drawKopSurat(doc, list.letterhead, { left: area.left, right: area.right, top: area.top });
        return drawTitle(doc, list, area.left, area.right, below);
      },
      signature: list.signature,
      footerNote: list.auditHead === null ? '' : `Hash jejak audit: ${list.auditHead}`,
    },
    fonts,
    progress,
  );
}
