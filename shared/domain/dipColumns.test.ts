import { describe, expect, it } from 'vitest';
import { declassifyDipFieldsSchema, dipMissingColumns } from './dipColumns';
import { emptyEntryFields } from './entry';

describe('the DIP columns a public entry must not print blank', () => {
  it('names each blank column; any one retention value or the text is enough', () => {
    const blank = emptyEntryFields('berkala', 2026);
    expect(dipMissingColumns(blank)).toEqual(['penanggungJawab', 'waktuTempat', 'bentuk', 'retensi', 'jenisMedia']);
    const filled = {
      ...blank,
      penanggungJawab: 'Sekretaris',
      tempat: 'Sekretariat',
      bentuk: 'hardcopy' as const,
      retensiText: 'Permanen',
      jenisMedia: 'Ordner',
    };
    expect(dipMissingColumns(filled)).toEqual([]);
    expect(dipMissingColumns({ ...filled, retensiText: '', retensiInaktif: 5 })).toEqual([]);
    expect(dipMissingColumns({ ...filled, penanggungJawab: '   ' })).toEqual(['penanggungJawab']);
  });

  it('refuses the declassify fields without a retention and without a bentuk, naming the field', () => {
    const base = {
      penanggungJawab: 'Sekretaris',
      waktu: '2024',
      tempat: 'Sekretariat',
      bentuk: 'both',
      retensiAktif: null,
      retensiInaktif: null,
      retensiText: '',
      disposisi: null,
      jenisMedia: 'Ordner',
    };
    const noRetention = declassifyDipFieldsSchema.safeParse(base);
    expect(noRetention.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['retensiText', 'v.required']]);
    const noBentuk = declassifyDipFieldsSchema.safeParse({ ...base, bentuk: undefined, retensiAktif: 2 });
    expect(noBentuk.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['bentuk', 'v.required']]);
    expect(declassifyDipFieldsSchema.safeParse({ ...base, retensiAktif: 2 }).success).toBe(true);
  });
});
