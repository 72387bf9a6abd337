import type { AgencyProfile } from '../../../shared/domain/agency';
import type { ConsequenceTest, Exemption } from '../../../shared/domain/exemption';
import { indonesianDate } from '../../../shared/domain/dateWords';
import { agencyZone, localDate } from '../../../shared/domain/timeZone';
import { translate } from '../../../shared/i18n/translate';
import { findPrintFonts } from '../support/resources';
import { drawKopSurat, sheetFonts } from '../export/pdf/kopSurat';
import { MM, startPdf } from '../ordner/pdfDoc';

/** "2025-04-14" → "14 April 2025", as Indonesian letters date things; dots where the date is still to be written. */
export function tanggal(date: string | null): string {
  return date === null ? '…………………' : indonesianDate(date);
}

export interface SheetInput {
  test: ConsequenceTest;
  /** The exemption records of the entries covered, where they exist (a DIP entry being tested has none). */
  exemptions: Map<number, Exemption>;
  agency: AgencyProfile;
  printedAt: Date;
}

/**
 * Lembar Pengujian Konsekuensi on A4, ready to sign: the document examined, per information its
 * legal basis and consequences, the harm / public-interest / balance analysis, the conclusion and
 * period, then a signature line per participant and the head of the body's approval.
 */
export async function renderTestSheet({ test, exemptions, agency, printedAt }: SheetInput): Promise<Buffer> {
  const { doc, finish } = startPdf(findPrintFonts(), `Lembar Pengujian Konsekuensi #${String(test.id)}`, printedAt, {
    margins: { top: 20 * MM, bottom: 20 * MM, left: 25 * MM, right: 20 * MM },
  });
  const left = 25 * MM;
  const width = doc.page.width - left - 20 * MM;

  const bottom = () => doc.page.height - 20 * MM;
  /** A heading never ends a page: it goes over with at least `keep` of what follows it. */
  const heading = (text: string, keep = 15 * MM) => {
    doc.moveDown(0.6);
    if (doc.y + keep > bottom()) doc.addPage();
    doc.font('SansBold').fontSize(10.5).text(text, left, doc.y, { width });
    doc.font('Sans').fontSize(10);
  };
  const field = (label: string, value: string) => {
    const y = doc.y;
    doc
      .font('SansBold')
      .fontSize(10)
      .text(label, left, y, { width: 48 * MM });
    const labelBottom = doc.y;
    doc.font('Sans').text(`: ${value || '—'}`, left + 48 * MM, y, { width: width - 48 * MM });
    doc.y = Math.max(doc.y, labelBottom);
  };

  // The same kop surat as the printed lists: logo, body, unit line, address, double rule.
  doc.y = drawKopSurat(doc, agency, { left, right: left + width, top: doc.page.margins.top }, sheetFonts);
  doc.moveDown(1);
  doc.font('SansBold').fontSize(13).text('LEMBAR PENGUJIAN KONSEKUENSI', left, doc.y, { width, align: 'center' });
  doc
    .font('Sans')
    .fontSize(9)
    .text('Pasal 19 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik', { width, align: 'center' });
  doc.moveDown(0.8).fontSize(10);

  field('Nomor uji', `UK-${String(test.id).padStart(4, '0')}`);
  field('Hari / tanggal', tanggal(test.heldOn));
  field('Tempat', test.place);
  field('Dilaksanakan', translate('id', `exemption.trigger.${test.trigger}`) + (test.requestRef ? ` (${test.requestRef})` : ''));
  field('Dokumen yang diuji', test.documentExamined);

  heading('A. Informasi yang diuji');
  test.entries.forEach((entry, index) => {
    const x = exemptions.get(entry.id);
    doc.font('SansBold').text(`${String(index + 1)}. ${entry.judul}`, left, doc.y, { width });
    doc.font('Sans');
    if (x) {
      field('   Informasi', x.informasi);
      field('   Dasar hukum', x.legalBasis);
      field('   Konsekuensi dibuka', x.konsekuensiDibuka);
      field('   Konsekuensi ditutup', x.konsekuensiDitutup);
    }
    doc.moveDown(0.3);
  });

  heading('B. Analisis konsekuensi apabila informasi dibuka');
  doc.text(test.harm || '—', left, doc.y, { width, align: 'justify' });
  heading('C. Uji kepentingan publik');
  doc.text(test.publicInterest || '—', left, doc.y, { width, align: 'justify' });
  heading('D. Pertimbangan (keseimbangan)');
  doc.text(test.balance || '—', left, doc.y, { width, align: 'justify' });

  heading('E. Kesimpulan');
  const conclusion = test.conclusion === null ? '—' : translate('id', `exemption.conclusion.${test.conclusion}`).toUpperCase();
  field('Kesimpulan', conclusion);
  if (test.conclusion === 'dikecualikan') field('Jangka waktu pengecualian', test.periodText);

  const col = [8 * MM, 55 * MM, 55 * MM];
  const widths = [...col, width - col.reduce((a, b) => a + b, 0)];
  const header = ['No', 'Nama', 'Peran / unit', 'Tanda tangan'];
  const headerHeight = 7 * MM;
  // Tall enough to sign in, and for the longest name or unit in full (a clipped unit reads as another unit).
  const heightOf = (cells: string[]) =>
    Math.max(
      13 * MM,
      ...cells.map(
        (cell, i) =>
          doc
            .font('Sans')
            .fontSize(9)
            .heightOfString(cell, { width: (widths[i] ?? 0) - 6 }) + 6,
      ),
    );
  const drawRow = (cells: string[], bold: boolean, height: number) => {
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      doc.rect(x, y, w, height).lineWidth(0.5).stroke();
      doc
        .font(bold ? 'SansBold' : 'Sans')
        .fontSize(9)
        .text(cell, x + 3, y + 3, { width: w - 6 });
      x += w;
    });
    doc.y = y + height;
  };
  // The approval block below the table; it is never printed alone on a page: the last row goes over with it.
  const signatureHeight = 45 * MM;
  const rows = test.participants.map((p, i) => [String(i + 1), p.name, [p.role, p.unit].filter(Boolean).join(' — '), '']);
  const firstRow = rows[0] ? heightOf(rows[0]) : 0;
  heading('F. Peserta pengujian', headerHeight + firstRow + (rows.length === 1 ? signatureHeight : 0));
  drawRow(header, true, headerHeight);
  rows.forEach((cells, i) => {
    const height = heightOf(cells);
    const keep = i === rows.length - 1 ? signatureHeight : 0;
    if (doc.y + height + keep > bottom()) {
      doc.addPage();
      drawRow(header, true, headerHeight);
    }
    drawRow(cells, false, height);
  });

  // Approval by the head of the body (Atasan PPID by default), right-aligned signature block.
  if (rows.length === 0 && doc.y + signatureHeight > bottom()) doc.addPage();
  doc.moveDown(1.5);
  const blockX = left + width / 2;
  doc
    .font('Sans')
    .fontSize(10)
    .text(`${agency.city || '…………'}, ${tanggal(test.heldOn)}`, blockX, doc.y, { width: width / 2 });
  doc.text('Menyetujui,', blockX, doc.y, { width: width / 2 });
  doc.text(agency.superiorPosition || 'Atasan PPID', blockX, doc.y, { width: width / 2 });
  doc.moveDown(3.5);
  doc.font('SansBold').text(agency.superiorName || '(……………………………)', blockX, doc.y, { width: width / 2, underline: true });
  doc.font('Sans').text(agency.superiorNip ? `NIP ${agency.superiorNip}` : 'NIP', blockX, doc.y, { width: width / 2 });

  // Footer on every page: test number and status, so a loose page is traceable.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // The footer sits inside the bottom margin; without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    const status = test.concludedAt
      ? `disimpulkan ${tanggal(localDate(test.concludedAt, agencyZone(agency)))}`
      : 'DRAF — belum disimpulkan';
    doc
      .font('Sans')
      .fontSize(8)
      .text(
        `Lemari · Uji Konsekuensi UK-${String(test.id).padStart(4, '0')} · ${status} · halaman ${String(i + 1)} dari ${String(range.count)}`,
        left,
        doc.page.height - 14 * MM,
        { width, align: 'center', lineBreak: false },
      );
  }
  return finish();
}
