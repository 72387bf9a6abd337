import type { Migration } from '../migration';

/**
 * Pasal 17 labels in the Act's own words (issue 11 item 5). Archives seeded before this step carry
 * short key phrases that drop a limb of the Act (17i without "kecuali atas putusan Komisi Informasi
 * atau pengadilan", 17c3 without "serta rencana pengembangannya" …). A label the officer edited is
 * theirs and stays; only a label still equal to the old seed is replaced, and each replacement is
 * audited like an edit in Data rujukan. Both wordings are frozen here: this step never reads the
 * live seed data, so it means the same on every archive.
 *
 * Registered in migrations/index.ts after 0007 and 0008 (numbers assigned to other work).
 */
const labels: readonly (readonly [code: string, seeded: string, act: string])[] = [
  [
    '17a3',
    'data intelijen kriminal',
    'mengungkapkan data intelijen kriminal dan rencana-rencana yang berhubungan dengan pencegahan dan penanganan segala bentuk kejahatan transnasional',
  ],
  [
    '17c3',
    'jumlah, komposisi, disposisi, dislokasi kekuatan',
    'jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan dalam penyelenggaraan sistem pertahanan dan keamanan negara serta rencana pengembangannya',
  ],
  [
    '17c5',
    'perkiraan kemampuan militer negara lain',
    'data perkiraan kemampuan militer dan pertahanan negara lain terbatas pada segala tindakan dan/atau indikasi negara tersebut yang dapat membahayakan kedaulatan Negara Kesatuan Republik Indonesia dan/atau data terkait kerjasama militer dengan negara lain yang disepakati dalam perjanjian tersebut sebagai rahasia atau sangat rahasia',
  ],
  [
    '17e1',
    'rencana awal jual/beli mata uang, saham, aset vital',
    'rencana awal pembelian dan penjualan mata uang nasional atau asing, saham dan aset vital milik negara',
  ],
  [
    '17e2',
    'rencana awal perubahan nilai tukar, suku bunga',
    'rencana awal perubahan nilai tukar, suku bunga, dan model operasi institusi keuangan',
  ],
  [
    '17e3',
    'rencana awal perubahan pajak, tarif, pinjaman pemerintah',
    'rencana awal perubahan suku bunga bank, pinjaman pemerintah, perubahan pajak, tarif, atau pendapatan negara/daerah lainnya',
  ],
  [
    '17h2',
    'riwayat, kondisi, perawatan kesehatan fisik dan psikis',
    'riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang',
  ],
  [
    '17h4',
    'evaluasi kapabilitas, intelektualitas, kemampuan',
    'hasil-hasil evaluasi sehubungan dengan kapabilitas, intelektualitas, dan rekomendasi kemampuan seseorang',
  ],
  [
    '17i',
    'memorandum atau surat antar/intra Badan Publik yang dirahasiakan',
    'memorandum atau surat-surat antar Badan Publik atau intra Badan Publik, yang menurut sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan',
  ],
];

interface GroundRow {
  code: string;
  huruf: string;
  angka: number | null;
  label_id: string;
  label_en: string;
  active: number;
}

const toGround = (row: GroundRow) => ({
  code: row.code,
  huruf: row.huruf,
  angka: row.angka,
  labelId: row.label_id,
  labelEn: row.label_en,
  active: row.active === 1,
});

export const m0009Pasal17Labels: Migration = {
  version: 9,
  name: 'pasal17_labels',
  up(db, context) {
    // A new archive (nothing in its trail yet) gets the Act's words as its seed, unaudited like migration 4's
    // seed; an archive in use records each replacement, since an officer may rely on the old label.
    const inUse = db.prepare<[], number>('SELECT COUNT(*) FROM audit_events').pluck().get() !== 0;
    const get = db.prepare<[string], GroundRow>(
      'SELECT code, huruf, angka, label_id, label_en, active FROM pasal17_grounds WHERE code = ?',
    );
    const set = db.prepare('UPDATE pasal17_grounds SET label_id = ? WHERE code = ? AND label_id = ?');
    for (const [code, seeded, act] of labels) {
      const before = get.get(code);
      if (!before || set.run(act, code, seeded).changes !== 1) continue;
      const after = get.get(code);
      if (inUse)
        context.audit({
          actor: 'migration 0009',
          action: 'reference.updateGround',
          entityType: 'reference',
          entityId: code,
          before: toGround(before),
          after: after ? toGround(after) : null,
        });
    }
  },
};
