import type { AgencyProfile } from '../../../shared/domain/agency';
import { letterheadOf, paperPoints, type PaperSize } from '../../../shared/domain/export';
import type { AnnualReport } from '../../../shared/domain/requestReport';
import { groundCitation } from '../../../shared/domain/pasal17';
import { translate } from '../../../shared/i18n/translate';
import { drawKopSurat } from '../export/pdf/kopSurat';
import { startPdf } from '../ordner/pdfDoc';
import type { PrintFonts } from '../support/resources';

const MM = 72 / 25.4;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const id = (key: string) => translate('id', key);

/** The report's rows as the PDF and the XLSX print them: [label, value] per section. */
export function reportSections(r: AnnualReport): { title: string; rows: [string, string][] }[] {
  const pct = (n: number) => (r.answered === 0 ? '-' : `${String(n)} (${((100 * n) / r.answered).toFixed(1).replace('.', ',')}%)`);
  return [
    {
      title: 'A. Jumlah permohonan',
      rows: [
        ['Permohonan diterima', String(r.total)],
        ...r.byChannel.map((c): [string, string] => [`Melalui ${id(`request.channel.${c.channel}`)}`, String(c.total)]),
      ],
    },
    {
      title: 'B. Waktu menjawab (hari kerja)',
      rows: [
        ['Permohonan dijawab', String(r.answered)],
        ['Median waktu menjawab', r.medianWorkingDays === null ? '-' : String(r.medianWorkingDays).replace('.', ',')],
        ['Dijawab dalam 10 hari kerja', pct(r.withinTen)],
        ['Dijawab dalam 17 hari kerja (dengan perpanjangan)', pct(r.withinSeventeen)],
        ['Diperpanjang', String(r.extended)],
      ],
    },
    { title: 'C. Jawaban', rows: r.byStatus.map((s): [string, string] => [id(`request.status.${s.status}`), String(s.count)]) },
    {
      title: 'D. Alasan penolakan yang dikutip (Pasal 17)',
      rows:
        r.groundsCited.length === 0
          ? [['-', '0']]
          : r.groundsCited.map((g): [string, string] => [
              g.code === 'tanpa_kode' ? 'Tanpa kode Pasal 17' : groundCitation(g.code).replace(' UU 14/2008', ''),
              String(g.count),
            ]),
    },
    {
      title: 'E. Keberatan',
      rows: [
        ['Keberatan diajukan', String(r.objections.total)],
        ['Belum ditanggapi', String(r.objections.pending)],
        ...r.objections.outcomes.map((o): [string, string] => [id(`request.objection.outcomes.${o.outcome}`), String(o.count)]),
      ],
    },
    {
      title: 'F. Sengketa informasi',
      rows: [
        ['Sengketa', String(r.disputes.total)],
        ['Mediasi', String(r.disputes.mediasi)],
        ['Ajudikasi', String(r.disputes.ajudikasi)],
        ...r.disputes.outcomes.map((o): [string, string] => [
          o.outcome === 'proses' ? 'Dalam proses' : id(`request.dispute.outcomes.${o.outcome}`),
          String(o.count),
        ]),
      ],
    },
  ];
}

/** Laporan Layanan Informasi Publik as a PDF: kop, the figures, a bar chart by month, the officer's narrative. */
export function renderReportPdf(r: AnnualReport, agency: AgencyProfile, paper: PaperSize, at: Date, fonts: PrintFonts): Promise<Buffer> {
  const [width, height] = paperPoints[paper];
  const { doc, finish } = startPdf(fonts, `Laporan Layanan Informasi Publik ${String(r.year)}`, at, { size: [width, height] });
  doc.font('Body');
  const left = 20 * MM;
  const right = width - 20 * MM;
  const w = right - left;
  const bottom = height - 20 * MM;
  const ensure = (space: number) => {
    if (doc.y + space > bottom) {
      doc.addPage({ size: [width, height], margin: 0 });
      doc.y = 20 * MM;
    }
  };
  const a = agency;
  const y0 = drawKopSurat(doc, letterheadOf(a), { left, right, top: 18 * MM });
  doc
    .font('Bold')
    .fontSize(12)
    .text(`LAPORAN LAYANAN INFORMASI PUBLIK TAHUN ${String(r.year)}`, left, y0 + 4, { width: w, align: 'center' });
  doc
    .font('Body')
    .fontSize(8.5)
    .text(
      'Disusun menurut Peraturan Komisi Informasi Nomor 1 Tahun 2021; memuat jumlah saja, tanpa data pribadi pemohon.',
      left,
      doc.y + 2,
      { width: w, align: 'center' },
    );
  doc.moveDown(1);

  for (const section of reportSections(r)) {
    // A short section stays on one page: its last row never stands alone under another page's top.
    ensure(Math.min(30 + section.rows.length * 16, bottom - 20 * MM));
    doc.font('Bold').fontSize(10).text(section.title, left, doc.y, { width: w });
    doc.moveDown(0.2);
    for (const [label, value] of section.rows) {
      ensure(16);
      const y = doc.y;
      doc
        .font('Body')
        .fontSize(9.5)
        .text(label, left + 4 * MM, y, { width: w - 40 * MM });
      doc.text(value, right - 34 * MM, y, { width: 34 * MM, align: 'right' });
      doc
        .moveTo(left, doc.y + 1)
        .lineTo(right, doc.y + 1)
        .lineWidth(0.3)
        .strokeColor('#bbbbbb')
        .stroke()
        .strokeColor('#000000');
      doc.y += 3;
    }
    doc.moveDown(0.6);
  }

  // Requests per month as bars: where people would rather look than read.
  ensure(60 * MM);
  doc.font('Bold').fontSize(10).text('G. Permohonan per bulan', left, doc.y, { width: w });
  const chartTop = doc.y + 16;
  const chartHeight = 40 * MM;
  const max = Math.max(1, ...r.byMonth);
  const slot = w / 12;
  r.byMonth.forEach((n, i) => {
    const barHeight = (n / max) * chartHeight;
    const x = left + i * slot + slot * 0.2;
    doc
      .rect(x, chartTop + chartHeight - barHeight, slot * 0.6, barHeight)
      .fillColor('#2f7d6d')
      .fill();
    doc
      .fillColor('#000000')
      .font('Body')
      .fontSize(8)
      .text(String(n), left + i * slot, chartTop + chartHeight - barHeight - 11, { width: slot, align: 'center' });
    doc.text(MONTHS[i] ?? '', left + i * slot, chartTop + chartHeight + 3, { width: slot, align: 'center' });
  });
  doc.y = chartTop + chartHeight + 18;

  for (const [title, body] of [
    ['H. Kebijakan terkait layanan informasi', r.narrative.kebijakan],
    ['I. Kendala', r.narrative.kendala],
    ['J. Rekomendasi', r.narrative.rekomendasi],
  ] as const) {
    ensure(40);
    doc.font('Bold').fontSize(10).text(title, left, doc.y, { width: w });
    doc
      .font('Body')
      .fontSize(9.5)
      .text(body || '-', left, doc.y + 2, { width: w, align: 'justify' });
    doc.moveDown(0.8);
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc
      .font('Body')
      .fontSize(7.5)
      .fillColor('#555555')
      .text(
        `Lemari · Laporan Layanan Informasi Publik ${String(r.year)} · halaman ${String(i + 1)} dari ${String(range.count)}`,
        left,
        height - 12 * MM,
        { width: w, align: 'center', lineBreak: false },
      );
    doc.fillColor('#000000');
  }
  return finish();
}
