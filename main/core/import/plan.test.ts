import { describe, expect, it } from 'vitest';
import { planSheet, type PlanInput } from './plan';

const input: PlanInput = {
  request: { upload: { uploadId: '00000000-0000-4000-8000-000000000000' } },
  remembered: () => null,
  units: new Map(),
  useRequestMapping: false,
};

describe('planSheet: a list typed in one column, no header row', () => {
  it('reads each line under the sentence that introduces it as an item, in the list its title names', () => {
    const plan = planSheet(
      {
        sheet: 'Sheet1',
        rows: [
          ['Informasi Dikecualikan'],
          ['Berikut merupakan daftar informasi yang dikecualikan berdasarkan Undang-Undang dan aturan lainnya:'],
          ['Informasi yang dapat membahayakan negara (UU No 14 Tahun 2008 Pasal 6 ayat (3))'],
          ['Informasi yang berkaitan dengan rahasia jabatan (UU No 14 Tahun 2008 Pasal 6 ayat (3))'],
        ],
      },
      input,
    );
    expect(plan?.list.list).toBe('dik');
    expect(plan?.parsed.rows.map((row) => [row.preview.row, row.preview.dik?.informasi])).toEqual([
      [3, 'Informasi yang dapat membahayakan negara (UU No 14 Tahun 2008 Pasal 6 ayat (3))'],
      [4, 'Informasi yang berkaitan dengan rahasia jabatan (UU No 14 Tahun 2008 Pasal 6 ayat (3))'],
    ]);
  });

  it('reads items numbered inside their own cell ("1. …", "2. …") even under a sentence without a colon', () => {
    const plan = planSheet(
      {
        sheet: 'Sheet1',
        rows: [['Informasi Dikecualikan'], ['1. Informasi Data Pribadi Pegawai'], ['2. Informasi Laporan Keuangan yang belum diaudit']],
      },
      input,
    );
    expect(plan?.parsed.rows.map((row) => row.preview.dik?.informasi)).toEqual([
      '1. Informasi Data Pribadi Pegawai',
      '2. Informasi Laporan Keuangan yang belum diaudit',
    ]);
  });

  it('finds no list in loose lines (a cover sheet)', () => {
    expect(planSheet({ sheet: 'Sampul', rows: [['Daftar Informasi Publik'], ['Tahun 2025'], ['Dinas Kominfo']] }, input)).toBeNull();
  });
});
