import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAsPpid, ctx, freshCore, perCategory, stage, stored, writeBook, type SheetSpec } from './support';

async function importBook(sheets: SheetSpec[], input: { list?: 'dip' | 'dik' } = {}) {
  const { core, dir } = freshCore();
  const file = await writeBook(join(dir, 'daftar.xlsx'), sheets);
  const preview = await core.handlers['import.preview']({ upload: await stage(core, file), ...input }, ctx);
  await commitAsPpid(core, { upload: await stage(core, file), ...input, dryRun: false });
  const entries = stored(core);
  const counts = perCategory(core);
  core.close();
  return { preview, entries, counts };
}

const perki = [
  'No',
  'Ringkasan Isi Informasi',
  'Pejabat atau Unit yang Menguasai Informasi',
  'Penanggung Jawab',
  'Bentuk Informasi',
  'Jangka Waktu Penyimpanan',
];

describe('real layouts of a DIP', () => {
  it('takes a letter in the No column with the heading in the next cell (not merged) as a section that sets the category', async () => {
    const { entries, counts, preview } = await importBook([
      {
        name: 'DIP',
        rows: [
          perki,
          ['A', 'INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA'],
          [1, 'Profil Dinas Kesehatan', 'Sekretariat', 'Sekretaris Dinas', 'Hardcopy', '5 tahun'],
          [2, 'Laporan Keuangan Tahun 2024', 'Subbagian Keuangan', 'Kasubag Keuangan', 'Softcopy', '10 (sepuluh) tahun'],
          ['B', 'INFORMASI YANG WAJIB DIUMUMKAN SECARA SERTA MERTA'],
          [1, 'Informasi kejadian luar biasa penyakit menular', 'Bidang P2P', 'Kepala Bidang P2P', 'Softcopy', 'Permanen'],
          ['C', 'INFORMASI YANG WAJIB TERSEDIA SETIAP SAAT'],
          [1, 'Daftar Informasi Publik', 'PPID Pelaksana', 'PPID', 'Hardcopy dan Softcopy', 'Ditinjau kembali setiap tahun'],
        ],
      },
    ]);
    expect(preview.sections).toBe(3);
    expect(counts).toEqual({ berkala: 2, serta_merta: 1, setiap_saat: 1 });
    // The first data row ("Hardcopy" in Bentuk) is an entry, never taken into the header.
    expect(entries[0]).toMatchObject({ judul: 'Profil Dinas Kesehatan', unit_text: 'Sekretariat', retensi_aktif: 5 });
    expect(entries[1]).toMatchObject({ retensi_text: '10 (sepuluh) tahun', retensi_aktif: 10 });
    expect(entries[3]).toMatchObject({ category: 'setiap_saat', disposisi: 'dinilai_kembali' });
  });

  it('takes numbered category rows and numbered group rows with sub-items as headings, never entries', async () => {
    const { counts, entries } = await importBook([
      {
        name: 'DIP 2025',
        rows: [
          ['No', 'Jenis Informasi', 'Penerbit Informasi', 'Jangkawaktu disediakan', 'Bentuk Informasi'],
          [1, 'Informasi Berkala'],
          [null, 'Rencana Strategis 2021–2026', 'Bagian Perencanaan', 'Lima tahunan', 'Softcopy'],
          [null, 'Laporan Akuntabilitas Kinerja', 'Bagian Perencanaan', 'Tahunan', 'Softcopy'],
          [2, 'Informasi Setiap Saat'],
          [null, 'Daftar aset dan inventaris', 'Bagian Umum', 'Setiap saat', 'Hardcopy'],
          [3, 'Informasi tentang pengadaan barang dan jasa'],
          [null, 'a. Rencana umum pengadaan', 'ULP', 'Setiap saat', 'Softcopy'],
          [null, 'b. Daftar penyedia terpilih', 'ULP', 'Setiap saat', 'Softcopy'],
        ],
      },
    ]);
    expect(counts).toEqual({ berkala: 2, setiap_saat: 3 });
    expect(entries.map((e) => e.judul)).not.toContain('Informasi tentang pengadaan barang dan jasa');
    // "Penerbit Informasi" is the penanggung jawab; "Jangkawaktu disediakan" is kept in the notes.
    expect(entries[0]).toMatchObject({ penanggung_jawab: 'Bagian Perencanaan', notes: 'Jangka waktu disediakan: Lima tahunan' });
  });

  it('takes roman group rows ("I Informasi … yang meliputi:") as headings; sections merged across only some columns too', async () => {
    const { counts, entries } = await importBook([
      {
        name: 'DIP',
        rows: [
          ['DAFTAR INFORMASI PUBLIK'],
          perki,
          ['A. INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA'],
          ['I', 'Informasi tentang profil Badan Publik yang meliputi:'],
          [1, 'Struktur organisasi dan tugas pokok', 'Sekretariat', 'Sekretaris', 'Softcopy', '2 tahun'],
          ['II', 'Informasi tentang kegiatan dan kinerja, yang meliputi:'],
          [2, 'Laporan kinerja tahunan', 'Perencanaan', 'Kepala Bagian', 'Softcopy', '5 tahun'],
          ['B. INFORMASI YANG WAJIB TERSEDIA SETIAP SAAT'],
          [3, 'Daftar regulasi', 'Hukum', 'Kepala Bagian Hukum', 'Softcopy', 'Permanen'],
        ],
        merges: ['A1:F1', 'A3:D3', 'B8:E8'],
      },
    ]);
    expect(counts).toEqual({ berkala: 2, setiap_saat: 1 });
    expect(entries.map((e) => e.judul)).toEqual(['Struktur organisasi dan tugas pokok', 'Laporan kinerja tahunan', 'Daftar regulasi']);
  });

  it('reads stacked tables (the second with its own header and a column fewer); the closing block is not an entry and sets no category', async () => {
    const { counts, entries } = await importBook([
      {
        name: 'DIP',
        rows: [
          ['INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA'],
          ['No', 'Judul Informasi', 'Ringkasan Isi Informasi', 'Penanggung Jawab', 'Jangka Waktu'],
          [1, 'Profil PPID', 'Struktur dan tugas PPID', 'PPID', '5 tahun'],
          [2, 'Laporan Layanan Informasi Publik', 'Rekap permohonan', 'PPID', '10 tahun'],
          [],
          ['INFORMASI YANG WAJIB TERSEDIA SETIAP SAAT'],
          ['No', 'Judul Informasi', 'Ringkasan Isi Informasi', 'Penanggung Jawab'],
          [1, 'Daftar Informasi Publik', 'Daftar seluruh informasi publik', 'PPID'],
          [],
          [null, null, null, 'Ditetapkan di : Sleman'],
          [null, null, null, 'Pada tanggal : 2 Januari 2025'],
          [null, null, null, 'PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI SERTA MERTA'],
          [null, null, null, 'Drs. Bambang Sutrisno, M.Si'],
          [null, null, null, 'NIP. 19700101 199503 1 001'],
        ],
      },
    ]);
    expect(counts).toEqual({ berkala: 2, setiap_saat: 1 });
    expect(entries[1]).toMatchObject({ judul: 'Laporan Layanan Informasi Publik', ringkasan: 'Rekap permohonan', retensi_aktif: 10 });
    expect(entries[2]).toMatchObject({ judul: 'Daftar Informasi Publik', penanggung_jawab: 'PPID', retensi_text: '' });
  });

  it("does not copy a merged cell's text into the cells it covers", async () => {
    const { entries } = await importBook(
      [
        {
          name: 'DIP',
          rows: [
            perki,
            [1, 'Profil Dinas', 'Sekretariat', 'Sekretaris', 'Softcopy', '5 tahun'],
            [2, 'Rencana Kerja', null, 'Sekretaris', 'Softcopy', '5 tahun'],
            [3, 'Laporan Keuangan', 'Keuangan', 'Kasubag Keuangan', 'Softcopy', '5 tahun'],
          ],
          merges: ['C2:C3'],
        },
      ],
      { list: 'dip' },
    );
    expect(entries.map((e) => e.unit_text)).toEqual(['Sekretariat', '', 'Keuangan']);
  });

  it('finds the header row over data rows that hold header words ("Dibuka setelah …", "Hardcopy") and never swallows the first data row', async () => {
    const { preview } = await importBook(
      [
        {
          name: 'Lembar1',
          rows: [
            ['No', 'Informasi', 'Bentuk', 'Jangka Waktu'],
            [null, 'Dokumen seleksi calon pegawai', 'Hardcopy', 'Dibuka setelah pengumuman kelulusan'],
            [null, 'Catatan rapat pimpinan', 'Hardcopy', 'Dibuka setelah ada keputusan tetap dari Pimpinan'],
          ],
        },
      ],
      { list: 'dik' },
    );
    expect(preview.mapping).toMatchObject({ headerRow: 1, headerDepth: 1 });
    expect(preview.read).toBe(2);
  });
});

describe('real layouts of a DIK', () => {
  it('reads the consequence-test matrix: Konten Informasi, Pertimbangan sesuai indikator konsekuensi, Akibat/Manfaat, Batas Waktu Pengecualian, a numbering row', async () => {
    const { entries, preview } = await importBook([
      {
        name: 'Uji Konsekuensi',
        rows: [
          ['LEMBAR PENGUJIAN KONSEKUENSI'],
          ['No', 'Konten Informasi', 'Pertimbangan sesuai indikator konsekuensi', 'Konsekuensi', null, 'Batas Waktu Pengecualian'],
          [null, null, null, 'Akibat apabila dibuka', 'Manfaat apabila ditutup', null],
          [1, 2, 3, 4, 5, 6],
          [
            1,
            'Rekam medis pasien rawat inap',
            'Pasal 17 huruf h angka 2 UU 14/2008',
            'Terungkapnya riwayat penyakit dan pengobatan pasien',
            'Terlindunginya rahasia pribadi pasien',
            'Selama pasien tidak memberi persetujuan tertulis',
          ],
        ],
        merges: ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3'],
      },
    ]);
    expect(preview.list.list).toBe('dik');
    expect(preview.mapping).toMatchObject({ headerRow: 2, headerDepth: 2 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      category: 'dikecualikan',
      dik_informasi: 'Rekam medis pasien rawat inap',
      dik_dasar_hukum: 'Pasal 17 huruf h angka 2 UU 14/2008',
      dik_konsekuensi_dibuka: 'Terungkapnya riwayat penyakit dan pengobatan pasien',
      dik_konsekuensi_ditutup: 'Terlindunginya rahasia pribadi pasien',
      dik_jangka_waktu: 'Selama pasien tidak memberi persetujuan tertulis',
    });
  });

  it('reads a campus list (Jenis Klasifikasi Informasi yang Dikecualikan · Alasan Pengecualian · Jangka Waktu)', async () => {
    const { entries, preview } = await importBook([
      {
        name: 'Sheet1',
        rows: [
          ['Klasifikasi Informasi yang Dikecualikan Universitas'],
          ['No', 'Jenis Klasifikasi Informasi yang Dikecualikan', 'Alasan Pengecualian', 'Jangka Waktu'],
          [1, 'Soal ujian yang belum diujikan', 'Pasal 17 huruf j: mengganggu penilaian', 'Dibuka setelah ujian selesai'],
        ],
      },
    ]);
    expect(preview.list).toMatchObject({ list: 'dik' });
    expect(entries[0]).toMatchObject({
      dik_informasi: 'Soal ujian yang belum diujikan',
      dik_dasar_hukum: 'Pasal 17 huruf j: mengganggu penilaian',
      dik_jangka_waktu: 'Dibuka setelah ujian selesai',
    });
  });

  it('reads a KPU kabupaten list: DASAR is the upstream decision (kept as the legal basis and, apart, as the decision cited)', async () => {
    const { entries, preview } = await importBook([
      {
        name: 'DIK',
        rows: [
          ['DAFTAR INFORMASI YANG DIKECUALIKAN KPU KABUPATEN KLATEN'],
          ['NO', 'INFORMASI YANG DIKECUALIKAN', 'DASAR', 'HASIL UJI KONSEKUENSI', 'JANGKA WAKTU', 'KETERANGAN'],
          [
            1,
            'Data pribadi anggota dan sekretariat KPU',
            '169/Kpts/KPU/TAHUN 2015 tentang Informasi yang Dikecualikan di Lingkungan Komisi Pemilihan Umum',
            'Dapat mengungkap rahasia pribadi',
            'selama jangka waktu lima tahun, kecuali atas persetujuan yang bersangkutan',
            'rahasia jabatan',
          ],
        ],
      },
    ]);
    expect(preview.rows[0]?.dik).toMatchObject({
      keputusan: '169/Kpts/KPU/TAHUN 2015',
      informasi: 'Data pribadi anggota dan sekretariat KPU',
      konsekuensiDibuka: 'Dapat mengungkap rahasia pribadi',
    });
    expect(entries[0]).toMatchObject({
      category: 'dikecualikan',
      dik_dasar_hukum: '169/Kpts/KPU/TAHUN 2015 tentang Informasi yang Dikecualikan di Lingkungan Komisi Pemilihan Umum',
      dik_konsekuensi_dibuka: 'Dapat mengungkap rahasia pribadi',
      dik_jangka_waktu: 'selama jangka waktu lima tahun, kecuali atas persetujuan yang bersangkutan',
      notes: 'rahasia jabatan',
    });
  });
});
