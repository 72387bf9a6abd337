import { z } from 'zod';
import type { AgencyProfile } from './agency';
import { isoDateSchema } from './workingDays';
import { categoryHeadings, entryCategorySchema, type Bentuk, type Disposition, type EntryCategory } from './entry';

/**
 * What a printed or exported list is made of. Every format (PDF, XLSX, CSV, JSON, HTML) renders a
 * `ListDocument`, built either from the live register or from a frozen edition. Only fields a
 * list publishes are in it: exempted entries reach it as the five DIK columns and nothing else.
 */
export const listKinds = ['dip', 'dik'] as const;
export const listKindSchema = z.enum(listKinds);
export type ListKind = z.infer<typeof listKindSchema>;

export const exportFormats = ['pdf', 'xlsx', 'csv', 'json', 'html'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const paperSizes = ['a4', 'f4'] as const;
export const paperSizeSchema = z.enum(paperSizes);
export type PaperSize = z.infer<typeof paperSizeSchema>;

/** `daftar`: kop surat and title; `lampiran`: the attachment to the SK (decision reference top right). */
export const pdfLayouts = ['daftar', 'lampiran'] as const;
export const pdfLayoutSchema = z.enum(pdfLayouts);
export type PdfLayout = z.infer<typeof pdfLayoutSchema>;

/** Paper in PDF points (1/72 inch): A4 210 × 297 mm, F4 (folio) 215 × 330 mm, portrait. */
export const paperPoints: Record<PaperSize, [number, number]> = {
  a4: [595.28, 841.89],
  f4: [609.45, 935.43],
};

/** One DIP row as printed: the seven Perki columns plus judul and jenis media, and the values behind them. */
export const dipRowSchema = z.object({
  entryId: z.number().int().positive(),
  category: entryCategorySchema,
  judul: z.string(),
  ringkasan: z.string(),
  unit: z.string(),
  penanggungJawab: z.string(),
  waktu: z.string(),
  tempat: z.string(),
  bentuk: z.enum(['hardcopy', 'softcopy', 'both']).nullable(),
  formatCetak: z.boolean(),
  formatRekam: z.boolean(),
  formatOnline: z.boolean(),
  retensiAktif: z.number().int().nullable(),
  retensiInaktif: z.number().int().nullable(),
  retensiText: z.string(),
  disposisi: z.enum(['musnah', 'dinilai_kembali', 'permanen']).nullable(),
  jenisMedia: z.string(),
  kodeKlasifikasi: z.string(),
  year: z.number().int().nullable(),
});
export type DipRow = z.infer<typeof dipRowSchema>;

/** Columns a DIK may add when the officer asks for them (KPU SOP steps 2 and 4). */
export const dikExtraColumns = ['jenisDokumen', 'upstreamDecision'] as const;
export type DikExtraColumn = (typeof dikExtraColumns)[number];

/** One DIK row: exactly the columns the published DIK shows (DOMAIN "The two lists"). */
export const dikRowSchema = z.object({
  entryId: z.number().int().positive(),
  informasi: z.string(),
  dasarHukum: z.string(),
  konsekuensiDibuka: z.string(),
  konsekuensiDitutup: z.string(),
  jangkaWaktu: z.string(),
  /** Printed only when asked for (`dikColumns`); absent from editions frozen before they existed. */
  jenisDokumen: z.string().optional(),
  upstreamDecision: z.string().optional(),
});
export type DikRow = z.infer<typeof dikRowSchema>;

/** The kop surat: taken from the agency profile when the list is made. */
export const letterheadSchema = z.object({
  bodyName: z.string(),
  unitName: z.string(),
  address: z.string(),
  city: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  logo: z.string().nullable(),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

/** The kop surat's part of the agency profile: one mapping for every printed document. */
export function letterheadOf(p: AgencyProfile): Letterhead {
  return {
    bodyName: p.bodyName,
    unitName: p.unitName,
    address: p.address,
    city: p.city,
    phone: p.phone,
    email: p.email,
    website: p.website,
    logo: p.logo,
  };
}

/** Who signs, where and when: the block under every printed list. */
export const signatureSchema = z.object({
  place: z.string(),
  /** ISO date, printed in Indonesian ("21 November 2025"). */
  date: z.string(),
  position: z.string(),
  name: z.string(),
  nip: z.string(),
});
export type Signature = z.infer<typeof signatureSchema>;

const listBase = z.object({
  year: z.number().int().nullable(),
  /** Decision (SK) number; empty for a working copy that is not yet established. */
  decisionNumber: z.string(),
  /** The SK's own date (the lampiran's TANGGAL); absent on editions frozen before it was kept apart from the signature date. */
  decisionDate: z.string().optional(),
  letterhead: letterheadSchema,
  signature: signatureSchema,
  /** The audit chain's head when the list was made, printed small in the footer. */
  auditHead: z.string().nullable(),
  /** ISO timestamp written into file metadata: fixed per edition so the same edition gives the same bytes. */
  madeAt: z.string(),
});

export const listDocumentSchema = z.discriminatedUnion('kind', [
  listBase.extend({ kind: z.literal('dip'), rows: z.array(dipRowSchema) }),
  listBase.extend({ kind: z.literal('dik'), rows: z.array(dikRowSchema) }),
]);
export type ListDocument = z.infer<typeof listDocumentSchema>;
export type DipDocument = Extract<ListDocument, { kind: 'dip' }>;
export type DikDocument = Extract<ListDocument, { kind: 'dik' }>;

/** The DIP's printed column headers, in order (DOMAIN: seven Perki columns + judul and jenis media). */
export const dipColumnHeaders = [
  'No',
  'Judul Informasi',
  'Ringkasan Isi Informasi',
  'Pejabat/Unit/Satker yang Menguasai Informasi',
  'Penanggung Jawab Pembuatan atau Penerbitan Informasi',
  'Waktu dan Tempat Pembuatan Informasi',
  'Bentuk Informasi yang Tersedia',
  'Jangka Waktu Penyimpanan atau Retensi Arsip',
  'Jenis Media yang Memuat Informasi',
] as const;

export const dikColumnHeaders = [
  'No',
  'Informasi yang Dikecualikan',
  'Dasar Hukum Pengecualian',
  'Konsekuensi Apabila Dibuka',
  'Konsekuensi Apabila Ditutup',
  'Jangka Waktu Pengecualian',
] as const;

export const listTitles: Record<ListKind, string> = {
  dip: 'Daftar Informasi Publik',
  dik: 'Daftar Informasi yang Dikecualikan',
};

/** The DIP's categories in printed order (exempted entries never appear in the DIP). */
export const dipCategories = ['berkala', 'serta_merta', 'setiap_saat'] as const satisfies readonly EntryCategory[];

const bentukLabels: Record<Bentuk, string> = { hardcopy: 'Hardcopy', softcopy: 'Softcopy', both: 'Hardcopy dan Softcopy' };
export const dispositionLabels: Record<Disposition, string> = {
  musnah: 'Musnah',
  dinilai_kembali: 'Dinilai Kembali',
  permanen: 'Permanen',
};

export function bentukText(row: Pick<DipRow, 'bentuk' | 'formatCetak' | 'formatRekam' | 'formatOnline'>): string {
  if (row.bentuk !== null) return bentukLabels[row.bentuk];
  const parts: string[] = [];
  if (row.formatCetak) parts.push('Cetak');
  if (row.formatRekam) parts.push('Rekam');
  if (row.formatOnline) parts.push('Online');
  return parts.join(', ');
}

export function parseBentuk(text: string): Bentuk | null {
  const found = (Object.entries(bentukLabels) as [Bentuk, string][]).find(([, label]) => label.toLowerCase() === text.trim().toLowerCase());
  return found ? found[0] : null;
}

export function retensiPrinted(row: Pick<DipRow, 'retensiAktif' | 'retensiInaktif' | 'retensiText'>): string {
  if (row.retensiText !== '') return row.retensiText;
  const parts: string[] = [];
  if (row.retensiAktif !== null) parts.push(`Aktif ${String(row.retensiAktif)} tahun`);
  if (row.retensiInaktif !== null) parts.push(`Inaktif ${String(row.retensiInaktif)} tahun`);
  return parts.join(', ');
}

export function waktuTempat(row: Pick<DipRow, 'waktu' | 'tempat'>): string {
  return [row.waktu, row.tempat].filter((part) => part !== '').join(', ');
}

/** The nine printed DIP cells of a row, numbered within its category heading. */
export function dipCells(row: DipRow, number: number): string[] {
  return [
    String(number),
    row.judul,
    row.ringkasan,
    row.unit,
    row.penanggungJawab,
    waktuTempat(row),
    bentukText(row),
    retensiPrinted(row),
    row.jenisMedia,
  ];
}

export function dikCells(row: DikRow, number: number): string[] {
  return [String(number), row.informasi, row.dasarHukum, row.konsekuensiDibuka, row.konsekuensiDitutup, row.jangkaWaktu];
}

/** DIP rows grouped under their category headings, in printed order; empty groups are left out. */
export function groupDip(rows: readonly DipRow[]): { category: EntryCategory; rows: DipRow[] }[] {
  return dipCategories
    .map((category) => ({ category, rows: rows.filter((row) => row.category === category) }))
    .filter((group) => group.rows.length > 0);
}

/** "A", "B", "C"… for the category headings. */
export function groupLetter(index: number): string {
  return String.fromCharCode(65 + (index % 26));
}

/** "A. Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala": the importer reads it back as a section. */
export function categoryHeadingPrinted(category: EntryCategory, index: number): string {
  return `${groupLetter(index)}. ${categoryHeadings[category]}`;
}

/** "Daftar Informasi Publik Tahun 2026". */
export function listTitle(kind: ListKind, year: number | null): string {
  return year === null ? listTitles[kind] : `${listTitles[kind]} Tahun ${String(year)}`;
}

/**
 * Spreadsheet formula injection (OWASP ASVS 1.2.10, RELIABILITY #10): a cell that starts with
 * = + - @ tab or CR is prefixed with an apostrophe so a spreadsheet shows it as text.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field: formula-escaped, then quoted when it holds a separator, quote or line break. */
export function csvField(text: string): string {
  const safe = escapeFormula(text);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Base names agencies publish under (`daftar-informasi-publik-2026`); the caller sanitises and adds the extension. */
/** "Kepala Dinas" + "Dinas Kominfo …" → "Kepala Dinas Kominfo …": the issuer named once on the lampiran line. */
export function issuerName(position: string, bodyName: string): string {
  const pos = position.trim().split(/\s+/).filter(Boolean);
  const body = bodyName.trim().split(/\s+/).filter(Boolean);
  if (body.length === 0) return pos.join(' ');
  if (position.toLowerCase().includes(bodyName.trim().toLowerCase())) return pos.join(' ');
  // "Sekretaris Daerah Kabupaten Bulukumba", "Bupati Pinrang"-style positions that already name their region are
  // the region's officials, not the body's: "… Kabupaten Bulukumba Dinas Kominfo …" would name a post that does not exist.
  if (/\b(kabupaten|kota|provinsi)\s+\S+/i.test(position)) return pos.join(' ');
  for (let overlap = Math.min(pos.length, body.length); overlap > 0; overlap -= 1) {
    const tail = pos
      .slice(pos.length - overlap)
      .join(' ')
      .toLowerCase();
    if (tail === body.slice(0, overlap).join(' ').toLowerCase()) return [...pos, ...body.slice(overlap)].join(' ');
  }
  return [...pos, ...body].join(' ');
}

export function listBaseName(kind: ListKind, year: number | null): string {
  const stem = kind === 'dip' ? 'daftar-informasi-publik' : 'daftar-informasi-dikecualikan';
  return year === null ? stem : `${stem}-${String(year)}`;
}

export const exportRequestSchema = z
  .object({
    list: listKindSchema,
    format: exportFormatSchema,
    year: z.number().int().min(1900).max(2200).nullable().default(null),
    paper: paperSizeSchema.default('a4'),
    layout: pdfLayoutSchema.default('daftar'),
    /** Export a frozen edition instead of the live register. */
    editionId: z.number().int().positive().nullable().default(null),
    /** The recorded SK (decision.list) the "Lampiran SK" layout is attached to: its number and date are printed. */
    decisionId: z.number().int().positive().nullable().default(null),
    /** The date under the signature, as the officer chooses it; default: the SK's date, else today. */
    signatureDate: isoDateSchema.nullable().default(null),
    /** Extra DIK columns (KPU SOP step 4): the jenis dokumen and the upstream decision an exemption rests on. */
    dikColumns: z.array(z.enum(dikExtraColumns)).max(2).default([]),
  })
  .strict();
export type ExportRequestInput = z.input<typeof exportRequestSchema>;
export type ExportRequest = z.output<typeof exportRequestSchema>;

/** A generated file waiting to be downloaded (or shown in the print preview). */
export const exportedFileSchema = z.object({
  fileId: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
  /** Path the browser fetches; `?inline=1` opens PDFs in the browser's viewer. */
  url: z.string(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;
