import type { Document } from '../../../shared/domain/document';
import { ordnerYears, type Ordner } from '../../../shared/domain/ordner';
import { indonesianDate } from '../../../shared/domain/dateWords';
import { type Letterhead } from '../../../shared/domain/export';
import { agencyZone, localDate, type TimeZone } from '../../../shared/domain/timeZone';
import { drawKopSurat, sheetFonts } from '../export/pdf/kopSurat';
import type { PrintFonts } from '../support/resources';
import { MM, startPdf } from './pdfDoc';

interface Column {
  title: string;
  width: number;
  align: 'left' | 'center' | 'right';
  value: (doc: Document) => string;
}

function dateId(iso: string): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d ?? ''}-${m ?? ''}-${y ?? ''}`;
}

const columns: Column[] = [
  { title: 'Sekat', width: 12, align: 'center', value: (d) => String(d.filing?.sekat ?? '') },
  { title: 'No. Urut', width: 13, align: 'center', value: (d) => String(d.filing?.seq ?? '') },
  { title: 'Kode Naskah', width: 25, align: 'left', value: (d) => d.code },
  { title: 'Nomor', width: 30, align: 'left', value: (d) => d.number },
  { title: 'Tanggal', width: 20, align: 'center', value: (d) => dateId(d.date) },
  { title: 'Uraian', width: 56, align: 'left', value: (d) => (d.classificationCode ? `${d.title} (${d.classificationCode})` : d.title) },
  { title: 'Asli/ Salinan', width: 14, align: 'center', value: (d) => (d.stage === 'asli' ? 'Asli' : 'Salinan') },
  { title: 'Lbr', width: 10, align: 'center', value: (d) => String(d.sheetCount) },
];

/** Daftar isi ordner: A4 portrait, letterhead, the ordner's particulars, its documents in filing order, page numbers. */
export async function printOrdnerIndex(
  ordner: Ordner,
  place: string,
  documents: readonly Document[],
  /** The agency profile (its time zone, when set, dates the footer). */
  letterhead: Letterhead & { timeZone?: TimeZone | null },
  fonts: PrintFonts,
  at: Date,
): Promise<Buffer> {
  const { doc, finish } = startPdf(fonts, `Daftar isi ordner ${ordner.code}`, at);
  const left = 15 * MM;
  const right = 195 * MM;
  const bottom = 280 * MM;
  let y = 15 * MM;

  y = drawKopSurat(doc, letterhead, { left, right, top: y }, sheetFonts);

  doc
    .font('SansBold')
    .fontSize(14)
    .text('DAFTAR ISI ORDNER', left, y, { width: right - left, align: 'center' });
  y = doc.y + 3 * MM;

  const facts: [string, string][] = [
    ['Kode ordner', ordner.code],
    ['Judul', ordner.title],
    ['Unit pengolah', ordner.unitName ?? '-'],
    ['Kode klasifikasi', ordner.classificationCode || '-'],
    ['Tahun', ordnerYears(ordner)],
    ['Lokasi', place || '-'],
    ['Akses', ordner.access === 'tertutup' ? 'Tertutup (memuat informasi yang dikecualikan)' : 'Terbuka'],
    ['Isi', `${String(documents.length)} naskah, ${String(ordner.sheetCount)} dari ${String(ordner.capacitySheets)} lembar`],
  ];
  for (const [label, value] of facts) {
    doc
      .font('Sans')
      .fontSize(9.5)
      .text(label, left, y, { width: 35 * MM });
    doc.text(':', left + 35 * MM, y);
    doc.font(label === 'Kode ordner' ? 'SansBold' : 'Sans').text(value, left + 38 * MM, y, { width: right - left - 38 * MM });
    y = doc.y + 1;
  }
  y += 4 * MM;

  const pad = 1.5 * MM;
  const header = () => {
    doc.font('SansBold').fontSize(8);
    let x = left;
    const height = 10 * MM;
    doc.rect(left, y, right - left, height).fillAndStroke('#e8eef5', '#000000');
    doc.fillColor('#000000');
    for (const column of columns) {
      doc
        .rect(x, y, column.width * MM, height)
        .lineWidth(0.5)
        .stroke();
      doc.text(column.title, x + pad, y + 2 * MM, { width: column.width * MM - pad * 2, align: 'center' });
      x += column.width * MM;
    }
    y += height;
  };
  header();

  if (documents.length === 0) {
    doc
      .font('Sans')
      .fontSize(9)
      .text('Ordner ini belum berisi naskah.', left, y + 3 * MM, { width: right - left, align: 'center' });
  }
  doc.font('Sans').fontSize(8.5);
  for (const item of documents) {
    const cells = columns.map((column) => column.value(item));
    const height =
      Math.max(...columns.map((column, index) => doc.heightOfString(cells[index] ?? '', { width: column.width * MM - pad * 2 }))) + pad * 2;
    if (y + height > bottom) {
      doc.addPage();
      y = 15 * MM;
      header();
      doc.font('Sans').fontSize(8.5);
    }
    let x = left;
    columns.forEach((column, index) => {
      doc
        .rect(x, y, column.width * MM, height)
        .lineWidth(0.5)
        .stroke();
      doc.text(cells[index] ?? '', x + pad, y + pad, { width: column.width * MM - pad * 2, align: column.align });
      x += column.width * MM;
    });
    y += height;
  }

  const range = doc.bufferedPageRange();
  // The printing day as the office reads it: Indonesian words, in the body's own time zone (not UTC).
  const printed = indonesianDate(localDate(at, agencyZone({ ...letterhead, timeZone: letterhead.timeZone ?? null })));
  for (let page = range.start; page < range.start + range.count; page += 1) {
    doc.switchToPage(page);
    doc.font('Sans').fontSize(7.5).fillColor('#555555');
    const footer = `Daftar isi ordner ${ordner.code} · dicetak ${printed} · halaman ${String(page + 1)} dari ${String(range.count)}`;
    doc.text(footer, left, 287 * MM, { width: right - left, align: 'center', lineBreak: false });
    doc.fillColor('#000000');
  }
  return finish();
}
