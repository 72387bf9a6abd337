import { describe, expect, it } from 'vitest';
import { pasal18Items, pasal18Matches } from './pasal18';

describe('Pasal 18 reference data', () => {
  it("lists ayat (1) huruf a–g in the Act's words", () => {
    expect(pasal18Items.map((i) => i.code)).toEqual(['18(1)a', '18(1)b', '18(1)c', '18(1)d', '18(1)e', '18(1)f', '18(1)g']);
    expect(pasal18Items[0]?.text).toBe('putusan badan peradilan');
    expect(pasal18Items[2]?.text).toBe('surat perintah penghentian penyidikan atau penuntutan');
  });
});

describe('pasal18Matches', () => {
  it.each([
    ['Salinan putusan pengadilan atas perkara pegawai', '18(1)a', 'Salinan putusan'],
    ['Putusan Pengadilan Tata Usaha Negara', '18(1)a', 'Putusan Pengadilan'],
    ['Surat Edaran Bupati tentang jam kerja', '18(1)b', 'Surat Edaran'],
    ['Keputusan Kepala Dinas tentang penetapan tim', '18(1)b', 'Keputusan'],
    ['Surat Perintah Penghentian Penyidikan (SP3)', '18(1)c', 'Surat Perintah Penghentian Penyidikan'],
    ['Rencana pengeluaran tahunan Kejaksaan Negeri', '18(1)d', 'Rencana pengeluaran tahunan'],
    ['Laporan keuangan tahunan Polres', '18(1)e', 'Laporan keuangan tahunan'],
    ['Laporan hasil pengembalian uang hasil korupsi', '18(1)f', 'pengembalian uang hasil korupsi'],
  ])('"%s" names %s', (text, code, found) => {
    expect(pasal18Matches(text)).toContainEqual(expect.objectContaining({ code, found }));
  });

  it('"keputusan" is not read inside other words, nor "putusan" inside "keputusan"', () => {
    expect(pasal18Matches('Dokumen dan Berita Acara Pemeriksaan Pegawai')).toEqual([]);
    expect(pasal18Matches('Hasil keputusan disiplin')).toEqual([expect.objectContaining({ code: '18(1)b' })]);
    expect(pasal18Matches('Data pribadi peserta Penerimaan Mahasiswa Baru')).toEqual([]);
  });

  it('reads the items it is given (the list is data, not code)', () => {
    expect(pasal18Matches('Surat Edaran', [{ code: 'x', text: 'contoh', pattern: /edaran/ }])).toEqual([
      { code: 'x', text: 'contoh', found: 'Edaran' },
    ]);
  });
});
