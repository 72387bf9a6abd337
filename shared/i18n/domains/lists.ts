import type { Widen } from '../messages';

/** Words of the search and filter bar above the DIK, test and SK lists. */
const idStrings = {
  search: 'Cari',
  searchDik: 'Cari judul, informasi, dokumen, jenis dokumen, dasar hukum…',
  searchTests: 'Cari kode UK, dokumen, tempat, peserta, entri…',
  searchDecisions: 'Cari nomor SK, penanda tangan, jabatan…',
  year: 'Tahun',
  yearHeld: 'Tahun uji',
  yearSk: 'Tahun SK',
  allYears: 'Semua tahun',
  status: 'Status',
  allStatuses: 'Semua status',
  scan: 'Pindaian SK',
  withScan: 'Ada pindaian',
  withoutScan: 'Belum ada pindaian',
  draft: 'Draf',
  concluded: 'Sudah disimpulkan',
  noMatch: 'Tidak ada yang cocok dengan pencarian dan saringan ini.',
  clear: 'Hapus pencarian dan saringan',
  count: '{{count}} ditampilkan',
};

const enStrings = {
  search: 'Search',
  searchDik: 'Search title, information, document, document type, legal basis…',
  searchTests: 'Search UK code, document, place, participants, entries…',
  searchDecisions: 'Search SK number, signer, position…',
  year: 'Year',
  yearHeld: 'Year of the test',
  yearSk: 'Year of the SK',
  allYears: 'All years',
  status: 'Status',
  allStatuses: 'All statuses',
  scan: 'SK scan',
  withScan: 'Scan attached',
  withoutScan: 'No scan yet',
  draft: 'Draft',
  concluded: 'Concluded',
  noMatch: 'Nothing matches this search and these filters.',
  clear: 'Clear search and filters',
  count: '{{count}} shown',
} satisfies Widen<typeof idStrings>;

export const listStrings = { id: idStrings, en: enStrings };
