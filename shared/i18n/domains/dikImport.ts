// Words of an existing DIK entering the exemption lifecycle (issue 11 item 2): the decision that set
// it, what was read from each row, and what the officer reviews. Kept under dikImport.*.
import type { Widen } from '../messages';

const idStrings = {
  open: 'Impor DIK',
  title: 'Impor Daftar Informasi yang Dikecualikan',
  intro:
    'Impor DIK yang sudah ditetapkan: setiap baris menjadi Informasi yang Dikecualikan yang berlaku, terhubung dengan keputusan yang menetapkannya. Dasar hukum dan jangka waktu dibaca dari teksnya; yang tidak terbaca penuh ditandai untuk ditinjau.',
  decision: {
    title: 'Keputusan yang menetapkan DIK ini',
    hint: 'Isi SK penetapan badan publik ini, atau keputusan dari atas (mis. Keputusan KPU RI). Tanpa keputusan, baris tetap dikecualikan dan ditandai menunggu SK.',
    number: 'Nomor SK',
    date: 'Tanggal SK',
    signerName: 'Nama penanda tangan',
    signerPosition: 'Jabatan penanda tangan',
    scan: 'Pindaian SK bertanda tangan (opsional)',
    upstream: 'Keputusan dari atas (opsional)',
    upstreamHint: 'Mis. 169/Kpts/KPU/TAHUN 2015. Bila kosong, dibaca dari kolom DASAR/Keputusan tiap baris.',
    none: 'Belum ada keputusan: {{count}} baris akan diimpor sebagai dikecualikan, menunggu SK yang menetapkannya.',
    given: 'Ditetapkan dengan SK {{number}} tanggal {{date}}.',
  },
  reading: {
    grounds: 'Pasal 17',
    noGrounds: 'tanpa huruf Pasal 17',
    others: 'Dasar lain',
    ends: 'Berakhir {{date}}',
    noEnd: 'tanpa tanggal berakhir',
    upstream: 'Keputusan: {{text}}',
    review: 'Perlu ditinjau',
  },
  result: '{{decided}} ditetapkan, {{awaiting}} menunggu SK, {{toReview}} perlu ditinjau.',
  awaiting: {
    badge: 'Menunggu SK',
    banner:
      '{{count}} informasi hasil impor belum terhubung dengan keputusan yang menetapkannya. Catat SK-nya di tab Surat Keputusan agar jangka waktunya berjalan dan tanggal berakhirnya terhitung.',
    record: 'Catat SK',
  },
  imported: 'Hasil impor',
  reviewBadge: 'Perlu ditinjau ({{count}})',
  reviewTitle: 'Hasil impor yang perlu ditinjau',
  review: {
    citation: {
      noGround: 'Tidak ada huruf Pasal 17 yang terbaca dari "{{text}}".',
      groundIncomplete: 'Dasar hukum menyebut "{{text}}" tanpa huruf: lengkapi hurufnya.',
      actAssumed: '"{{text}}" tidak menyebut undang-undangnya: dibaca sebagai UU 14/2008.',
      articleAssumed: '"{{text}}" tidak menyebut pasalnya: dibaca sebagai Pasal 17.',
      unknownGround: 'Huruf/angka yang tidak ada di Pasal 17: "{{text}}".',
      unreadCitation: 'Rujukan yang tidak dapat dibaca: "{{text}}".',
    },
    groundInactive: 'Dasar {{code}} tidak ada di data rujukan: tidak dicatat.',
    basesCut: '{{count}} dasar hukum lain tidak muat; teks lengkapnya tetap di kolom Dasar Hukum.',
    basisCut: 'Dasar hukum terpotong ("{{text}}"); teks lengkapnya tetap di kolom Dasar Hukum.',
    keputusanDiffers: 'Baris ini menyebut keputusan "{{cited}}", bukan "{{given}}".',
    periodUnparsed: 'Jangka waktu "{{text}}" tidak terbaca: tidak ada tanggal berakhir.',
    noConsequence: 'Konsekuensi dibuka dan ditutup kosong.',
    awaitingDecision: 'Menunggu SK yang menetapkannya.',
    needsDecisionDate: 'Tanggal keputusan belum diketahui: tanggal berakhir belum dapat dihitung.',
  },
};

const enStrings = {
  open: 'Import DIK',
  title: 'Import a List of Exempted Information',
  intro:
    'Import a DIK that was already established: each row becomes exempted information in force, linked to the decision that set it. Legal bases and periods are read from the text; whatever is not fully read is flagged for review.',
  decision: {
    title: 'The decision that set this DIK',
    hint: "Enter this body's SK, or the upstream decision (e.g. a KPU RI decision). Without a decision the rows are still exempted, marked as awaiting their SK.",
    number: 'SK number',
    date: 'SK date',
    signerName: 'Signed by (name)',
    signerPosition: 'Signed by (position)',
    scan: 'Scan of the signed SK (optional)',
    upstream: 'Upstream decision (optional)',
    upstreamHint: "E.g. 169/Kpts/KPU/TAHUN 2015. When empty, each row's DASAR/Keputusan column is read.",
    none: 'No decision yet: {{count}} rows will be imported as exempted, awaiting the SK that set them.',
    given: 'Set by SK {{number}} of {{date}}.',
  },
  reading: {
    grounds: 'Pasal 17',
    noGrounds: 'no Pasal 17 huruf',
    others: 'Other bases',
    ends: 'Ends {{date}}',
    noEnd: 'no end date',
    upstream: 'Decision: {{text}}',
    review: 'To review',
  },
  result: '{{decided}} decided, {{awaiting}} awaiting their SK, {{toReview}} to review.',
  awaiting: {
    badge: 'Awaiting SK',
    banner:
      '{{count}} imported items are not yet linked to the decision that set them. Record the SK on the Decisions (SK) tab so their periods run and their end dates are computed.',
    record: 'Record the SK',
  },
  imported: 'Imported',
  reviewBadge: 'To review ({{count}})',
  reviewTitle: 'Imported: points to review',
  review: {
    citation: {
      noGround: 'No Pasal 17 huruf could be read from "{{text}}".',
      groundIncomplete: 'The legal basis cites "{{text}}" without a huruf: complete it.',
      actAssumed: '"{{text}}" names no Act: read as UU 14/2008.',
      articleAssumed: '"{{text}}" names no article: read as Pasal 17.',
      unknownGround: 'A huruf/angka Pasal 17 does not have: "{{text}}".',
      unreadCitation: 'A citation that could not be read: "{{text}}".',
    },
    groundInactive: 'Ground {{code}} is not in the reference data: not recorded.',
    basesCut: '{{count}} further legal bases did not fit; the full text stays in the Dasar Hukum column.',
    basisCut: 'A legal basis was cut ("{{text}}"); the full text stays in the Dasar Hukum column.',
    keputusanDiffers: 'This row cites the decision "{{cited}}", not "{{given}}".',
    periodUnparsed: 'The period "{{text}}" could not be read: no end date.',
    noConsequence: 'Both consequences (if opened, if closed) are empty.',
    awaitingDecision: 'Awaiting the SK that set it.',
    needsDecisionDate: "The decision's date is not known: the end date cannot be computed yet.",
  },
} satisfies Widen<typeof idStrings>;

export const dikImportStrings = { id: idStrings, en: enStrings };
