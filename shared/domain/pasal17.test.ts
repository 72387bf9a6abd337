import { describe, expect, it } from 'vitest';
import { groundSchema, plausibilityWarnings, seedGrounds, splitGroundCode } from './pasal17';
import { parsePeriod } from './period';

/** UU 14/2008 Pasal 17 as enacted, for the limbs the short key phrases used to drop. */
const act: Record<string, string> = {
  '17a3':
    'mengungkapkan data intelijen kriminal dan rencana-rencana yang berhubungan dengan pencegahan dan penanganan segala bentuk kejahatan transnasional',
  '17c3':
    'jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan dalam penyelenggaraan sistem pertahanan dan keamanan negara serta rencana pengembangannya',
  '17c5':
    'data perkiraan kemampuan militer dan pertahanan negara lain terbatas pada segala tindakan dan/atau indikasi negara tersebut yang dapat membahayakan kedaulatan Negara Kesatuan Republik Indonesia dan/atau data terkait kerjasama militer dengan negara lain yang disepakati dalam perjanjian tersebut sebagai rahasia atau sangat rahasia',
  '17e1': 'rencana awal pembelian dan penjualan mata uang nasional atau asing, saham dan aset vital milik negara',
  '17e2': 'rencana awal perubahan nilai tukar, suku bunga, dan model operasi institusi keuangan',
  '17e3': 'rencana awal perubahan suku bunga bank, pinjaman pemerintah, perubahan pajak, tarif, atau pendapatan negara/daerah lainnya',
  '17h2': 'riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang',
  '17h4': 'hasil-hasil evaluasi sehubungan dengan kapabilitas, intelektualitas, dan rekomendasi kemampuan seseorang',
  '17i':
    'memorandum atau surat-surat antar Badan Publik atau intra Badan Publik, yang menurut sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan',
};

const label = (code: string) => seedGrounds.find(([c]) => c === code)?.[2];

describe('Pasal 17 seed labels', () => {
  it.each(Object.entries(act))('%s is worded as the Act does', (code, text) => {
    expect(label(code)).toBe(text);
  });

  it('keeps the limbs issue 11 found dropped', () => {
    expect(label('17a3')).toContain('kejahatan transnasional');
    expect(label('17c3')).toContain('serta rencana pengembangannya');
    expect(label('17c5')).toContain('kerjasama militer');
    expect(label('17e1')).toContain('nasional atau asing');
    expect(label('17e1')).toContain('milik negara');
    expect(label('17e2')).toContain('model operasi institusi keuangan');
    expect(label('17e3')).toContain('pendapatan negara/daerah');
    expect(label('17h2')).toContain('pengobatan');
    expect(label('17h4')).toContain('rekomendasi');
    expect(label('17i')).toContain('kecuali atas putusan Komisi Informasi atau pengadilan');
  });

  it('every seed row is a valid, editable ground', () => {
    for (const [code, en, id] of seedGrounds) {
      const { huruf, angka } = splitGroundCode(code);
      expect(groundSchema.safeParse({ code, huruf, angka, labelId: id, labelEn: en, active: true }).success, code).toBe(true);
    }
  });
});

describe('plausibilityWarnings with Pasal 18', () => {
  it('warns when a DIK row names a policy (Kementerian Pertahanan, "a. Kebijakan Perencanaan")', () => {
    const warnings = plausibilityWarnings(['17c'], 'a. Kebijakan Perencanaan', parsePeriod('5 tahun'));
    expect(warnings).toContainEqual({
      key: 'pasal18',
      params: { item: expect.stringContaining('kebijakan lain') as string, found: 'Kebijakan' },
    });
  });

  it('does not warn for information Pasal 18 does not name', () => {
    const warnings = plausibilityWarnings(['17h'], 'Data rincian gaji dan tunjangan pegawai (individu)', parsePeriod('Permanen'));
    expect(warnings.filter((w) => w.key === 'pasal18')).toEqual([]);
  });
});
