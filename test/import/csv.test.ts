import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { commitAsPpid, ctx, freshCore, perCategory, stage, stored } from './support';

describe('CSV as Excel writes it in an Indonesian locale', () => {
  it('decodes Windows-1252 with a real code table ("–" 0x96 is U+2013), splits on ";", CRLF, and keeps quoted line breaks', async () => {
    const { core, dir } = freshCore();
    const text =
      'DAFTAR INFORMASI PUBLIK;;;\r\n' +
      'No;Judul Informasi;Ringkasan Isi Informasi;Penanggung Jawab\r\n' +
      '1;Rencana Strategis 2021–2026;"Visi, misi dan sasaran;\r\nindikator kinerja utama";Kepala Bappeda\r\n' +
      '2;Daftar Kafé Binaan;Nama dan alamat kafé;Kepala Dinas\r\n';
    const bytes = iconv.encode(text, 'win1252');
    expect(bytes.includes(0x96)).toBe(true);
    const file = join(dir, 'dip-ansi.csv');
    writeFileSync(file, bytes);
    await commitAsPpid(core, { upload: await stage(core, file), dryRun: false });
    const [first, second] = stored(core);
    expect(first?.judul).toBe('Rencana Strategis 2021\u20132026');
    expect(first?.ringkasan).toBe('Visi, misi dan sasaran;\nindikator kinerja utama');
    expect(second?.judul).toBe('Daftar Kafé Binaan');
    core.close();
  });

  it('reads UTF-8 with a BOM and "," as the delimiter', async () => {
    const { core, dir } = freshCore();
    const file = join(dir, 'dip-utf8.csv');
    writeFileSync(file, '\uFEFFNo,Judul Informasi,Ringkasan Isi Informasi\n1,"Laporan Keuangan, Tahun 2024",Neraca – LRA – CaLK\n');
    const preview = await core.handlers['import.preview']({ upload: await stage(core, file) }, ctx);
    expect(preview.columns.map((c) => c.label)).toEqual(['No', 'Judul Informasi', 'Ringkasan Isi Informasi']);
    await commitAsPpid(core, { upload: await stage(core, file), dryRun: false });
    expect(stored(core)[0]).toMatchObject({ judul: 'Laporan Keuangan, Tahun 2024', ringkasan: 'Neraca – LRA – CaLK' });
    core.close();
  });

  it('imports a 150,000-row CSV (the old reader overflowed the call stack)', { timeout: 240_000 }, async () => {
    const { core, dir } = freshCore();
    const lines = ['No;Judul Informasi;Ringkasan Isi Informasi;Jangka Waktu Penyimpanan'];
    for (let i = 1; i <= 150_000; i += 1) lines.push(`${String(i)};Surat Keluar Nomor ${String(i)};Arsip surat keluar sekretariat;2 tahun`);
    const file = join(dir, 'besar.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    const result = await commitAsPpid(core, { upload: await stage(core, file), list: 'dip', dryRun: false });
    expect(result).toMatchObject({ read: 150_000, imported: 150_000, rejected: 0 });
    expect(perCategory(core)).toEqual({ berkala: 150_000 });
    core.close();
  });
});
