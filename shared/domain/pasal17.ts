import { z } from 'zod';
import { pasal18Matches } from './pasal18';
import type { ParsedPeriod } from './period';

/**
 * Pasal 17 UU 14/2008 grounds as reference data. The rows below only seed the `pasal17_grounds`
 * table; the officer edits wording there (legal texts change), so nothing here is printed directly.
 * Where a short key phrase would drop a limb of the Act (17a3, 17c3, 17c5, 17e1–e3, 17h2, 17h4,
 * 17i), the Indonesian label is the Act's own wording (UU 14/2008 Pasal 17); migration 0009 carries
 * it into archives whose labels were never edited.
 */

export const groundCodeSchema = z.string().regex(/^17[a-j]\d?$/, { message: 'v.invalid' });

export const groundSchema = z.object({
  code: groundCodeSchema,
  huruf: z.string(),
  angka: z.number().int().positive().nullable(),
  labelId: z.string().trim().min(1, { message: 'v.required' }).max(400, { message: 'v.tooLong' }),
  labelEn: z.string().trim().max(400, { message: 'v.tooLong' }),
  active: z.boolean(),
});
export type Ground = z.infer<typeof groundSchema>;

export const groundEditSchema = groundSchema.pick({ code: true, labelId: true, labelEn: true, active: true });
export type GroundEdit = z.infer<typeof groundEditSchema>;

type SeedGround = readonly [code: string, en: string, id: string];

export const seedGrounds: readonly SeedGround[] = [
  ['17a', 'Obstructs law enforcement', 'menghambat proses penegakan hukum'],
  ['17a1', 'obstructs investigation (penyelidikan/penyidikan) of a crime', 'menghambat penyelidikan dan penyidikan'],
  ['17a2', 'reveals informants, reporters, witnesses, victims', 'identitas informan, pelapor, saksi, korban'],
  [
    '17a3',
    'reveals criminal intelligence / transnational-crime prevention plans',
    'mengungkapkan data intelijen kriminal dan rencana-rencana yang berhubungan dengan pencegahan dan penanganan segala bentuk kejahatan transnasional',
  ],
  ['17a4', 'endangers law-enforcers or their families', 'keselamatan penegak hukum dan keluarganya'],
  ['17a5', 'endangers law-enforcement equipment/facilities', 'keamanan peralatan, sarana, prasarana penegak hukum'],
  ['17b', 'Harms IP protection / fair-competition protection', 'hak atas kekayaan intelektual; persaingan usaha tidak sehat'],
  ['17c', 'Endangers national defence and security', 'membahayakan pertahanan dan keamanan negara'],
  ['17c1', 'defence/security strategy, intelligence, operations, tactics (info)', 'strategi, intelijen, operasi, taktik dan teknik'],
  ['17c2', 'documents containing such strategy/operations', 'dokumen strategi, intelijen, operasi'],
  [
    '17c3',
    'strength, composition, disposition of forces & development plans',
    'jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan dalam penyelenggaraan sistem pertahanan dan keamanan negara serta rencana pengembangannya',
  ],
  ['17c4', 'images/data on military bases/installations', 'pangkalan dan/atau instalasi militer'],
  [
    '17c5',
    'estimates of foreign military capability; classified military cooperation',
    'data perkiraan kemampuan militer dan pertahanan negara lain terbatas pada segala tindakan dan/atau indikasi negara tersebut yang dapat membahayakan kedaulatan Negara Kesatuan Republik Indonesia dan/atau data terkait kerjasama militer dengan negara lain yang disepakati dalam perjanjian tersebut sebagai rahasia atau sangat rahasia',
  ],
  ['17c6', 'state cryptography system', 'sistem persandian negara'],
  ['17c7', 'state intelligence system', 'sistem intelijen negara'],
  ['17d', "Reveals Indonesia's natural wealth", 'mengungkapkan kekayaan alam Indonesia'],
  ['17e', 'Harms national economic resilience', 'merugikan ketahanan ekonomi nasional'],
  [
    '17e1',
    'early plans to buy/sell currency, shares, vital state assets',
    'rencana awal pembelian dan penjualan mata uang nasional atau asing, saham dan aset vital milik negara',
  ],
  [
    '17e2',
    'early plans to change exchange rate, interest, financial-institution operations',
    'rencana awal perubahan nilai tukar, suku bunga, dan model operasi institusi keuangan',
  ],
  [
    '17e3',
    "early plans on bank rates, gov't loans, taxes, tariffs, revenues",
    'rencana awal perubahan suku bunga bank, pinjaman pemerintah, perubahan pajak, tarif, atau pendapatan negara/daerah lainnya',
  ],
  ['17e4', 'early plans to sell/buy land or property', 'rencana awal jual/beli tanah atau properti'],
  ['17e5', 'early foreign-investment plans', 'rencana awal investasi asing'],
  ['17e6', 'banking/insurance/financial supervision process & results', 'pengawasan perbankan, asuransi, lembaga keuangan'],
  ['17e7', 'money-printing matters', 'proses pencetakan uang'],
  ['17f', 'Harms foreign relations', 'merugikan kepentingan hubungan luar negeri'],
  ['17f1', 'negotiating position, leverage, strategy', 'posisi, daya tawar, strategi negosiasi internasional'],
  ['17f2', 'diplomatic correspondence', 'korespondensi diplomatik antarnegara'],
  ['17f3', 'communication & cipher systems used in foreign relations', 'sistem komunikasi dan persandian hubungan internasional'],
  ['17f4', 'protection of strategic infrastructure abroad', 'infrastruktur strategis Indonesia di luar negeri'],
  ['17g', 'Reveals private authentic deeds, last will/testament', 'akta otentik pribadi; kemauan terakhir/wasiat'],
  ['17h', 'Reveals personal secrets (rahasia pribadi)', 'mengungkap rahasia pribadi'],
  ['17h1', "family members' history and condition", 'riwayat dan kondisi anggota keluarga'],
  [
    '17h2',
    'physical/psychological health history, care, treatment',
    'riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang',
  ],
  ['17h3', 'personal finances, assets, income, bank accounts', 'kondisi keuangan, aset, pendapatan, rekening bank'],
  [
    '17h4',
    'evaluations of capability, intellect, recommendations',
    'hasil-hasil evaluasi sehubungan dengan kapabilitas, intelektualitas, dan rekomendasi kemampuan seseorang',
  ],
  ['17h5', 'personal records from formal/non-formal education', 'catatan pribadi satuan pendidikan formal/nonformal'],
  [
    '17i',
    'Inter-/intra-agency memoranda confidential by nature (unless opened by KI/court ruling)',
    'memorandum atau surat-surat antar Badan Publik atau intra Badan Publik, yang menurut sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan',
  ],
  ['17j', 'Information a statute prohibits disclosing', 'tidak boleh diungkapkan berdasarkan Undang-Undang'],
];

/** "17h3" → { huruf: 'h', angka: 3 }. */
export function splitGroundCode(code: string): { huruf: string; angka: number | null } {
  const match = /^17([a-j])(\d)?$/.exec(code);
  if (!match?.[1]) throw new RangeError(`not a Pasal 17 ground: ${code}`);
  return { huruf: match[1], angka: match[2] === undefined ? null : Number(match[2]) };
}

/** How a DIK prints a ground: "Pasal 17 huruf h angka 3 UU 14/2008". */
export function groundCitation(code: string): string {
  const { huruf, angka } = splitGroundCode(code);
  return `Pasal 17 huruf ${huruf}${angka === null ? '' : ` angka ${String(angka)}`} UU 14/2008`;
}

/** The Dasar Hukum Pengecualian column: grounds in code order, then the other statutes as written. */
export function legalBasisText(codes: readonly string[], otherBases: readonly string[]): string {
  return [...[...codes].sort().map(groundCitation), ...otherBases.map((text) => text.trim()).filter(Boolean)].join('; ');
}

/** Grounds g and h (private deeds, personal secrets) are treated as lasting; a–f are not permanent (Pasal 20). */
export function isLastingGround(code: string): boolean {
  return /^17[gh]/.test(code);
}

/** Each warning names an i18n key under exemption.warn; params fill it. */
export interface PlausibilityWarning {
  key: string;
  params: Record<string, string>;
}

const financialReport = /laporan keuangan|anggaran|apbd|apbn|realisasi|neraca|\bdipa\b|\brka\b|pengadaan|kontrak/;
/** For each personal-secret angka, words that show the information really is about that. */
const personalFit: Record<string, RegExp> = {
  '17h1': /keluarga|istri|suami|anak|ahli waris|perkawinan|kk\b|kartu keluarga/,
  '17h2': /kesehatan|medis|rekam medi|sakit|psikolog|perawatan|rawat/,
  '17h3': /rekening|gaji|penghasilan|pendapatan|harta|aset|lhkpn|pajak pribadi|keuangan pribadi|tabungan/,
  '17h4': /evaluasi|penilaian|kinerja|psikotes|asesmen|kompetensi|rekomendasi|skp\b/,
  '17h5': /pendidikan|ijazah|rapor|transkrip|nilai|sekolah|kuliah|siswa|mahasiswa/,
};

/**
 * Warnings, never refusals: a legal basis that does not seem to fit the information (DOMAIN: ground
 * h5 cited for a financial report), a permanent period on a non-permanent ground, a period past the
 * 30-year cap for law enforcement, information Pasal 18 says is never exempt. The officer decides; the consequence test records why.
 */
export function plausibilityWarnings(codes: readonly string[], informationText: string, period: ParsedPeriod): PlausibilityWarning[] {
  const text = informationText.normalize('NFKC').toLowerCase();
  const warnings: PlausibilityWarning[] = [];
  if (codes.length === 0) warnings.push({ key: 'noGround', params: {} });
  for (const code of codes) {
    const fit = personalFit[code];
    if (fit && !fit.test(text)) {
      warnings.push({
        key: financialReport.test(text) ? 'personalOnFinancial' : 'personalNoFit',
        params: { ground: groundCitation(code) },
      });
    }
  }
  const nonPermanent = codes.filter((code) => !isLastingGround(code) && !/^17[ij]/.test(code));
  if (period.kind === 'lasting' && nonPermanent.length > 0) {
    warnings.push({ key: 'lastingNotPermanent', params: { ground: groundCitation(nonPermanent[0] ?? '17a') } });
  }
  if (period.kind === 'duration' && codes.some((code) => code.startsWith('17a')) && period.years + period.months / 12 > 30) {
    warnings.push({ key: 'lawEnforcementCap', params: {} });
  }
  if (period.kind === 'unparsed') warnings.push({ key: 'periodUnparsed', params: {} });
  // Pasal 18: court rulings, decisions and policies, SP3 … are never exempted information.
  for (const match of pasal18Matches(informationText)) warnings.push({ key: 'pasal18', params: { item: match.text, found: match.found } });
  return warnings;
}

/** Statutes besides UU 14/2008 that DIK lists cite; seeds the editable list the form suggests from. */
export const seedStatutes: readonly string[] = [
  'UU 43/2009 tentang Kearsipan Pasal 44 ayat (1) huruf h',
  'UU 27/2022 tentang Pelindungan Data Pribadi',
  'PP 60/2008 tentang Sistem Pengendalian Intern Pemerintah',
  'PP 61/2010 tentang Pelaksanaan UU 14/2008',
  'UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013',
  'UU 7/2017 tentang Pemilihan Umum',
  'UU 36/2009 tentang Kesehatan (jo. UU 17/2023)',
  'UU 5/2014 tentang Aparatur Sipil Negara (jo. UU 20/2023)',
];
