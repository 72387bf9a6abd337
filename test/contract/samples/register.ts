import { expect } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { dipEntry } from './fixtures';
import type { SampleContext, SomeSamples } from './sample';

const csv = 'No;Informasi;Ringkasan Isi Informasi\n1;Profil PPID;Struktur dan tugas PPID\n2;Laporan Keuangan;Realisasi anggaran\n';
const stagedList = async (ctx: SampleContext) => ({ upload: await ctx.stage(Buffer.from(csv), 'dip.csv') });
/** An existing DIK as a village keeps it in Excel's Indonesian CSV, with the SK that set it (issue 11 item 2). */
const dikCsv =
  'DAFTAR INFORMASI YANG DIKECUALIKAN\nNo;Informasi;Dasar Hukum Pengecualian;Konsekuensi Dibuka;Jangka Waktu\n' +
  '1;Data pribadi penerima bantuan;Pasal 17 huruf h angka 3 UU 14/2008;Mengungkap rahasia pribadi;5 Tahun\n' +
  '2;Rekam medis warga;Pasal 17 UU 14/2008;Mengungkap riwayat kesehatan;Tidak terbatas\n';
const stagedDik = async (ctx: SampleContext) => ({ upload: await ctx.stage(Buffer.from(dikCsv), 'dik.csv') });
const sk = { number: '140 / 12 / IV / 2025', date: '2025-04-14', signerName: 'Kepala Desa', signerPosition: 'Kepala Desa', scan: null };

/** The register: entries with optimistic versions, soft delete, history, import. */
export const registerSamples = {
  'entry.list': {
    input: async (ctx) => {
      await dipEntry(ctx);
      return { year: 2026 };
    },
    check: (page) => expect(page).toMatchObject({ total: 1, rows: [{ judul: 'Profil PPID' }] }),
  },
  'entry.get': { input: async (ctx) => ({ id: (await dipEntry(ctx)).id }) },
  'entry.create': { input: () => ({ fields: { ...emptyEntryFields('setiap_saat', 2026), judul: 'Daftar hadir rapat' } }) },
  'entry.update': {
    input: async (ctx) => {
      const entry = await dipEntry(ctx);
      return {
        id: entry.id,
        fields: { ...emptyEntryFields('berkala', 2026), judul: 'Profil dan struktur PPID' },
        expectedVersion: entry.version,
      };
    },
    check: (entry) => expect(entry.judul).toBe('Profil dan struktur PPID'),
  },
  'entry.patch': {
    input: async (ctx) => {
      const entry = await dipEntry(ctx);
      return { id: entry.id, patch: { tempat: 'Sekretariat PPID' }, expectedVersion: entry.version };
    },
    check: (entry) => expect(entry.tempat).toBe('Sekretariat PPID'),
  },
  'entry.delete': {
    input: async (ctx) => {
      const entry = await dipEntry(ctx);
      return { id: entry.id, expectedVersion: entry.version };
    },
  },
  'entry.restore': {
    input: async (ctx) => {
      const entry = await dipEntry(ctx);
      const deleted = await ctx.call('entry.delete', { id: entry.id, expectedVersion: entry.version });
      return { id: entry.id, expectedVersion: deleted.version };
    },
  },
  'entry.history': {
    input: async (ctx) => {
      const entry = await dipEntry(ctx);
      await ctx.call('entry.patch', { id: entry.id, patch: { tempat: 'Sekretariat' }, expectedVersion: entry.version });
      return { id: entry.id };
    },
    check: (history) => expect(history).toHaveLength(2),
  },
  'entry.years': {
    input: async (ctx) => {
      await dipEntry(ctx);
      return {};
    },
    check: (years) => expect(years).toEqual([2026]),
  },
  'import.preview': {
    input: async (ctx) => ({ ...(await stagedDik(ctx)), upstreamDecision: '169/Kpts/KPU/TAHUN 2015' }),
    check: (preview) =>
      expect(preview.rows[0]?.dikReading).toMatchObject({ grounds: ['17h3'], upstreamDecision: '169/Kpts/KPU/TAHUN 2015' }),
  },
  'import.commit': {
    input: async (ctx) => ({ ...(await stagedDik(ctx)), decision: sk }),
    check: (result) => {
      expect(result).toMatchObject({
        read: 2,
        imported: 2,
        rejected: 0,
        parts: [{ list: 'dik', exemptions: { decided: 2, awaiting: 0, toReview: 1 } }],
      });
      expect(result.decisionId).not.toBeNull();
    },
  },
  'import.mappings': {
    input: async (ctx) => {
      await ctx.call('import.commit', await stagedList(ctx));
      return {};
    },
  },
} satisfies SomeSamples;
