import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { exemptedSalary, requestDesk, walkIn } from '../../../test/support/requestFixtures';
import { tempDir } from '../../../test/support/tempArchive';
import { keberatanColumns, permohonanColumns } from './register.rows';

/** A year of the desk: granted with a DIP entry and a fee, refused on the DIK, transferred, still open (extended), objected and disputed. */
async function aYear() {
  const desk = requestDesk('2026-12-01T05:00:00Z');
  const agency = await desk.call('agency.get', {});
  await desk.call('agency.update', {
    expectedVersion: agency.version,
    fields: {
      ...agency,
      bodyName: 'Dinas Komunikasi dan Informatika Kota Kupang',
      city: 'Kupang',
      superiorName: 'Drs. Yohanes Bria',
      superiorPosition: 'Sekretaris Daerah Kota Kupang',
    },
  });
  const salary = await exemptedSalary(desk.call);
  const renstra = await desk.call('entry.create', {
    fields: { ...emptyEntryFields('setiap_saat', 2026), judul: 'Rencana Strategis 2026', bentuk: 'softcopy' },
  });
  const asked = (at: string, info: string, name: string) =>
    desk.call('request.create', { fields: { ...walkIn(at, info), requester: { ...walkIn(at).requester, name } } });

  const a = await asked('2026-12-01T01:00:00Z', 'Rencana Strategis 2026', 'Andi Wijaya');
  const granted = await desk.call('request.decide', {
    id: a.id,
    expectedVersion: a.version,
    decision: { status: 'dikabulkan_seluruhnya', entryIds: [renstra.id], documentIds: [], note: '' },
  });
  await desk.call('request.setFee', {
    id: a.id,
    expectedVersion: granted.version,
    fee: { amount: 5000, method: 'Tunai', chargedOn: '2026-12-01' },
  });

  const b = await asked('2026-12-01T02:00:00Z', 'Daftar gaji pegawai', 'Siti Aminah');
  await desk.call('request.decide', {
    id: b.id,
    expectedVersion: b.version,
    decision: { status: 'ditolak', exemptEntryIds: [salary.entryId], note: '' },
  });
  await desk.call('request.letter', { id: b.id, kind: 'penolakan', number: '002/KEP/XII/2026', date: '2026-12-01' });
  const objected = await desk.call('request.object', { id: b.id, fields: { filedOn: '2026-12-01', reasons: ['a', 'f'], description: '' } });
  const o = objected.objections[0];
  if (!o) throw new Error('no objection');
  await desk.call('request.answerObjection', {
    objectionId: o.id,
    expectedVersion: o.version,
    response: { number: '045/SETDA/XII/2026', date: '2026-12-01', outcome: 'ditolak', text: 'Penolakan PPID dikuatkan.' },
  });
  await desk.call('request.registerDispute', {
    id: b.id,
    objectionId: o.id,
    fields: {
      registrationNumber: '012/REG-PSI/XII/2026',
      registeredOn: '2026-12-01',
      stage: 'mediasi',
      hearings: [],
      putusanNumber: '',
      putusanDate: null,
      outcome: null,
      orderedOpenEntryIds: [],
    },
  });

  const c = await asked('2026-12-01T03:00:00Z', 'Data kependudukan', 'Kelompok Tani Maju');
  await desk.call('request.decide', {
    id: c.id,
    expectedVersion: c.version,
    decision: { status: 'dialihkan', transferredTo: 'Dinas Dukcapil', note: '' },
  });
  const d = await asked('2026-12-01T04:00:00Z', 'Laporan keuangan 2025', 'Budi Hartono');
  await desk.call('request.extend', { id: d.id, expectedVersion: d.version, reason: 'Informasi di tiga bidang' });
  return desk;
}

function pdfText(path: string) {
  return {
    text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    info: execFileSync('pdfinfo', [path], { encoding: 'utf8' }),
  };
}

describe('the register books in the Perki format', () => {
  it('Buku Register Permohonan as XLSX: the Perki columns, one row per request, ticks where they belong', async () => {
    const desk = await aYear();
    const file = await desk.call('request.registerFile', { year: 2026, book: 'permohonan', format: 'xlsx' });
    expect(file.url).toBe(`/download/${file.fileId}`);
    const stored = desk.core.exportFiles.get(file.fileId);
    if (!stored) throw new Error('not stored');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(stored.path);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const values = (n: number) =>
      (sheet.getRow(n).values as unknown[])
        .slice(1)
        .map((v) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v)));
    expect(values(1)[0]).toBe('BUKU REGISTER PERMOHONAN INFORMASI PUBLIK TAHUN 2026');
    expect(values(5)).toEqual(permohonanColumns.map((c) => c.header));
    expect(values(4).slice(9, 18)).toEqual([
      ...Array<string>(3).fill('Status Informasi'),
      ...Array<string>(2).fill('Bentuk Informasi yang Dikuasai'),
      ...Array<string>(2).fill('Jenis Permohonan'),
      ...Array<string>(2).fill('Keputusan'),
    ]);
    for (const header of [
      'Nama',
      'Alamat',
      'Nomor Kontak',
      'Pekerjaan',
      'Informasi yang Diminta',
      'Tujuan Penggunaan Informasi',
      'Alasan Penolakan',
    ])
      expect(values(5)).toContain(header);
    const rows = [7, 8, 9, 10].map(values);
    const col = (name: string) => permohonanColumns.findIndex((c) => c.header === name);
    expect(rows.map((r) => r[col('Nama')])).toEqual(['Andi Wijaya', 'Siti Aminah', 'Kelompok Tani Maju', 'Budi Hartono']);
    const [andi, siti, tani, budi] = rows;
    expect(andi?.[col('Diterima')]).toBe('√');
    expect(andi?.[col('Softcopy')]).toBe('√');
    expect(andi?.[col('Biaya dan Cara Pembayaran')]).toBe('Rp 5.000, Tunai');
    expect(siti?.[col('Ditolak')]).toBe('√');
    expect(siti?.[col('Alasan Penolakan')]).toMatch(/Pasal 17 huruf h angka 3.*\(Data gaji dan rekening pegawai\)/);
    expect(siti?.[col('Hari dan Tanggal Pemberitahuan Tertulis')]).toBe('Selasa, 1 Desember 2026');
    expect(tani?.[col('Tidak Di Bawah Penguasaan')]).toBe('√');
    expect(tani?.[col('Keterangan')]).toContain('Dialihkan kepada Dinas Dukcapil');
    expect(budi?.[col('Diterima')]).toBe('');
    expect(budi?.[col('Keterangan')]).toContain('Informasi di tiga bidang');
    const audit = await desk.call('audit.list', { entityType: 'request_register' });
    expect(audit[0]).toMatchObject({ action: 'request.registerFile', actor: 'Rina Marlina', entityId: 'permohonan-2026' });
  });

  it('both books as PDF on A4 and F4 landscape, read back (and rendered for a look with LEMARI_REGISTER_DIR)', async () => {
    const desk = await aYear();
    const out = process.env.LEMARI_REGISTER_DIR ?? tempDir();
    mkdirSync(out, { recursive: true });
    for (const paper of ['a4', 'f4'] as const) {
      for (const book of ['permohonan', 'keberatan'] as const) {
        const file = await desk.call('request.registerFile', { year: 2026, book, format: 'pdf', paper });
        const stored = desk.core.exportFiles.get(file.fileId);
        if (!stored) throw new Error('not stored');
        const { text: spaced, info } = pdfText(stored.path);
        // Cells wrap anywhere ("KEB-001/ PPID/2026"): compare without spaces.
        const text = { toString: () => spaced.replace(/\s+/g, '') };
        const has = (words: string) => expect(text.toString()).toContain(words.replace(/\s+/g, ''));
        const hasNot = (words: string) => expect(text.toString()).not.toContain(words.replace(/\s+/g, ''));
        expect(info).toMatch(paper === 'a4' ? /Page size:\s+841\.\d+ x 595\.\d+/ : /Page size:\s+935\.\d+ x 609\.\d+/);
        has('DINAS KOMUNIKASI DAN INFORMATIKA KOTA KUPANG');
        has('dokumen internal, memuat data pribadi pemohon');
        if (book === 'permohonan') {
          has('BUKU REGISTER PERMOHONAN INFORMASI PUBLIK TAHUN 2026');
          for (const words of ['Andi Wijaya', 'Kelompok', 'Status Informasi', 'Alasan Penolakan']) has(words);
        } else {
          has('BUKU REGISTER KEBERATAN TAHUN 2026');
          for (const words of [
            'Siti Aminah',
            'KEB-001/PPID/2026',
            '002/PPID/XII/2026',
            'pengenaan biaya yang tidak wajar',
            'Drs. Yohanes Bria',
            '012/REG-PSI/XII/2026',
          ])
            has(words);
          hasNot('Andi Wijaya');
        }
        execFileSync('pdftoppm', ['-png', '-r', '80', stored.path, join(out, `${book}-${paper}`)]);
      }
    }
    expect(keberatanColumns.map((c) => c.header)).toContain('Nama dan Posisi Atasan PPID');
  });

  it('an empty year prints the header and says so; a year is its own (no 2025 request in the 2026 book)', async () => {
    const desk = await aYear();
    const file = await desk.call('request.registerFile', { year: 2025, book: 'permohonan', format: 'pdf' });
    const stored = desk.core.exportFiles.get(file.fileId);
    if (!stored) throw new Error('not stored');
    const { text } = pdfText(stored.path);
    expect(text).toContain('Belum ada catatan pada tahun ini.');
    expect(text).not.toContain('Andi Wijaya');
  });

  it('a book longer than a page repeats the Perki header on every page', async () => {
    const desk = requestDesk('2026-12-01T05:00:00Z');
    for (let i = 0; i < 24; i += 1) {
      const at = new Date(Date.UTC(2026, 10, 2 + i, 2)).toISOString();
      await desk.call('request.create', { fields: walkIn(at, `Salinan dokumen pengadaan paket ${String(i + 1)} tahun anggaran 2026`) });
    }
    const file = await desk.call('request.registerFile', { year: 2026, book: 'permohonan', format: 'pdf', paper: 'a4' });
    const stored = desk.core.exportFiles.get(file.fileId);
    if (!stored) throw new Error('not stored');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [stored.path], { encoding: 'utf8' }))?.[1] ?? 0);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), stored.path, '-'], { encoding: 'utf8' });
      expect(text).toContain('Status Informasi');
      expect(text).toContain(`halaman ${String(page)} dari ${String(pages)}`);
    }
    const out = process.env.LEMARI_REGISTER_DIR;
    if (out) execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '2', '-l', '2', stored.path, join(out, 'permohonan-long')]);
  });
});
