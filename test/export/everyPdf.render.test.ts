import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAgencyFields } from '../../shared/domain/agency';
import { emptyExemptionFields, type ExemptionFields } from '../../shared/domain/exemption';
import { paperPoints, type ExportRequestInput, type PaperSize } from '../../shared/domain/export';
import type { LetterKind } from '../../shared/domain/request';
import type { ExportedFile } from '../../shared/domain/export';
import { recoverySheetPdf } from '../../main/core/backup/recoverySheet';
import { documentFields, ordnerFields, pdfBytes } from '../contract/samples/fixtures';
import { walkIn } from '../support/requestFixtures';
import { addEntry, openSession, type Session } from './fixture';

/**
 * Issue 12, "Done when": every PDF the app prints, made from one realistic archive (a Bulukumba-like
 * Diskominfo), on A4 and F4 where the document offers the choice, written under test-results/pdfs/
 * and rendered to PNG (`pdftoppm -r 80`) to be looked at. The assertions are what a reader checks on
 * paper: the page size, the kop surat on page 1, no page holding only the signature, no "NOMOR : -",
 * the date under the signature the one chosen.
 */

const OUT = join(process.cwd(), 'test-results', 'pdfs');
const LOGO = `data:image/png;base64,${readFileSync(join(process.cwd(), 'resources', 'icons', 'icon.png')).toString('base64')}`;
const BODY = 'Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Bulukumba';
const KOP = 'DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN';
const SIGNED = '2026-01-14';
/** Most office printers cannot print the paper's outer 4–5 mm; nothing of ours goes nearer the edge than 6 mm. */
const EDGE = (6 * 72) / 25.4;

interface Printed {
  name: string;
  pages: string[];
  /** Per page, the highest and lowest text on it, in points from the top. */
  inked: { top: number; bottom: number }[];
  width: number;
  height: number;
  fonts: string;
}

/** Writes the PDF, reads it back with poppler, renders its pages to PNG for the eye. */
function look(name: string, pdf: Buffer): Printed {
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(OUT, name)]);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const inked = bbox
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)];
      return { top: Math.min(...words.map((m) => Number(m[1]))), bottom: Math.max(...words.map((m) => Number(m[2]))) };
    });
  return { name, pages, inked, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), fonts };
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What every printed document must hold, whatever it is. */
function expectOfficial(p: Printed, paper: PaperSize, opts: { kop?: string; signature?: RegExp } = {}) {
  const [w, h] = paperPoints[paper];
  // Portrait or landscape: the two sides are the paper's, to the point.
  expect([Math.round(p.width), Math.round(p.height)].sort()).toEqual([Math.round(w), Math.round(h)].sort());
  expect(p.pages.length).toBeGreaterThan(0);
  // Nothing printed in the paper's outer 6 mm: a printer cuts it off (and a page pdfkit added without margins starts there).
  for (const [i, ink] of p.inked.entries()) {
    expect(ink.top, `${p.name} page ${String(i + 1)} starts at the paper's edge`).toBeGreaterThan(EDGE);
    expect(ink.bottom, `${p.name} page ${String(i + 1)} runs off the paper`).toBeLessThan(Math.max(p.width, p.height) - EDGE);
  }
  expect(flat(p.pages[0] ?? '')).toContain(opts.kop ?? KOP);
  const all = flat(p.pages.join('\n'));
  expect(all).not.toMatch(/NOMOR\s*:\s*-(\s|$)/i);
  expect(all).not.toMatch(/\bundefined\b|\bnull\b|NaN|\[object/);
  // Dates are printed the Indonesian way, never as ISO or in English.
  expect(all).not.toMatch(/\b(January|February|March|May|June|July|August|October|December)\b/);
  if (opts.signature) expect(all).toMatch(opts.signature);
  // A page that holds only the signature block (place, date, position, name, NIP and a page number) is a lonely signature.
  for (const [i, page] of p.pages.entries()) {
    if (i === 0) continue;
    const lines = page
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^(Halaman|Hal\.)\s*\d+/i.test(l) && !/^\d+\s*(\/|dari)\s*\d+$/.test(l));
    expect(lines.length, `${p.name} page ${String(i + 1)} holds only: ${lines.join(' | ')}`).toBeGreaterThan(6);
  }
  // Every text font is embedded: the paper shows what the screen showed (diacritics, the en dash, "·"). The one
  // exception is a PDF base font (Courier for the recovery key: ASCII only, present in every reader).
  for (const line of p.fonts.split('\n').slice(2))
    if (line.trim() !== '' && !/^Courier(-Bold)?\s/.test(line)) expect(line, p.name).toMatch(/\byes\s+yes\b/);
}

async function stored(s: Session, file: ExportedFile): Promise<Buffer> {
  const found = s.core.exportFiles.get(file.fileId);
  if (!found) throw new Error(`${file.name} is not in the export-file store`);
  return readFileSync(found.path);
}

async function setBulukumba(s: Session) {
  const profile = await s.call('agency.get', {});
  await s.call('agency.update', {
    expectedVersion: profile.version,
    fields: {
      ...emptyAgencyFields,
      bodyName: BODY,
      unitName: 'Pejabat Pengelola Informasi dan Dokumentasi',
      address: 'Jl. Kenari No. 13, Kelurahan Caile, Kecamatan Ujung Bulu',
      city: 'Bulukumba',
      phone: '(0413) 81022',
      email: 'ppid@bulukumbakab.go.id',
      website: 'https://ppid.bulukumbakab.go.id',
      ppidName: 'Andi Muhammad Yasir, S.STP., M.Si.',
      ppidNip: '198203142001121002',
      superiorName: 'Drs. H. Muh. Ali Saleh, M.Si.',
      superiorPosition: 'Sekretaris Daerah Kabupaten Bulukumba',
      superiorNip: '196805121994031008',
      logo: LOGO,
    },
  });
}

const dip: [category: 'berkala' | 'serta_merta' | 'setiap_saat', judul: string, ringkasan: string, unit: string][] = [
  [
    'berkala',
    'Profil Dinas Kominfo Statistik dan Persandian',
    'Visi, misi, struktur organisasi, tugas pokok dan fungsi, serta profil singkat pejabat struktural.',
    'Sekretariat',
  ],
  [
    'berkala',
    'Rencana Strategis (Renstra) 2021–2026',
    'Dokumen perencanaan lima tahunan: tujuan, sasaran, strategi, arah kebijakan dan indikator kinerja.',
    'Subbagian Perencanaan dan Keuangan',
  ],
  [
    'berkala',
    'Laporan Realisasi Anggaran Tahun 2025',
    'Realisasi pendapatan dan belanja per program dan kegiatan, beserta sisa lebih pembiayaan anggaran.',
    'Subbagian Perencanaan dan Keuangan',
  ],
  [
    'berkala',
    'Laporan Kinerja Instansi Pemerintah (LKjIP) 2025',
    'Capaian indikator kinerja utama, analisis efisiensi penggunaan sumber daya dan rencana tindak lanjut.',
    'Subbagian Perencanaan dan Keuangan',
  ],
  [
    'berkala',
    'Daftar Aset dan Inventaris Barang Milik Daerah',
    'Kartu inventaris barang A sampai F: tanah, peralatan dan mesin, gedung, jalan dan jaringan, aset tetap lainnya.',
    'Subbagian Umum dan Kepegawaian',
  ],
  [
    'berkala',
    'Statistik Sektoral Kabupaten Bulukumba 2025',
    'Data statistik sektoral yang dihimpun dari perangkat daerah dalam rangka Satu Data Indonesia.',
    'Bidang Statistik',
  ],
  [
    'serta_merta',
    'Peringatan Dini Cuaca Ekstrem dan Gelombang Tinggi',
    'Informasi peringatan dini dari BMKG yang diteruskan kepada masyarakat pesisir Bira, Tanaberu dan Kajang.',
    'Bidang Informasi dan Komunikasi Publik',
  ],
  [
    'serta_merta',
    'Gangguan Layanan Jaringan Intra Pemerintah',
    'Pemberitahuan gangguan dan perkiraan waktu pemulihan layanan internet kantor perangkat daerah.',
    'Bidang Aplikasi Informatika',
  ],
  [
    'setiap_saat',
    'Daftar Informasi Publik',
    'Daftar seluruh informasi publik yang berada di bawah penguasaan badan publik, tidak termasuk informasi yang dikecualikan.',
    'PPID Pelaksana',
  ],
  [
    'setiap_saat',
    'Standar Operasional Prosedur Layanan Informasi Publik',
    'SOP permohonan informasi, pengajuan keberatan dan penanganan sengketa informasi publik.',
    'PPID Pelaksana',
  ],
  [
    'setiap_saat',
    'Surat Perjanjian Kerja Sama dengan Pihak Ketiga',
    'Perjanjian kerja sama penyediaan jaringan dan pusat data beserta adendumnya.',
    'Bidang Aplikasi Informatika',
  ],
  [
    'setiap_saat',
    'Rekapitulasi Permohonan Informasi Publik',
    'Jumlah permohonan, waktu rata-rata pemenuhan, permohonan yang ditolak beserta alasannya.',
    'PPID Pelaksana',
  ],
];

const dik: Partial<ExemptionFields>[] = [
  {
    judul: 'Data pribadi penerima bantuan sosial',
    informasi: 'NIK, nomor KK, alamat lengkap dan kondisi ekonomi penerima bantuan sosial per desa',
    dokumen: 'Data Terpadu Kesejahteraan Sosial (DTKS) 2025',
    jenisDokumen: 'Data pribadi',
    grounds: ['17h3'],
    konsekuensiDibuka: 'Data pribadi penerima bantuan dapat disalahgunakan untuk penipuan dan pinjaman daring ilegal.',
    konsekuensiDitutup: 'Privasi warga penerima bantuan terlindungi; rekapitulasi agregat tetap diumumkan.',
    periodText: '5 Tahun',
    upstreamDecision: 'Keputusan Menteri Sosial Nomor 146/HUK/2013',
  },
  {
    judul: 'Kata sandi dan topologi jaringan',
    informasi: 'Konfigurasi perangkat, alamat IP internal, kata sandi administrator dan topologi jaringan intra pemerintah',
    dokumen: 'Dokumen Arsitektur SPBE 2025',
    jenisDokumen: 'Dokumen keamanan informasi',
    grounds: ['17c'],
    konsekuensiDibuka: 'Jaringan pemerintah daerah rentan diretas; layanan publik elektronik dapat lumpuh.',
    konsekuensiDitutup: 'Keamanan sistem elektronik pemerintah daerah terjaga.',
    periodText: '10 Tahun',
    upstreamDecision: '',
  },
  {
    judul: 'Dokumen persandian dan kunci kriptografi',
    informasi: 'Kunci kriptografi, sertifikat elektronik dan prosedur persandian untuk pengamanan informasi',
    dokumen: 'Buku Kunci Persandian',
    jenisDokumen: 'Dokumen keamanan informasi',
    grounds: ['17c'],
    konsekuensiDibuka: 'Komunikasi rahasia pemerintah daerah dapat disadap dan dipalsukan.',
    konsekuensiDitutup: 'Kerahasiaan dan keutuhan informasi berklasifikasi terjamin.',
    periodText: '10 Tahun',
    upstreamDecision: 'Peraturan BSSN Nomor 10 Tahun 2019',
  },
];

/** The archive: DIP, three decided DIK entries (test concluded by the Tim Pertimbangan, one SK), an ordner, requests. */
async function bulukumba(s: Session) {
  await setBulukumba(s);
  const ppid = await s.ppid();
  const dipIds: number[] = [];
  for (const [category, judul, ringkasan, unitText] of dip) {
    dipIds.push(
      await addEntry(s, category, {
        judul,
        ringkasan,
        unitText,
        penanggungJawab: 'Kepala Dinas Kominfo Statistik dan Persandian',
        waktu: '2025',
        tempat: 'Bulukumba',
        bentuk: 'both',
        retensiAktif: 2,
        retensiInaktif: 5,
        disposisi: 'permanen',
        jenisMedia: 'Website PPID, papan pengumuman',
        kodeKlasifikasi: '000.5',
      }),
    );
  }
  const tim = await s.call('user.create', {
    fields: {
      name: 'Dr. Hj. Andi Nurlia, S.H., M.H.',
      nip: '',
      jabatan: 'Ketua Tim Pertimbangan',
      roles: ['tim_pertimbangan'],
      active: true,
    },
  });
  const atasan = await s.call('user.create', {
    fields: { name: 'Drs. H. Muh. Ali Saleh, M.Si.', nip: '', jabatan: 'Sekretaris Daerah', roles: ['atasan_ppid'], active: true },
  });
  const drafts = [];
  for (const fields of dik) drafts.push(await s.call('exemption.create', { fields: { ...emptyExemptionFields, year: 2026, ...fields } }));
  const test = await s.call('consequence.create', {
    fields: {
      heldOn: '2026-01-08',
      place: 'Ruang Rapat Bupati, Kantor Bupati Bulukumba',
      trigger: 'sebelum_permohonan',
      requestRef: '',
      documentExamined: 'DTKS 2025, Dokumen Arsitektur SPBE 2025, Buku Kunci Persandian',
      entryIds: drafts.map((d) => d.entryId),
      participants: [
        { name: 'Andi Muhammad Yasir, S.STP., M.Si.', role: 'PPID', unit: 'Diskominfo-SP' },
        { name: 'Dr. Hj. Andi Nurlia, S.H., M.H.', role: 'Tim Pertimbangan', unit: 'Bagian Hukum Setda' },
        { name: 'Ir. Muh. Idrus Rahman', role: 'Unit yang menguasai informasi', unit: 'Bidang Persandian dan Keamanan Informasi' },
      ],
      harm: 'Membuka data pribadi dan rahasia keamanan sistem elektronik akan merugikan warga dan melumpuhkan layanan publik elektronik; kerugian itu nyata, bukan dugaan.',
      publicInterest:
        'Kepentingan publik atas transparansi bantuan sosial dan belanja SPBE terpenuhi dengan rekapitulasi agregat dan laporan realisasi anggaran yang diumumkan berkala.',
      balance: 'Menutup informasi lebih melindungi kepentingan yang lebih besar daripada membukanya.',
      conclusion: 'dikecualikan',
      periodText: '5 tahun untuk data pribadi; 10 tahun untuk dokumen keamanan dan persandian',
    },
  });
  await s.signInAs(tim);
  const concluded = await s.call('consequence.conclude', { id: test.id, expectedVersion: test.version });
  await s.signInAs(ppid);
  const approved = [];
  for (const d of drafts) {
    const ready = await s.call('exemption.get', { entryId: d.entryId });
    approved.push(await s.call('exemption.submit', { entryId: d.entryId, expectedVersion: ready.version, note: '' }));
  }
  await s.signInAs(atasan);
  for (const a of approved) await s.call('exemption.approve', { entryId: a.entryId, expectedVersion: a.version, note: 'Setuju.' });
  await s.signInAs(ppid);
  const sk = await s.call('decision.create', {
    fields: {
      number: '555/112/Diskominfo-SP/I/2026',
      date: '2026-01-12',
      signerName: 'Drs. H. Muh. Ali Saleh, M.Si.',
      signerPosition: 'Sekretaris Daerah Kabupaten Bulukumba',
      entryIds: drafts.map((d) => d.entryId),
      testIds: [concluded.id],
      scanSha256: null,
    },
  });

  // The ordner of the DIK, its documents filed in sekat; a few more ordners for a sheet of spine labels.
  const ordner = await s.call('ordner.create', {
    fields: {
      ...ordnerFields,
      code: 'DIK-2026-01',
      title: 'Informasi yang Dikecualikan Tahun 2026 — Persandian',
      yearFrom: 2025,
      yearTo: 2026,
    },
  });
  const docs = [
    {
      title: 'SK Sekretaris Daerah tentang Penetapan Informasi yang Dikecualikan',
      number: '555/112/Diskominfo-SP/I/2026',
      date: '2026-01-12',
      sheetCount: 4,
      sekat: 1,
    },
    {
      title: 'Lembar Pengujian Konsekuensi DTKS, SPBE dan Persandian',
      number: '555/101/PPID/I/2026',
      date: '2026-01-08',
      sheetCount: 6,
      sekat: 1,
    },
    { title: 'Dokumen Arsitektur Sistem Pemerintahan Berbasis Elektronik 2025', number: '', date: '2025-11-20', sheetCount: 48, sekat: 2 },
    { title: 'Buku Kunci Persandian — salinan terkendali nomor 2', number: 'RHS/03/2025', date: '2025-06-02', sheetCount: 12, sekat: 3 },
  ];
  for (const d of docs) {
    const made = await s.call('document.create', {
      fields: { ...documentFields, title: d.title, number: d.number, date: d.date, sheetCount: d.sheetCount },
    });
    await s.call('document.addFile', {
      id: made.id,
      role: 'original',
      upload: await s.stage(`${d.title}.pdf`, await pdfBytes(1, d.title)),
    });
    await s.call('document.move', { id: made.id, target: { ordnerId: ordner.id, sekat: d.sekat, seq: null } });
  }
  const more = [];
  for (const [i, title] of [
    'Daftar Informasi Publik 2026',
    'Permohonan Informasi 2026',
    'Keberatan dan Sengketa 2026',
    'Laporan Layanan Informasi',
  ].entries())
    more.push(
      await s.call('ordner.create', {
        fields: {
          ...ordnerFields,
          code: `PPID-2026-0${String(i + 1)}`,
          title,
          access: 'terbuka',
          colour: 'biru',
          spineCm: i % 2 === 0 ? 5 : 8,
          yearFrom: 2026,
          yearTo: 2026,
        },
      }),
    );

  // Requests: one refused citing the DIK (objection answered), one granted, one in part, one not held, one sent on.
  const refused = await s.call('request.create', {
    fields: walkIn('2026-01-05T01:30:00Z', 'Nama dan alamat penerima bantuan sosial di Desa Bira'),
  });
  const extended = await s.call('request.extend', {
    id: refused.id,
    expectedVersion: refused.version,
    reason: 'Data dihimpun dari sepuluh kecamatan',
  });
  const decided = await s.call('request.decide', {
    id: refused.id,
    expectedVersion: extended.version,
    decision: { status: 'ditolak', exemptEntryIds: [drafts[0]?.entryId ?? 0], note: '' },
  });
  const objected = await s.call('request.object', {
    id: refused.id,
    fields: { filedOn: '2026-01-13', reasons: ['a'], description: 'Saya hanya meminta data desa saya.' },
  });
  const objection = objected.objections[0];
  if (!objection) throw new Error('no objection');
  await s.signInAs(atasan);
  await s.call('request.answerObjection', {
    objectionId: objection.id,
    expectedVersion: objection.version,
    response: {
      number: '045/SETDA/I/2026',
      date: '2026-01-14',
      outcome: 'ditolak',
      text: 'Atasan PPID menguatkan keputusan PPID: data pribadi penerima bantuan dikecualikan.',
    },
  });
  await s.signInAs(ppid);
  const variants: { status: 'dikabulkan_seluruhnya' | 'dikabulkan_sebagian' | 'tidak_dikuasai' | 'dialihkan'; information: string }[] = [
    { status: 'dikabulkan_seluruhnya', information: 'Laporan Realisasi Anggaran Tahun 2025' },
    { status: 'dikabulkan_sebagian', information: 'Dokumen Arsitektur SPBE 2025' },
    { status: 'tidak_dikuasai', information: 'Data produksi padi per kecamatan' },
    { status: 'dialihkan', information: 'Data kunjungan wisatawan Tanjung Bira' },
  ];
  const others = [];
  for (const [i, v] of variants.entries()) {
    const r = await s.call('request.create', { fields: walkIn(`2026-01-0${String(6 + i)}T02:00:00Z`, v.information) });
    const decision =
      v.status === 'dikabulkan_seluruhnya'
        ? { status: v.status, entryIds: dipIds.slice(2, 4), documentIds: [], note: 'Salinan dikirim lewat surel.' }
        : v.status === 'dikabulkan_sebagian'
          ? {
              status: v.status,
              entryIds: [],
              documentIds: [],
              exemptEntryIds: [drafts[1]?.entryId ?? 0],
              note: 'Bagian konfigurasi jaringan dihitamkan.',
            }
          : v.status === 'tidak_dikuasai'
            ? { status: v.status, note: 'Informasi dikuasai Dinas Pertanian dan Ketahanan Pangan.' }
            : { status: v.status, transferredTo: 'PPID Pelaksana Dinas Kebudayaan dan Pariwisata Kabupaten Bulukumba', note: '' };
    others.push({ status: v.status, request: await s.call('request.decide', { id: r.id, expectedVersion: r.version, decision }) });
  }
  const draft = await s.call('request.report', { year: 2026 });
  await s.call('request.saveReport', {
    year: 2026,
    expectedVersion: draft.narrativeVersion,
    narrative: {
      kebijakan:
        'Peraturan Bupati Bulukumba tentang Pedoman Pengelolaan Informasi dan Dokumentasi; SK Bupati tentang PPID Utama dan PPID Pelaksana.',
      kendala: 'Sebagian PPID Pelaksana belum memutakhirkan Daftar Informasi Publik setiap triwulan.',
      rekomendasi: 'Uji konsekuensi dilakukan sebelum permohonan untuk seluruh informasi yang akan dikecualikan.',
    },
  });
  return { ppid, sk, test: concluded, ordner, ordners: [ordner, ...more], refused: decided, objectionId: objection.id, others };
}

type Archive = Awaited<ReturnType<typeof bulukumba>>;

describe('every printed document, A4 and F4, rendered to be looked at (issue 12 "Done when")', () => {
  let s: Session;
  let a: Archive;
  const signature = /Bulukumba, 14 Januari 2026/;

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    // One archive for every test of the file (tempDir() would remove it after the first test).
    s = openSession(mkdtempSync(join(tmpdir(), 'lemari-every-pdf-')));
    a = await bulukumba(s);
  }, 120_000);
  afterAll(() => {
    s.core.close();
    rmSync(s.dir, { recursive: true, force: true });
  });

  describe.each(['a4', 'f4'] as const)('on %s', (paper) => {
    const P = paper.toUpperCase();
    const list = async (name: string, request: ExportRequestInput) =>
      look(`${name}-${P}`, await stored(s, await s.call('export.list', { ...request, paper } as never)));
    const letter = async (kind: LetterKind, requestId: number, number: string, objectionId: number | null = null, suffix = '') =>
      look(
        `surat-${kind}${suffix}-${P}`,
        await stored(s, await s.call('request.letter', { id: requestId, kind, number, date: SIGNED, objectionId, paper })),
      );

    it('the DIP and the DIK, signed on the chosen date', async () => {
      const dipList = await list('dip', { list: 'dip', format: 'pdf', year: 2026, signatureDate: SIGNED });
      expectOfficial(dipList, paper, { signature });
      expect(flat(dipList.pages.join(' '))).toContain('Peringatan Dini Cuaca');
      const dikList = await list('dik', { list: 'dik', format: 'pdf', year: 2026, signatureDate: SIGNED });
      expectOfficial(dikList, paper, { signature });
      expect(flat(dikList.pages.join(' '))).toContain('Kunci');
    });

    it('the Lampiran SK with the chosen SK: its number and date, never "NOMOR : -"', async () => {
      const lampiran = await list('dik-lampiran-sk', { list: 'dik', format: 'pdf', year: 2026, layout: 'lampiran', decisionId: a.sk.id });
      // The lampiran carries the SK's heading instead of the kop; its number and date are the SK's.
      expectOfficial(lampiran, paper, { kop: 'LAMPIRAN KEPUTUSAN', signature: /Bulukumba, 12 Januari 2026/ });
      expect(flat(lampiran.pages[0] ?? '')).toContain(': 555/112/Diskominfo-SP/I/2026');
      expect(flat(lampiran.pages[0] ?? '')).toContain(': 12 Januari 2026');
      const dipLampiran = await list('dip-lampiran-sk', {
        list: 'dip',
        format: 'pdf',
        year: 2026,
        layout: 'lampiran',
        decisionId: a.sk.id,
      });
      expectOfficial(dipLampiran, paper, { kop: 'LAMPIRAN KEPUTUSAN', signature: /Bulukumba, 12 Januari 2026/ });
    });

    it('the DIK with Jenis dokumen and the decision it rests on', async () => {
      const wide = await list('dik-kolom-tambahan', {
        list: 'dik',
        format: 'pdf',
        year: 2026,
        signatureDate: SIGNED,
        dikColumns: ['jenisDokumen', 'upstreamDecision'],
      });
      expectOfficial(wide, paper, { signature });
      expect(flat(wide.pages.join(' '))).toContain('Jenis Dokumen');
      expect(flat(wide.pages.join(' '))).toContain('Peraturan BSSN');
    });

    it('spine labels, several per sheet', async () => {
      const labels = look(
        `label-punggung-${P}`,
        await stored(s, await s.call('ordner.labels', { ids: a.ordners.map((o) => o.id), paper })),
      );
      const [w, h] = paperPoints[paper];
      expect([Math.round(labels.width), Math.round(labels.height)].sort()).toEqual([Math.round(w), Math.round(h)].sort());
      // Five ordners on fewer sheets than labels.
      expect(labels.pages.length).toBeLessThan(a.ordners.length);
      for (const o of a.ordners) expect(flat(labels.pages.join(' '))).toContain(o.code);
    });

    it('every request letter: tanda bukti, perpanjangan, penolakan, each pemberitahuan tertulis, tanggapan atas keberatan', async () => {
      for (const [kind, number] of [
        ['tanda_bukti', '001/TB/PPID/I/2026'],
        ['perpanjangan', '002/PP/PPID/I/2026'],
        ['penolakan', '003/KEP-PPID/I/2026'],
        ['pemberitahuan', '004/PT/PPID/I/2026'],
      ] as const) {
        const printed = await letter(kind, a.refused.id, number);
        expectOfficial(printed, paper, { signature });
        expect(flat(printed.pages.join(' '))).toContain(number);
      }
      const tanggapan = await letter('tanggapan_keberatan', a.refused.id, '045/SETDA/I/2026', a.objectionId);
      expectOfficial(tanggapan, paper, { signature });
      expect(flat(tanggapan.pages.join(' '))).toContain('Drs. H. Muh. Ali Saleh, M.Si.');
      for (const [i, other] of a.others.entries()) {
        const printed = await letter('pemberitahuan', other.request.id, `0${String(10 + i)}/PT/PPID/I/2026`, null, `-${other.status}`);
        expectOfficial(printed, paper, { signature });
        const body = flat(printed.pages.join(' '));
        // What can be given is named: the linked entries, or the information as requested; never an empty colon.
        if (other.status === 'dikabulkan_seluruhnya') expect(body).toMatch(/dapat diberikan: 1\. : Laporan Realisasi/);
        if (other.status === 'dikabulkan_sebagian') expect(body).toMatch(/dapat diberikan: 1\. : Dokumen Arsitektur SPBE 2025/);
      }
    });

    it('the annual report: grounds in words, no section split from its heading', async () => {
      const report = look(
        `laporan-tahunan-${P}`,
        await stored(s, await s.call('request.reportFile', { year: 2026, format: 'pdf', paper })),
      );
      expectOfficial(report, paper);
      const text = flat(report.pages.join(' '));
      expect(text).toContain('Pasal 17 huruf h angka 3');
      expect(text).not.toMatch(/\b17h3\b/);
      expect(text).toContain('Peraturan Bupati Bulukumba');
      expect(report.pages.find((page) => page.includes('Ajudikasi'))).toContain('F. Sengketa informasi');
    });
  });

  // A4 only: the test sheet, the ordner's daftar isi and the recovery sheet have no paper choice.
  it('the Lembar Pengujian Konsekuensi: margins on every page, units whole, the participants with their heading', async () => {
    const sheet = look('lembar-pengujian-konsekuensi-A4', await stored(s, await s.call('consequence.sheet', { id: a.test.id })));
    expectOfficial(sheet, 'a4');
    const text = flat(sheet.pages.join(' '));
    expect(text).toContain('Dr. Hj. Andi Nurlia, S.H., M.H.');
    expect(text).toMatch(/Bidang Persandian dan Keamanan\s+Informasi/);
    const withHeading = sheet.pages.findIndex((page) => page.includes('F. Peserta pengujian'));
    expect(sheet.pages[withHeading]).toContain('Tanda tangan');
  });

  it('the daftar isi ordner, dated in words', async () => {
    const index = look('daftar-isi-ordner-A4', await stored(s, await s.call('ordner.index', { id: a.ordner.id })));
    expectOfficial(index, 'a4');
    expect(flat(index.pages.join(' '))).toContain('Buku Kunci Persandian');
    expect(flat(index.pages.join(' '))).toContain('dicetak 15 Januari 2026');
  });

  it('the Lembar Kunci Pemulihan', async () => {
    const identity = await generateIdentity();
    const recovery = look(
      'lembar-kunci-pemulihan-A4',
      await recoverySheetPdf({
        identity,
        recipient: await identityToRecipient(identity),
        bodyName: BODY,
        agency: await s.call('agency.get', {}),
        archiveDir: s.dir,
        backupFile: join(s.dir, 'cadangan', 'lemari-2026-01-15.lemari-backup'),
        at: new Date('2026-01-15T02:00:00Z'),
      }),
    );
    expectOfficial(recovery, 'a4');
    expect(flat(recovery.pages[0] ?? '')).toContain('PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI');
    expect(flat(recovery.pages[0] ?? '')).toContain('15 Januari 2026 pukul 10.00 WITA');
    expect(flat(recovery.pages.join(' '))).toContain(identity);
  });
});
