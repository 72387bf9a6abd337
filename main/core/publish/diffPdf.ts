import type { DiffKind, Edition, EditionDiff } from '../../../shared/domain/edition';
import type { PaperSize } from '../../../shared/domain/export';
import { indonesianDate } from '../../../shared/domain/dateWords';
import { listTitle } from '../../../shared/domain/export';
import { findPrintFonts } from '../support/resources';
import { renderTablePdf, type TableRow } from '../export/pdf/tablePdf';

const headings: Record<DiffKind, string> = {
  added: 'Ditambahkan',
  changed: 'Diubah',
  removed: 'Dihapus',
  opened: 'Dibuka (pindah dari Informasi yang Dikecualikan ke Daftar Informasi Publik)',
};

/** The difference between an edition and the one before it, printable for the officer's file. */
export function renderDiffPdf(edition: Edition, diff: EditionDiff, paper: PaperSize, auditHead: string | null): Promise<Buffer> {
  const rows: TableRow[] = [];
  for (const kind of ['added', 'changed', 'removed', 'opened'] as const) {
    const items = diff.items.filter((item) => item.kind === kind);
    if (items.length === 0) continue;
    rows.push({ kind: 'group', text: `${headings[kind]} (${String(items.length)})` });
    items.forEach((item, i) =>
      rows.push({
        kind: 'row',
        cells: [String(i + 1), item.label, item.changes.map((c) => `${c.field}: "${c.before}" → "${c.after}"`).join('\n')],
      }),
    );
  }
  if (rows.length === 0) rows.push({ kind: 'group', text: 'Tidak ada perbedaan dengan edisi sebelumnya.' });
  const title = `Perbedaan ${listTitle(edition.list, edition.year)}`;
  const against =
    diff.previousId === null
      ? 'Edisi pertama: tidak ada edisi sebelumnya.'
      : `Edisi ${String(edition.id)} dibanding edisi ${String(diff.previousId)}.`;
  return renderTablePdf(
    {
      paper,
      landscape: true,
      meta: { title, author: 'Lemari', subject: edition.decision.number, madeAt: edition.publishedAt },
      columns: [
        { header: 'No', weight: 4, align: 'center' },
        { header: 'Informasi', weight: 36 },
        { header: 'Perubahan', weight: 60 },
      ],
      rows,
      drawFirstPage(doc, area) {
        const options = { width: area.right - area.left, align: 'center' as const };
        doc.font('Bold').fontSize(12).text(title.toUpperCase(), area.left, area.top, options);
        doc
          .font('Body')
          .fontSize(9)
          .text(
            `Keputusan Nomor ${edition.decision.number}, ${indonesianDate(edition.decision.date)}. ${against}`,
            area.left,
            doc.y + 2,
            options,
          );
        return doc.y + 10;
      },
      signature: null,
      footerNote: auditHead === null ? '' : `Hash jejak audit: ${auditHead}`,
    },
    findPrintFonts(),
  );
}
