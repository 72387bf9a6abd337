import type { AgencyProfile } from '../../../shared/domain/agency';
import { indonesianDate } from '../../../shared/domain/dateWords';
import { pasal35Text, type ObjectionReason } from '../../../shared/domain/objection';
import type { RegisterBookKind } from '../../../shared/domain/requestReport';
import { translate } from '../../../shared/i18n/translate';
import type { RegisterObjectionRow, RegisterRepo, RegisterRequestRow } from './register.repo';

/**
 * The two register books in the Perki format, as columns and text cells shared by the PDF and the XLSX.
 *
 * Buku Register Permohonan Informasi Publik: the columns of the register format annexed to the Komisi
 * Informasi's service standard (Perki 1/2010 lampiran, kept by Perki 1/2021 and the PPID guides): No,
 * Tanggal, Nama, Alamat, Nomor Kontak, Pekerjaan, Informasi yang Diminta, Tujuan Penggunaan Informasi,
 * Status Informasi (di bawah penguasaan / tidak / belum didokumentasikan), Bentuk Informasi yang Dikuasai
 * (softcopy / hardcopy), Jenis Permohonan (melihat/mengetahui / meminta salinan), Keputusan (diterima /
 * ditolak), Alasan Penolakan, Hari dan Tanggal Pemberitahuan Tertulis, Biaya dan Cara Pembayaran. Lemari adds
 * the Nomor Pendaftaran (the register's own number) and a Keterangan column (extension, transfer, status).
 *
 * Buku Register Keberatan: the eleven items Perki 1/2021 lists for the register (Panduan Umum PPID 2021):
 * nomor registrasi, tanggal diterima, identitas pemohon/kuasa, nomor pendaftaran permohonan, informasi yang
 * diminta, tujuan penggunaan, alasan keberatan (Pasal 35), keputusan Atasan PPID, hari dan tanggal
 * tanggapan, nama dan posisi Atasan PPID, tanggapan pemohon.
 *
 * Both hold requesters' personal data (UU 27/2022): internal books, never a website package.
 */
export interface RegisterColumn {
  header: string;
  /** A group header spanning consecutive columns (the tick columns of the permohonan book). */
  group?: string;
  /** Width in millimetres on A4 landscape; the PDF scales them to the page, the XLSX to characters. */
  mm: number;
  /** A tick column: centred, "√" or empty. */
  tick?: boolean;
}

export interface RegisterBook {
  book: RegisterBookKind;
  year: number;
  title: string;
  columns: RegisterColumn[];
  rows: string[][];
}

const TICK = '√';
const tick = (yes: boolean) => (yes ? TICK : '');
const id = (key: string) => translate('id', key);
const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** "Senin, 14 Desember 2026": the register's "hari dan tanggal". */
export function dayAndDate(iso: string | null): string {
  if (iso === null) return '';
  const day = DAYS[new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay()] ?? '';
  return `${day}, ${indonesianDate(iso)}`;
}

export const permohonanColumns: RegisterColumn[] = [
  { header: 'No', mm: 8 },
  { header: 'Nomor Pendaftaran', mm: 16 },
  { header: 'Tanggal', mm: 15 },
  { header: 'Nama', mm: 18 },
  { header: 'Alamat', mm: 18 },
  { header: 'Nomor Kontak', mm: 16 },
  { header: 'Pekerjaan', mm: 15 },
  { header: 'Informasi yang Diminta', mm: 22 },
  { header: 'Tujuan Penggunaan Informasi', mm: 18 },
  { header: 'Di Bawah Penguasaan', group: 'Status Informasi', mm: 9, tick: true },
  { header: 'Tidak Di Bawah Penguasaan', group: 'Status Informasi', mm: 9, tick: true },
  { header: 'Belum Didokumentasikan', group: 'Status Informasi', mm: 9, tick: true },
  { header: 'Softcopy', group: 'Bentuk Informasi yang Dikuasai', mm: 8, tick: true },
  { header: 'Hardcopy', group: 'Bentuk Informasi yang Dikuasai', mm: 8, tick: true },
  { header: 'Melihat/ Mengetahui', group: 'Jenis Permohonan', mm: 9, tick: true },
  { header: 'Meminta Salinan', group: 'Jenis Permohonan', mm: 8, tick: true },
  { header: 'Diterima', group: 'Keputusan', mm: 8, tick: true },
  { header: 'Ditolak', group: 'Keputusan', mm: 8, tick: true },
  { header: 'Alasan Penolakan', mm: 20 },
  { header: 'Hari dan Tanggal Pemberitahuan Tertulis', mm: 22 },
  { header: 'Biaya dan Cara Pembayaran', mm: 18 },
  { header: 'Keterangan', mm: 19 },
];

export const keberatanColumns: RegisterColumn[] = [
  { header: 'No', mm: 8 },
  { header: 'Nomor Registrasi Keberatan', mm: 20 },
  { header: 'Tanggal Diterimanya Keberatan', mm: 17 },
  { header: 'Identitas Pemohon Informasi Publik dan/atau Kuasanya', mm: 36 },
  { header: 'Nomor Pendaftaran Permohonan Informasi Publik', mm: 20 },
  { header: 'Informasi Publik yang Diminta', mm: 28 },
  { header: 'Tujuan Penggunaan Informasi', mm: 22 },
  { header: 'Alasan Pengajuan Keberatan (Pasal 35 UU 14/2008)', mm: 32 },
  { header: 'Keputusan Atasan PPID', mm: 28 },
  { header: 'Hari dan Tanggal Pemberian Tanggapan atas Keberatan', mm: 19 },
  { header: 'Nama dan Posisi Atasan PPID', mm: 22 },
  { header: 'Tanggapan Pemohon Informasi', mm: 25 },
];

const rupiah = (amount: number) => `Rp ${amount.toLocaleString('id-ID')}`;
const granted = (s: string) => s === 'dikabulkan_seluruhnya' || s === 'dikabulkan_sebagian';

function requestCells(
  r: RegisterRequestRow,
  index: number,
  given: readonly { bentuk: string | null }[],
  refused: readonly { judul: string; dasar: string }[],
): string[] {
  const modes = JSON.parse(r.access_modes_json) as string[];
  const bentuk = new Set(given.map((g) => g.bentuk));
  // The form held is the given entries' own (DIP column "bentuk"); without one, the form of the copy handed over.
  const soft = bentuk.has('softcopy') || bentuk.has('both') || (bentuk.size === 0 && granted(r.status) && r.copy_form === 'softcopy');
  const hard = bentuk.has('hardcopy') || bentuk.has('both') || (bentuk.size === 0 && granted(r.status) && r.copy_form === 'hardcopy');
  const answered = r.answered_on !== null;
  const notes = [
    answered || r.extension_reason !== null ? '' : id(`request.status.${r.status}`),
    r.status === 'dikabulkan_sebagian' ? id('request.status.dikabulkan_sebagian') : '',
    r.extension_reason === null ? '' : `Diperpanjang ${indonesianDate(r.extended_on ?? '')}: ${r.extension_reason}`,
    r.status === 'dialihkan' ? `Dialihkan kepada ${r.transferred_to}` : '',
    r.status === 'tidak_dikuasai' || r.status === 'belum_didokumentasikan' ? r.decision_note : '',
  ].filter(Boolean);
  return [
    String(index + 1),
    r.number,
    indonesianDate(r.received_on),
    r.name,
    r.address,
    [r.phone, r.email].filter(Boolean).join(' / '),
    r.occupation,
    r.information,
    r.purpose,
    tick(granted(r.status) || r.status === 'ditolak'),
    tick(r.status === 'tidak_dikuasai' || r.status === 'dialihkan'),
    tick(r.status === 'belum_didokumentasikan'),
    tick(soft),
    tick(hard),
    tick(modes.length > 0),
    tick(r.copy_wanted === 1),
    tick(granted(r.status)),
    tick(r.status === 'ditolak'),
    refused.map((x) => `${x.dasar || '-'} (${x.judul})`).join('; '),
    answered ? dayAndDate(r.notice_date ?? r.answered_on) : '',
    r.fee_amount > 0 ? [rupiah(r.fee_amount), r.fee_method].filter(Boolean).join(', ') : '-',
    notes.join('. '),
  ];
}

function objectionCells(o: RegisterObjectionRow, index: number, agency: AgencyProfile): string[] {
  const identityType = id(`request.identityType.${o.identity_type}`);
  const identity = [
    o.name,
    o.address,
    [o.phone, o.email].filter(Boolean).join(' / '),
    o.occupation,
    `${identityType} ${o.identity_number}`,
    o.requester_kind === 'perorangan' ? '' : o.legal_basis,
  ].filter(Boolean);
  const reasons = (JSON.parse(o.reasons_json) as ObjectionReason[]).map((code) => `huruf ${code}: ${pasal35Text[code]}`);
  const responded = o.response_date !== null && o.outcome !== null;
  return [
    String(index + 1),
    o.number,
    indonesianDate(o.filed_on),
    identity.join('\n'),
    o.request_number,
    o.information,
    o.purpose,
    reasons.join('\n'),
    responded ? [id(`request.objection.outcomes.${o.outcome ?? ''}`), o.response_text ?? ''].filter(Boolean).join(': ') : '',
    responded ? dayAndDate(o.response_date) : '',
    responded ? [agency.superiorName, agency.superiorPosition || 'Atasan PPID'].filter(Boolean).join(', ') : '',
    o.dispute_number === null
      ? ''
      : `Mengajukan sengketa ke Komisi Informasi: register ${o.dispute_number} (${indonesianDate(o.dispute_on ?? '')})`,
  ];
}

/** The book of a year, read in one query per table. */
export function buildRegisterBook(repo: RegisterRepo, book: RegisterBookKind, year: number, agency: AgencyProfile): RegisterBook {
  if (book === 'keberatan') {
    return {
      book,
      year,
      title: `BUKU REGISTER KEBERATAN TAHUN ${String(year)}`,
      columns: keberatanColumns,
      rows: repo.objections(year).map((o, i) => objectionCells(o, i, agency)),
    };
  }
  type Link = ReturnType<RegisterRepo['links']>[number];
  const given = new Map<number, Link[]>();
  const refused = new Map<number, Link[]>();
  for (const link of repo.links(year)) {
    const into = link.role === 'given' ? given : refused;
    into.set(link.request_id, [...(into.get(link.request_id) ?? []), link]);
  }
  return {
    book,
    year,
    title: `BUKU REGISTER PERMOHONAN INFORMASI PUBLIK TAHUN ${String(year)}`,
    columns: permohonanColumns,
    rows: repo.requests(year).map((r, i) => requestCells(r, i, given.get(r.id) ?? [], refused.get(r.id) ?? [])),
  };
}
