import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/createCore';
import { repoRoot } from '../support/child';
import { signedInDispatch, TEST_PIN } from '../support/signIn';
import { commitAsPpid, ctx, freshCore, perCategory, stage, stored, writeBook } from './support';

/** An archive whose first run's PPID ("PPID Uji", the test PIN) exists, so the CLI can sign in. */
async function ppidArchive(archive: string): Promise<string> {
  const core = createCore({ archiveDir: archive, background: false });
  const signed = await signedInDispatch(core, () => undefined)('auth.status', {}, ctx);
  core.close();
  if (!signed.ok) throw new Error(signed.error.messageEn);
  return archive;
}

/** `lemari import` in a child process, signed in as that PPID with the PIN on stdin (imports change the archive). */
function lemari(args: string[]) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'lemari.mjs'), ...args, '--user', 'PPID Uji', '--pin-stdin'], {
    input: `${TEST_PIN}\n`,
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

// A DIK as a kabupaten Diskominfo publishes it: title rows, the usual five columns.
const dikRows = [
  ['DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN'],
  ['DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN BANTUL TAHUN 2025'],
  [],
  ['No', 'Informasi', 'Dasar Hukum Pengecualian', 'Konsekuensi Dibuka–Ditutup', 'Jangka Waktu'],
  [
    1,
    'Data pribadi pemohon informasi (NIK, alamat, nomor telepon)',
    'Pasal 17 huruf h angka 1, angka 3, dan angka 5 UU 14/2008',
    'Dibuka dapat mengungkap rahasia pribadi; ditutup melindungi pemohon',
    'Selama yang bersangkutan tidak memberi izin tertulis',
  ],
  [
    2,
    'Dokumen pengadaan yang masih dalam proses evaluasi',
    'Pasal 17 huruf b dan huruf h angka 3',
    'Dibuka dapat mengganggu persaingan usaha yang sehat',
    '1 Tahun / Dibuka setelah ada keputusan tetap dari Pimpinan',
  ],
];

async function dikBook(dir: string): Promise<string> {
  return writeBook(join(dir, 'dik-bantul.xlsx'), [{ name: 'Sheet1', rows: dikRows, merges: ['A1:E1', 'A2:E2'] }]);
}

describe('the file decides the list', () => {
  it('reads a DIK by its title and columns, says why in both languages, and keeps each DIK column raw per row', async () => {
    const { core, dir } = freshCore();
    const preview = await core.handlers['import.preview']({ upload: await stage(core, await dikBook(dir)) }, ctx);
    expect(preview.list).toMatchObject({ detected: 'dik', list: 'dik', needsChoice: false, refused: false });
    expect(preview.list.reasons).toContainEqual({ kind: 'title', list: 'dik', text: 'DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN' });
    expect(preview.list.reasons).toContainEqual({ kind: 'column', list: 'dik', text: 'Dasar Hukum Pengecualian' });
    expect(preview.list.message).toContain('Dibaca sebagai DIK');
    expect(preview.list.message).toContain('judul "DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN"');
    expect(preview.list.messageEn).toContain('Read as DIK');
    expect(preview.list.messageEn).toContain('the column "Dasar Hukum Pengecualian"');
    expect(preview.byCategory).toEqual({ dikecualikan: 2 });
    expect(preview.rows[1]).toMatchObject({
      row: 6,
      category: 'dikecualikan',
      dik: {
        informasi: 'Dokumen pengadaan yang masih dalam proses evaluasi',
        dasarHukum: 'Pasal 17 huruf b dan huruf h angka 3',
        konsekuensiDibuka: 'Dibuka dapat mengganggu persaingan usaha yang sehat',
        konsekuensiDitutup: '',
        jangkaWaktu: '1 Tahun / Dibuka setelah ada keputusan tetap dari Pimpinan',
        keputusan: '',
      },
    });
    // With no category given, a DIK goes into the DIK.
    const result = await commitAsPpid(core, { upload: await stage(core, await dikBook(dir)), dryRun: false });
    expect(result.parts).toMatchObject([{ list: 'dik', imported: 2, byCategory: { dikecualikan: 2 } }]);
    expect(perCategory(core)).toEqual({ dikecualikan: 2 });
    core.close();
  });

  it('refuses, through dispatch, a DIK into Berkala — also with the DIK columns remapped away — unless the call says so', async () => {
    const { core, dir } = freshCore();
    const dispatch = signedInDispatch(core);
    const file = await dikBook(dir);
    // Signing in writes its own audit rows; what counts is that the refused imports add none.
    expect((await dispatch('auth.status', {}, ctx)).ok).toBe(true);
    const auditBefore = await core.handlers['audit.list']({ limit: 100 }, ctx);
    const refused = await dispatch('import.commit', { upload: await stage(core, file), category: 'berkala' }, ctx);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).toMatchObject({ code: 'invalid_input', field: 'allowPublicDespiteDik' });
      expect(refused.error.message).toContain('terbaca sebagai DIK');
      expect(refused.error.messageEn).toContain('reads as a DIK');
    }
    expect((await dispatch('import.commit', { upload: await stage(core, file), list: 'dip' }, ctx)).ok).toBe(false);
    // Hiding the DIK columns in the mapping does not hide the title.
    const preview = await core.handlers['import.preview']({ upload: await stage(core, file) }, ctx);
    const hidden = {
      ...preview.mapping,
      targets: preview.mapping.targets.map((t) => (t.startsWith('dik') && t !== 'dikInformasi' ? 'ignore' : t)),
    };
    const remapped = await dispatch('import.commit', { upload: await stage(core, file), mapping: hidden, category: 'setiap_saat' }, ctx);
    expect(remapped.ok).toBe(false);
    // …and a DIK without any title is still known by its columns.
    const csv = join(dir, 'dik-tanpa-judul.csv');
    writeFileSync(
      csv,
      'No;Informasi;Konsekuensi apabila dibuka;Jangka Waktu\r\n1;Berkas perkara pegawai;Mengganggu pemeriksaan;5 tahun\r\n',
    );
    expect((await dispatch('import.commit', { upload: await stage(core, csv), category: 'berkala' }, ctx)).ok).toBe(false);
    expect(stored(core)).toHaveLength(0);
    expect(await core.handlers['audit.list']({ limit: 100 }, ctx)).toEqual(auditBefore);

    const allowed = await dispatch(
      'import.commit',
      { upload: await stage(core, file), category: 'berkala', allowPublicDespiteDik: true },
      ctx,
    );
    expect(allowed.ok).toBe(true);
    expect(perCategory(core)).toEqual({ berkala: 2 });
    const audit = await core.handlers['audit.list']({ entityType: 'import', limit: 10 }, ctx);
    expect(audit[0]?.after).toMatchObject({ list: 'dip', allowPublicDespiteDik: true });
    core.close();
  });

  it('never defaults an ambiguous file to Berkala: the preview asks, commit and CLI refuse naming --list', async () => {
    const { core, dir } = freshCore();
    const csv = join(dir, 'daftar.csv');
    writeFileSync(csv, 'No;Judul;Keterangan\r\n1;Profil PPID;Diperbarui tiap tahun\r\n2;Laporan Keuangan 2024;\r\n');
    const preview = await core.handlers['import.preview']({ upload: await stage(core, csv) }, ctx);
    expect(preview.list).toMatchObject({ detected: null, list: null, needsChoice: true });
    expect(preview.list.message).toContain('Pilih DIP atau DIK');
    const dispatch = signedInDispatch(core);
    const refused = await dispatch('import.commit', { upload: await stage(core, csv) }, ctx);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.field).toBe('list');
      expect(refused.error.messageEn).toContain('--list dip|dik');
    }
    expect(stored(core)).toHaveLength(0);
    const chosen = await commitAsPpid(core, { upload: await stage(core, csv), list: 'dik', dryRun: false });
    expect(chosen.parts[0]).toMatchObject({ list: 'dik', byCategory: { dikecualikan: 2 } });
    core.close();

    const archive = await ppidArchive(join(dir, 'cli-arsip'));
    const undecided = lemari(['import', csv, '--archive', archive]);
    expect(undecided.code).toBe(1);
    expect(undecided.err).toContain('--list dip|dik');
    const dip = lemari(['import', csv, '--archive', archive, '--list', 'dip']);
    expect(dip.code, dip.err).toBe(0);
    expect(dip.out).toContain('DIP: 2 (berkala 2)');
  }, 120_000);

  it('knows a list by its sheet name alone ("DIK 2025")', async () => {
    const { core, dir } = freshCore();
    const file = await writeBook(join(dir, 'daftar.xlsx'), [
      {
        name: 'DIK 2025',
        rows: [
          ['No', 'Judul', 'Keterangan'],
          [1, 'Surat menyurat pribadi pimpinan', 'Rahasia'],
        ],
      },
    ]);
    const preview = await core.handlers['import.preview']({ upload: await stage(core, file) }, ctx);
    expect(preview.list).toMatchObject({ list: 'dik', reasons: [{ kind: 'sheet', list: 'dik', text: 'DIK 2025' }] });
    core.close();
  });

  it('imports a workbook with a DIP sheet and a DIK sheet in one go, each into its list; --sheet N picks one', async () => {
    const { core, dir } = freshCore();
    const file = await writeBook(join(dir, 'dip-dik-2025.xlsx'), [
      {
        name: 'DIP 2025',
        rows: [
          ['No', 'Ringkasan Isi Informasi', 'Penanggung Jawab', 'Jangka Waktu Penyimpanan'],
          ['A', 'INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA'],
          [1, 'Profil Badan Publik', 'Sekretaris', '5 tahun'],
          ['B', 'INFORMASI YANG WAJIB TERSEDIA SETIAP SAAT'],
          [2, 'Daftar Informasi Publik', 'PPID', 'Permanen'],
        ],
      },
      { name: 'Sampul', rows: [['Lampiran Keputusan PPID'], ['Nomor 12 Tahun 2025']] },
      {
        name: 'DIK 2025',
        rows: [
          ['No', 'Informasi yang Dikecualikan', 'Dasar Hukum', 'Konsekuensi', 'Jangka Waktu'],
          [1, 'Hasil pemeriksaan kesehatan pegawai', 'Pasal 17 huruf h angka 2', 'Mengungkap riwayat pengobatan', '30 tahun'],
        ],
      },
    ]);
    const preview = await core.handlers['import.preview']({ upload: await stage(core, file), allSheets: true }, ctx);
    expect(preview.parts.map((p) => [p.sheet, p.list.list, p.byCategory])).toEqual([
      ['DIP 2025', 'dip', { berkala: 1, setiap_saat: 1 }],
      ['DIK 2025', 'dik', { dikecualikan: 1 }],
    ]);
    const archive = await ppidArchive(join(dir, 'cli'));
    const third = lemari(['import', file, '--archive', archive, '--sheet', '3', '--dry-run']);
    expect(third.code, third.err).toBe(0);
    expect(third.out).toContain('DIK 2025 → DIK: 1 (dikecualikan 1)');
    const all = lemari(['import', file, '--archive', archive, '--sheet', 'all']);
    expect(all.code, all.err).toBe(0);
    expect(all.out).toContain('DIP 2025 → DIP: 2 (berkala 1, setiap_saat 1)');
    core.close();
  }, 120_000);
});
