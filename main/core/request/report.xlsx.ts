import ExcelJS from 'exceljs';
import type { AgencyProfile } from '../../../shared/domain/agency';
import type { AnnualReport } from '../../../shared/domain/requestReport';
import { translate } from '../../../shared/i18n/translate';
import { reportSections } from './report.pdf';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** The same figures as a workbook: Ringkasan (sections), Per bulan (channel × month), Uraian (narrative). */
export async function renderReportXlsx(r: AnnualReport, agency: AgencyProfile): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lemari';
  const summary = book.addWorksheet('Ringkasan');
  summary.addRow([`Laporan Layanan Informasi Publik Tahun ${String(r.year)}`]).font = { bold: true, size: 13 };
  summary.addRow([agency.bodyName]);
  summary.addRow([]);
  for (const section of reportSections(r)) {
    summary.addRow([section.title]).font = { bold: true };
    for (const [label, value] of section.rows) summary.addRow([label, /^\d+$/.test(value) ? Number(value) : value]);
    summary.addRow([]);
  }
  summary.getColumn(1).width = 52;
  summary.getColumn(2).width = 18;

  const months = book.addWorksheet('Per bulan');
  months.addRow(['Saluran', ...MONTHS, 'Jumlah']).font = { bold: true };
  for (const c of r.byChannel) months.addRow([translate('id', `request.channel.${c.channel}`), ...c.months, c.total]);
  months.addRow(['Jumlah', ...r.byMonth, r.total]).font = { bold: true };
  months.getColumn(1).width = 22;

  const narrative = book.addWorksheet('Uraian');
  narrative.addRow(['Kebijakan', r.narrative.kebijakan]);
  narrative.addRow(['Kendala', r.narrative.kendala]);
  narrative.addRow(['Rekomendasi', r.narrative.rekomendasi]);
  narrative.getColumn(1).width = 16;
  narrative.getColumn(2).width = 100;
  narrative.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}
