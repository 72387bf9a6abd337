import type { Widen } from '../messages';

/** Words of the edition confirmation, the "belum lengkap" mark and the DIP columns asked when opening. */
const idStrings = {
  confirm: {
    title: 'Periksa sebelum menetapkan',
    intro: 'Edisi yang sudah diterbitkan tidak dapat diubah atau dihapus. Periksa ringkasan berikut.',
    list: 'Daftar',
    year: 'Tahun',
    rows: 'Jumlah baris',
    sk: 'Surat Keputusan',
    signer: 'Penandatangan',
    scan: 'Pindaian SK',
    scanAttached: 'Terlampir: {{name}}',
    scanNone: 'Tidak ada pindaian SK',
    undecided: '{{count}} informasi dikecualikan belum ditetapkan dengan SK dan tidak ikut dalam edisi ini.',
    cancel: 'Kembali',
    go: 'Tetapkan & Terbitkan sekarang',
  },
  incomplete: {
    badge: 'belum lengkap',
    badgeTitle: 'Kolom DIP yang masih kosong: {{columns}}',
    warning: '{{count}} entri informasi publik belum lengkap: kolom wajibnya akan tercetak kosong.',
    link: 'Lihat entri yang belum lengkap',
    printAnyway: 'Tetap cetak',
  },
  columns: {
    penanggungJawab: 'Penanggung Jawab',
    waktuTempat: 'Waktu dan Tempat',
    bentuk: 'Bentuk Informasi',
    retensi: 'Retensi',
    jenisMedia: 'Jenis Media',
  },
  declassify: {
    dipSection: 'Kolom Daftar Informasi Publik untuk entri yang dibuka',
    dipHint: 'Entri yang dikecualikan tidak memuat kolom ini. Isi agar baris DIP tidak tercetak kosong.',
    decisionSection: 'Keputusan pembukaan',
  },
};

const enStrings = {
  confirm: {
    title: 'Check before establishing',
    intro: 'A published edition can never be changed or deleted. Check this summary.',
    list: 'List',
    year: 'Year',
    rows: 'Rows',
    sk: 'Decision (SK)',
    signer: 'Signed by',
    scan: 'SK scan',
    scanAttached: 'Attached: {{name}}',
    scanNone: 'No SK scan',
    undecided: '{{count}} exempted items are not yet decided by an SK and are left out of this edition.',
    cancel: 'Back',
    go: 'Establish & Publish now',
  },
  incomplete: {
    badge: 'incomplete',
    badgeTitle: 'DIP columns still blank: {{columns}}',
    warning: '{{count}} public entries are incomplete: their required columns would print blank.',
    link: 'Show the incomplete entries',
    printAnyway: 'Print anyway',
  },
  columns: {
    penanggungJawab: 'Responsible',
    waktuTempat: 'Time and place',
    bentuk: 'Form of information',
    retensi: 'Retention',
    jenisMedia: 'Medium',
  },
  declassify: {
    dipSection: 'Public-list columns of the opened entry',
    dipHint: 'An exempted entry has none of these columns. Fill them so the DIP row does not print blank.',
    decisionSection: 'Opening decision',
  },
} satisfies Widen<typeof idStrings>;

export const editionStrings = { id: idStrings, en: enStrings };
