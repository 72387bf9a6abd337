import type { DikExtraColumn, ExportFormat, ListDocument, PaperSize, PdfLayout } from '../../../shared/domain/export';
import { renderListCsv } from './csv';
import { renderListHtml, type HtmlLink } from './html';
import { renderListJson } from './json';
import { renderListPdfJob } from './pdf/pdfJob';
import type { Progress } from './pdf/tablePdf';
import { renderListXlsx } from './xlsx/listXlsx';

export const contentTypes: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export interface RenderOptions {
  paper: PaperSize;
  layout: PdfLayout;
  landscape?: boolean;
  /** Extra DIK columns of the PDF. */
  dikColumns?: readonly DikExtraColumn[];
  links?: readonly HtmlLink[];
  progress?: Progress;
}

/** One list in one format. PDFs are made in a worker thread; the others are quick enough in place. */
export async function renderList(list: ListDocument, format: ExportFormat, options: RenderOptions): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return renderListPdfJob(
        list,
        { paper: options.paper, landscape: options.landscape ?? true, layout: options.layout, dikColumns: [...(options.dikColumns ?? [])] },
        options.progress,
      );
    case 'xlsx':
      return renderListXlsx(list, options.paper);
    case 'csv':
      return renderListCsv(list);
    case 'json':
      return renderListJson(list);
    case 'html':
      return renderListHtml(list, options.links ?? []);
    default: {
      const unreachable: never = format;
      throw new Error(`unknown format ${String(unreachable)}`);
    }
  }
}
