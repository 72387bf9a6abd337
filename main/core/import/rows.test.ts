import { describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../shared/domain/entryImport';
import { retargetFor } from './plan';
import { parseRows } from './rows';

// A DIP in the Perki form with no title column of its own: NO · Ringkasan Isi Informasi · Pejabat ·
// Penanggung jawab · Format · Retensi (Universitas Pendidikan Ganesha, DIP 2024).
const header = [
  'NO',
  'Ringkasan Isi Informasi',
  'Pejabat/Unit/Satker yang Menguasai',
  'Penanggung jawab',
  'Format Informasi',
  'Retensi Arsip',
];
const mapping: ImportMapping = {
  headerRow: 1,
  headerDepth: 1,
  targets: ['number', 'ringkasan', 'unit', 'penanggungJawab', 'bentuk', 'retensi'],
};
const parse = (rows: string[][]) =>
  parseRows([header, ...rows], mapping, { list: 'dip', defaultCategory: 'setiap_saat', retarget: retargetFor('dip') }, new Map()).rows.map(
    (row) => ({ row: row.preview.row, ringkasan: row.fields?.ringkasan ?? '' }),
  );

describe('parseRows: titles, group rows and page breaks', () => {
  it('keeps an unnumbered row with its own summary and columns as an entry, not the rest of the row above', () => {
    expect(
      parse([
        [
          '12.',
          'Informasi pengembangan dosen dan pegawai',
          'Bagian Kepegawaian',
          'Biro Keuangan dan Umum',
          'Online/Hardcopy',
          '3 (tiga) tahun musnah',
        ],
        ['', '13. Laporan tahunan Rektor', 'Bagian Perencanaan dan Kerja sama', 'BAK', 'Hardcopy', '3 (Tiga) tahun musnah'],
      ]),
    ).toEqual([
      { row: 2, ringkasan: 'Informasi pengembangan dosen dan pegawai' },
      { row: 3, ringkasan: '13. Laporan tahunan Rektor' },
    ]);
  });

  it('reads a numbered title-only row over unnumbered full rows as the heading of their group', () => {
    expect(
      parse([
        ['7', 'Rencana strategis dan rencana operasional Undiksha;', '', '', '', ''],
        [
          '',
          'Rencana Strategis 2015—2019',
          'Perencanaan',
          'Biro Perencanaan dan Kemahasiswaan',
          'Online/Hardcopy',
          '5 (lima) tahun permanen',
        ],
        ['', 'Rencana Operasional', 'Perencanaan', 'Biro Perencanaan dan Kemahasiswaan', 'Online/Hardcopy', '5 (lima) tahun permanen'],
        ['8', 'Agenda kerja pimpinan', 'Humas', 'Bagian Kemahasiswaan', 'Online/Hardcopy', '4 (empat) tahun'],
      ]).map((r) => r.ringkasan),
    ).toEqual(['Rencana Strategis 2015—2019', 'Rencana Operasional', 'Agenda kerja pimpinan']);
  });

  it('joins the rest of a title cut by a page break (alone, in lower case, on the next row) to its entry', () => {
    expect(
      parse([
        [
          '5',
          'Dokumen surat menyurat pimpinan atau pejabat Undiksha dalam rangka',
          'Bagian Umum',
          'BKU',
          'Online/Hardcopy',
          '3 (tiga) tahun musnah',
        ],
        ['', 'pelaksanaan tugas pokok dan fungsi;', '', '', '', ''],
        ['6', 'Data inventaris;', 'BMN', 'Bagian Umum', 'Online/Hardcopy', '2 (dua) tahun musnah'],
      ]),
    ).toEqual([
      { row: 2, ringkasan: 'Dokumen surat menyurat pimpinan atau pejabat Undiksha dalam rangka\npelaksanaan tugas pokok dan fungsi;' },
      { row: 4, ringkasan: 'Data inventaris;' },
    ]);
  });

  it('does the same in a DIK whose title is its Informasi column', () => {
    const dik: ImportMapping = {
      headerRow: 1,
      headerDepth: 1,
      targets: ['number', 'dikInformasi', 'dikDasarHukum', 'dikKonsekuensiDibuka', 'dikJangkaWaktu'],
    };
    const grid = [
      ['No', 'Konten Informasi', 'Dasar Hukum', 'Akibat apabila dibuka', 'Batas Waktu'],
      [
        '2.',
        'Data pribadi pegawai yang menyangkut riawayat kondisi dan perawatan',
        'UU No. 14 Tahun 2008 Pasal 17 huruf h angka 2',
        'Mengungkap data pribadi pegawai',
        '5 tahun',
      ],
      ['', 'pengobatan kesehatan fisik dan psikis', '', '', ''],
    ];
    const parsed = parseRows(grid, dik, { list: 'dik', defaultCategory: 'berkala', retarget: retargetFor('dik') }, new Map());
    expect(parsed.rows.map((row) => row.preview.dik?.informasi)).toEqual([
      'Data pribadi pegawai yang menyangkut riawayat kondisi dan perawatan\npengobatan kesehatan fisik dan psikis',
    ]);
  });
});

describe('parseRows: the section of exempted information whose period has ended', () => {
  const run = (heading: string) =>
    parseRows(
      [
        header,
        ['A', 'INFORMASI YANG WAJIB TERSEDIA SETIAP SAAT', '', '', '', ''],
        ['1', 'Daftar aset dan inventaris', 'Bagian Umum', 'Biro Umum', 'Hardcopy', '5 (lima) tahun'],
        ['B', heading, '', '', '', ''],
        ['1', 'Hasil seleksi calon pegawai tahun 2018', 'Bagian Kepegawaian', 'Biro Umum', 'Hardcopy', '5 (lima) tahun'],
      ],
      mapping,
      { list: 'dip', defaultCategory: 'berkala', retarget: retargetFor('dip') },
      new Map(),
    );

  it('is public now: its rows stay in the DIP and it is no sign of a DIK', () => {
    const parsed = run('DAFTAR INFORMASI DIKECUALIKAN YANG HABIS JANGKA WAKTU PENGECUALIAN SEBAGAI INFORMASI TERBUKA');
    expect(parsed.dikSigns).toEqual([]);
    expect(parsed.rows.map((r) => r.preview.category)).toEqual(['setiap_saat', 'setiap_saat']);
  });

  it('but a heading of exempted information still is one', () => {
    const parsed = run('INFORMASI YANG TELAH DIKECUALIKAN');
    expect(parsed.dikSigns.map((s) => s.list)).toEqual(['dik']);
    expect(parsed.rows.map((r) => r.preview.category)).toEqual(['setiap_saat', 'dikecualikan']);
  });
});
