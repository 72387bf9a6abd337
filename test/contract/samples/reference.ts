import { expect } from 'vitest';
import { staff } from './fixtures';
import type { SomeSamples } from './sample';

const holiday = { date: '2026-01-02', name: 'Cuti bersama tahun baru', kind: 'cuti_bersama' } as const;

/** Reference data: Pasal 17 grounds, other statutes, holidays (the manager, Rina, edits them). */
export const referenceSamples = {
  'reference.grounds': { input: () => ({}), check: (grounds) => expect(grounds.length).toBeGreaterThan(10) },
  'reference.updateGround': {
    input: async (ctx) => {
      await staff(ctx);
      const ground = (await ctx.call('reference.grounds', {})).find((g) => g.code === '17h3');
      if (!ground) throw new Error('no ground 17h3');
      return {
        ground: { code: ground.code, labelId: 'kondisi keuangan, aset, pendapatan, rekening bank', labelEn: ground.labelEn, active: true },
      };
    },
    check: (ground) => expect(ground.labelId).toBe('kondisi keuangan, aset, pendapatan, rekening bank'),
  },
  'reference.statutes': { input: () => ({}), check: (statutes) => expect(statutes.length).toBeGreaterThan(0) },
  'reference.saveStatute': {
    input: async (ctx) => {
      await staff(ctx);
      return { id: null, text: 'Perda Kabupaten Sukamaju Nomor 3 Tahun 2024 tentang Kearsipan', active: true };
    },
  },
  'reference.documentTypes': {
    input: async (ctx) => {
      await staff(ctx);
      await ctx.call('reference.saveDocumentType', { id: null, name: 'Data pemilih', active: true });
      return {};
    },
    check: (types) => expect(types.map((t) => t.name)).toContain('Data pemilih'),
  },
  'reference.saveDocumentType': {
    input: async (ctx) => {
      await staff(ctx);
      return { id: null, name: '  Data   pemilih ', active: true };
    },
    check: (type) => expect(type.name).toBe('Data pemilih'),
  },
  'holiday.list': { input: () => ({ year: 2025 }) },
  'holiday.save': {
    input: async (ctx) => {
      await staff(ctx);
      return { holiday };
    },
  },
  'holiday.remove': {
    input: async (ctx) => {
      await staff(ctx);
      await ctx.call('holiday.save', { holiday });
      return { date: holiday.date };
    },
    check: (result) => expect(result.removed).toBe(true),
  },
} satisfies SomeSamples;
