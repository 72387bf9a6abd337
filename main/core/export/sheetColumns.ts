import type { DikRow, DipRow } from '../../../shared/domain/export';
import { bentukText, dispositionLabels } from '../../../shared/domain/export';

/** One column of the editable spreadsheet (XLSX, CSV): header, width in characters, value. */
export interface SheetColumn<R> {
  header: string;
  width: number;
  value: (row: R, number: number) => string | number | null;
}

/**
 * The DIP as a spreadsheet the office keeps editing: every printed column, with the values that
 * print as one cell (waktu dan tempat, bentuk, retensi) kept in their own columns so the
 * register importer (main/core/import/headers.ts) maps each back to its field unchanged.
 */
export const dipSheetColumns: SheetColumn<DipRow>[] = [
  { header: 'No', width: 6, value: (_, n) => n },
  { header: 'Judul Informasi', width: 32, value: (r) => r.judul },
  { header: 'Ringkasan Isi Informasi', width: 44, value: (r) => r.ringkasan },
  { header: 'Pejabat/Unit/Satker yang Menguasai Informasi', width: 24, value: (r) => r.unit },
  { header: 'Penanggung Jawab Pembuatan atau Penerbitan Informasi', width: 24, value: (r) => r.penanggungJawab },
  { header: 'Waktu Pembuatan', width: 14, value: (r) => r.waktu },
  { header: 'Tempat Pembuatan', width: 16, value: (r) => r.tempat },
  {
    header: 'Bentuk Informasi yang Tersedia',
    width: 18,
    value: (r) => bentukText({ ...r, formatCetak: false, formatRekam: false, formatOnline: false }),
  },
  { header: 'Cetak', width: 7, value: (r) => (r.formatCetak ? 'Ya' : '') },
  { header: 'Rekam', width: 7, value: (r) => (r.formatRekam ? 'Ya' : '') },
  { header: 'Online', width: 7, value: (r) => (r.formatOnline ? 'Ya' : '') },
  { header: 'Aktif (Tahun)', width: 9, value: (r) => r.retensiAktif },
  { header: 'Inaktif (Tahun)', width: 9, value: (r) => r.retensiInaktif },
  { header: 'Jangka Waktu Penyimpanan atau Retensi Arsip', width: 22, value: (r) => r.retensiText },
  { header: 'Keterangan Akhir', width: 14, value: (r) => (r.disposisi === null ? '' : dispositionLabels[r.disposisi]) },
  { header: 'Jenis Media yang Memuat Informasi', width: 30, value: (r) => r.jenisMedia },
  { header: 'Kode Klasifikasi', width: 12, value: (r) => r.kodeKlasifikasi },
  { header: 'Tahun', width: 8, value: (r) => r.year },
];

export const dikSheetColumns: SheetColumn<DikRow>[] = [
  { header: 'No', width: 6, value: (_, n) => n },
  { header: 'Informasi yang Dikecualikan', width: 40, value: (r) => r.informasi },
  { header: 'Dasar Hukum Pengecualian', width: 36, value: (r) => r.dasarHukum },
  { header: 'Konsekuensi Apabila Dibuka', width: 44, value: (r) => r.konsekuensiDibuka },
  { header: 'Konsekuensi Apabila Ditutup', width: 44, value: (r) => r.konsekuensiDitutup },
  { header: 'Jangka Waktu Pengecualian', width: 24, value: (r) => r.jangkaWaktu },
];
