import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyAgencyFields } from '../../shared/domain/agency';
import { emptyExemptionFields, type ExemptionFields } from '../../shared/domain/exemption';
import { documentFields, ordnerFields, pdfBytes } from '../contract/samples/fixtures';
import { walkIn } from '../support/requestFixtures';
import { addEntry, type Session } from './fixture';

/**
 * A Bulukumba-like Diskominfo's archive, as the SOP walk leaves it: twelve DIP entries over the three
 * categories, three DIK entries with one consequence test concluded by the Tim Pertimbangan and one SK,
 * an ordner of the DIK's documents (and four more for a sheet of spine labels), and requests answered
 * every way (refused citing the DIK with an objection answered, granted, in part, not held, sent on).
 */

const LOGO = `data:image/png;base64,${readFileSync(join(process.cwd(), 'resources', 'icons', 'icon.png')).toString('base64')}`;
export const BODY = 'Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Bulukumba';

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
export async function bulukumba(s: Session) {
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

export type Archive = Awaited<ReturnType<typeof bulukumba>>;
