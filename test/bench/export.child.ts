// One export measured in its own process so peak RSS (maxRSS) belongs to that export alone.
// Usage: node --import tsx test/bench/export.child.ts pdf|xlsx OUT_FILE ROWS
import { writeFileSync } from 'node:fs';
import { findPrintFonts } from '../../main/core/support/resources';
import { renderListPdf } from '../../main/core/export/pdf/listPdf';
import { renderListXlsx } from '../../main/core/export/xlsx/listXlsx';
import type { DipRow, ListDocument } from '../../shared/domain/export';

const [format = 'pdf', out = '/tmp/lemari-bench.pdf', count = '10000'] = process.argv.slice(2);
const categories = ['berkala', 'serta_merta', 'setiap_saat'] as const;
const words = [
  'laporan',
  'keuangan',
  'rencana',
  'strategis',
  'pengumuman',
  'anggaran',
  'pendidikan',
  'kesehatan',
  'jalan',
  'banjir',
  'pajak',
  'perizinan',
];
const rows: DipRow[] = Array.from({ length: Number(count) }, (_, i) => ({
  entryId: i + 1,
  category: i % 10 === 0 ? categories[1] : i % 3 === 0 ? categories[2] : categories[0],
  judul: `${words[i % 12] ?? ''} ${words[(i * 7) % 12] ?? ''} nomor ${String(i)}`,
  ringkasan: `Ringkasan ${words[(i * 3) % 12] ?? ''} dan ${words[(i * 5) % 12] ?? ''} yang dikuasai bidang ${String(i % 40)} untuk tahun anggaran berjalan`,
  unit: `Bidang ${String(i % 40)}`,
  penanggungJawab: 'Kepala Bidang',
  waktu: String(2015 + (i % 11)),
  tempat: i % 2 === 0 ? 'Sleman' : 'Yogyakarta',
  bentuk: 'both',
  formatCetak: true,
  formatRekam: true,
  formatOnline: false,
  retensiAktif: 2,
  retensiInaktif: 5,
  retensiText: '',
  disposisi: 'permanen',
  jenisMedia: 'https://ppid.sleman.go.id/dip',
  kodeKlasifikasi: '900',
  year: 2025,
}));
const list: ListDocument = {
  kind: 'dip',
  year: 2025,
  decisionNumber: '300.2.11 / 1864 / IV / 2025',
  letterhead: {
    bodyName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
    unitName: 'PPID Utama',
    address: 'Jl. Parasamya',
    city: 'Sleman',
    phone: '',
    email: '',
    website: '',
    logo: null,
  },
  signature: { place: 'Sleman', date: '2025-04-10', position: 'PPID', name: 'Siti', nip: '' },
  auditHead: 'a'.repeat(64),
  madeAt: '2025-04-10T00:00:00.000Z',
  rows,
};
const start = process.hrtime.bigint();
const data =
  format === 'pdf'
    ? await renderListPdf(list, { paper: 'a4', landscape: true, layout: 'daftar' }, findPrintFonts())
    : await renderListXlsx(list, 'a4');
const ms = Number(process.hrtime.bigint() - start) / 1e6;
writeFileSync(out, data);
process.stdout.write(`${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, bytes: data.length })}\n`);
