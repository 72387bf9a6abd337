import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { signedInDispatch } from '../../../test/support/signIn';
import { createCore, type Core } from '../createCore';
import { tempDir } from '../../../test/support/tempArchive';
import { commitAsPpid } from '../../../test/import/support';
import { messyEntries, writeMessyWorkbook } from '../../../test/fixtures/registerWorkbook';

const ctx = { actor: 'petugas' };

async function stage(core: Core, path: string, name: string) {
  const staged = await core.uploads.stage(createReadStream(path), name);
  return { uploadId: staged.uploadId };
}

function entryCount(core: Core): number {
  return core.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM entries').get()?.n ?? -1;
}

/** A zip written by hand so a test can make one entry inflate to any size (a bomb) cheaply. */
function writeZip(path: string, files: Record<string, Buffer>): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...locals, dir, end]));
}

describe('import of existing lists', () => {
  it('reads a messy two-row-header DIP: title rows, Cetak·Rekam·Online, sections, numbering; all or nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'DIP Diskominfo 2025.xlsx');
    await writeMessyWorkbook(file);
    const core = createCore({ archiveDir: join(dir, 'arsip') });
    await core.handlers['unit.create']({ fields: { name: 'Sekretariat', kind: 'bagian', head: '', active: true } }, ctx);
    const upload = await stage(core, file, 'DIP Diskominfo 2025.xlsx');
    const preview = await core.handlers['import.preview']({ upload }, ctx);
    expect(preview.mapping).toMatchObject({ headerRow: 4, headerDepth: 2 });
    expect(preview.columns.map((c) => c.target)).toEqual([
      'number',
      'judul',
      'ringkasan',
      'unit',
      'penanggungJawab',
      'waktuTempat',
      'formatCetak',
      'formatRekam',
      'formatOnline',
      'retensi',
      'jenisMedia',
    ]);
    expect(preview).toMatchObject({ read: 7, accepted: 6, rejected: 1, sections: 3, remembered: false });
    expect(preview.rows[0]).toMatchObject({ row: 16, problems: [{ field: 'judul', message: 'Judul dan ringkasan kosong.' }] });
    expect(entryCount(core)).toBe(0);

    const result = await commitAsPpid(core, { upload, dryRun: false });
    expect(result).toMatchObject({ read: 7, imported: 6, rejected: 1 });
    const rows = core.db
      .prepare<
        [],
        {
          category: string;
          judul: string;
          unit_id: number | null;
          format_cetak: number;
          retensi_aktif: number;
          disposisi: string;
          year: number;
          tempat: string;
        }
      >('SELECT category, judul, unit_id, format_cetak, retensi_aktif, disposisi, year, tempat FROM entries ORDER BY id')
      .all();
    expect(rows.map((r) => [r.category, r.judul])).toEqual([
      ...messyEntries.berkala.map((j) => ['berkala', j]),
      ...messyEntries.serta_merta.map((j) => ['serta_merta', j]),
      ...messyEntries.setiap_saat.map((j) => ['setiap_saat', j]),
    ]);
    expect(rows[0]).toMatchObject({ retensi_aktif: 2, disposisi: 'musnah', year: 2021, tempat: 'Sleman' });
    // "Sekretariat" in the file is the unit set up in settings.
    expect(rows.filter((r) => r.unit_id !== null)).toHaveLength(2);
    const audit = await core.handlers['audit.list']({ entityType: 'import', limit: 10 }, ctx);
    expect(audit).toHaveLength(1);
    expect(await core.handlers['audit.list']({ entityType: 'entry', limit: 10 }, ctx)).toHaveLength(0);

    // The next file with the same headers reuses the mapping.
    const again = await core.handlers['import.preview']({ upload: await stage(core, file, 'DIP 2026.xlsx') }, ctx);
    expect(again.remembered).toBe(true);
    core.close();
  });

  it('reads a semicolon CSV of a DIK and keeps its columns as written; dry run writes nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'dik.csv');
    writeFileSync(
      file,
      '\uFEFFDAFTAR INFORMASI YANG DIKECUALIKAN;;;;;\n' +
        'No;Informasi;Dasar Hukum Pengecualian;Konsekuensi Apabila Dibuka;Konsekuensi Apabila Ditutup;Jangka Waktu\n' +
        '1;Data pribadi pelapor;Pasal 17 huruf h UU 14/2008;"Mengungkap identitas; membahayakan pelapor";Melindungi pelapor;Tidak terbatas\n' +
        '2;Dokumen pemeriksaan;Pasal 17 huruf a;;Proses hukum terlindungi;Sampai dengan diperlukan untuk keperluan proses hukum\n',
    );
    const core = createCore({ archiveDir: join(dir, 'arsip') });
    const upload = await stage(core, file, 'dik.csv');
    const dry = await commitAsPpid(core, { upload, category: 'dikecualikan', dryRun: true });
    expect(dry).toMatchObject({ importId: null, read: 2, imported: 2, rejected: 0 });
    expect(entryCount(core)).toBe(0);
    await commitAsPpid(core, { upload, category: 'dikecualikan', dryRun: false });
    const first = await core.handlers['entry.get']({ id: 1 }, ctx);
    expect(first).toMatchObject({
      category: 'dikecualikan',
      judul: 'Data pribadi pelapor',
      dikInformasi: 'Data pribadi pelapor',
      dikDasarHukum: 'Pasal 17 huruf h UU 14/2008',
      dikKonsekuensiDibuka: 'Mengungkap identitas; membahayakan pelapor',
      dikJangkaWaktu: 'Tidak terbatas',
    });
    core.close();
  });

  it('puts a DIK\'s "Informasi yang Dikecualikan" in dikInformasi, titled by the "Judul/Jenis Informasi" column or a shortened copy', async () => {
    const dir = tempDir();
    const long = `Berkas hasil pemeriksaan internal ${'yang memuat keterangan saksi dan pelapor '.repeat(8)}beserta lampirannya`;
    const withTitle = join(dir, 'dik-judul.csv');
    writeFileSync(
      withTitle,
      'No;Judul/Jenis Informasi;Informasi yang Dikecualikan;Dasar Hukum\n' +
        '1;Laporan Hasil Pemeriksaan;Identitas pelapor dalam laporan hasil pemeriksaan;Pasal 17 huruf h\n',
    );
    const withoutTitle = join(dir, 'dik.csv');
    writeFileSync(withoutTitle, `No;Informasi yang Dikecualikan;Dasar Hukum\n1;${long};Pasal 17 huruf a\n`);
    const core = createCore({ archiveDir: join(dir, 'arsip') });
    const preview = await core.handlers['import.preview'](
      { upload: await stage(core, withTitle, 'dik-judul.csv'), category: 'dikecualikan' },
      ctx,
    );
    expect(preview.columns.map((column) => column.target)).toEqual(['number', 'judul', 'dikInformasi', 'dikDasarHukum']);
    await commitAsPpid(core, { upload: await stage(core, withTitle, 'dik-judul.csv'), category: 'dikecualikan', dryRun: false });
    await commitAsPpid(core, { upload: await stage(core, withoutTitle, 'dik.csv'), category: 'dikecualikan', dryRun: false });
    expect(await core.handlers['entry.get']({ id: 1 }, ctx)).toMatchObject({
      judul: 'Laporan Hasil Pemeriksaan',
      dikInformasi: 'Identitas pelapor dalam laporan hasil pemeriksaan',
      dikDasarHukum: 'Pasal 17 huruf h',
    });
    const second = await core.handlers['entry.get']({ id: 2 }, ctx);
    expect(second.dikInformasi).toBe(long);
    expect(second.judul.length).toBeLessThanOrEqual(201);
    expect(second.judul).toMatch(/^Berkas hasil pemeriksaan internal yang memuat keterangan saksi .*\S…$/);
    expect(long.startsWith(second.judul.slice(0, -1))).toBe(true);
    core.close();
  });

  it('takes a DIP column headed just "Informasi" as the title, with nothing withheld', async () => {
    const dir = tempDir();
    const file = join(dir, 'dip.csv');
    writeFileSync(file, 'No;Informasi;Ringkasan Isi Informasi\n1;Profil PPID;Struktur dan tugas PPID\n');
    const core = createCore({ archiveDir: join(dir, 'arsip') });
    await commitAsPpid(core, { upload: await stage(core, file, 'dip.csv'), dryRun: false });
    expect(await core.handlers['entry.get']({ id: 1 }, ctx)).toMatchObject({
      category: 'berkala',
      judul: 'Profil PPID',
      ringkasan: 'Struktur dan tugas PPID',
      dikInformasi: '',
    });
    core.close();
  });

  it('refuses bad files with a clear message and writes nothing', async () => {
    const dir = tempDir();
    const core = createCore({ archiveDir: join(dir, 'arsip') });
    const dispatch = signedInDispatch(core);
    const attempt = async (name: string, bytes: Buffer | null, write?: (path: string) => void) => {
      const path = join(dir, name);
      if (bytes) writeFileSync(path, bytes);
      write?.(path);
      const result = await dispatch('import.commit', { upload: await stage(core, path, name) }, ctx);
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.error.message;
    };
    expect(await attempt('foto.xlsx', Buffer.from('\x89PNG\r\n\x1a\n0000000000'))).toContain('bukan lembar kerja');
    expect(await attempt('lama.xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]))).toContain('kata sandi');
    expect(await attempt('kosong.csv', Buffer.alloc(0))).toContain('kosong');
    expect(await attempt('spasi.csv', Buffer.from(';;;\n;;;\n'))).toContain('kosong');
    const bomb = { '[Content_Types].xml': Buffer.from('<Types/>'), 'xl/worksheets/sheet1.xml': Buffer.alloc(100 * 1024 * 1024, 0x20) };
    expect(await attempt('bom.xlsx', null, (path) => writeZip(path, bomb))).toContain('membengkak');
    expect(
      await attempt('rusak.xlsx', null, (path) =>
        writeZip(path, { '[Content_Types].xml': Buffer.from('<x'), 'xl/workbook.xml': Buffer.from('<<<') }),
      ),
    ).toMatch(/rusak|tidak ditemukan|kosong/);
    expect(await attempt('catatan.txt', Buffer.from('hanya satu baris tanpa kolom\n'))).toContain('tidak ditemukan');
    expect(entryCount(core)).toBe(0);
    // The only events are the archive's seed record and the test PPID's own account and sign-in (issue 13), no import.
    const events = await core.handlers['audit.list']({ limit: 10 }, ctx);
    expect(events.filter((e) => !e.action.startsWith('auth.') && e.action !== 'archive.seed')).toHaveLength(0);
    core.close();
  });
});
