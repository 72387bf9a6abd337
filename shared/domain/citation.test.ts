import { describe, expect, it } from 'vitest';
import manifest from '../../test/fixtures/real-lists/manifest.json';
import { readCitation } from './citation';

const codes = (text: string) => readCitation(text).flags.map((f) => f.code);

describe('readCitation reads the forms real DIK lists write', () => {
  it.each([
    ['Pasal 17 huruf b dan huruf h angka 3 UU 14/2008', ['17b', '17h3']],
    ['UU No. 14 Tahun 2008 Pasal 17 huruf h angka 1, angka 3, dan angka 5', ['17h1', '17h3', '17h5']],
    ['UU KIP Pasal 17 huruf A dan huruf H', ['17a', '17h']],
    ['Pasal 17 (g), (h) angka 3 Undang-Undang Nomor 14 Tahun 2008', ['17g', '17h3']],
    ['UU 14/2008 Pasal 17 huruf a, c', ['17a', '17c']],
    ['Pasal 17 butir g dan h UU 14 Tahun 2008', ['17g', '17h']],
  ])('"%s"', (text, grounds) => {
    const reading = readCitation(text);
    expect(reading.grounds).toEqual(grounds);
    expect(reading.flags).toEqual([]);
  });

  it('reads "UU Nomor 14 Tahun 2008 … huruf h angka 2" (no "Pasal 17") and says it assumed the article', () => {
    const reading = readCitation('UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik huruf h angka 2');
    expect(reading.grounds).toEqual(['17h2']);
    expect(reading.flags.map((f) => f.code)).toEqual(['articleAssumed']);
  });

  it('reads a ground plus another statute, and the other statute\'s "huruf d" is not Pasal 17 huruf d', () => {
    const reading = readCitation('Pasal 17 huruf j dan UU No 1 Tahun 2023 Pasal 333 huruf d');
    expect(reading.grounds).toEqual(['17j']);
    expect(reading.otherStatutes).toEqual(['UU No 1 Tahun 2023 Pasal 333 huruf d']);
    expect(reading.flags.map((f) => f.code)).toEqual(['actAssumed']);
  });

  it('keeps a bare "Pasal 17 UU 14/2008" and flags it to be completed', () => {
    const reading = readCitation('Pasal 17 UU 14/2008');
    expect(reading.grounds).toEqual([]);
    expect(reading.flags).toEqual([
      { code: 'groundIncomplete', text: 'Pasal 17' },
      { code: 'noGround', text: 'Pasal 17 UU 14/2008' },
    ]);
  });

  it('flags the Act cited with no article at all', () => {
    expect(codes('Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik')).toEqual(['groundIncomplete', 'noGround']);
  });

  it("does not read another act's Pasal 17 or huruf h as a ground", () => {
    const uud = readCitation('Pasal 17 ayat (3) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945');
    expect(uud.grounds).toEqual([]);
    expect(uud.otherStatutes).toEqual(['Pasal 17 ayat (3) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945']);
    const arsip = readCitation('Pasal 44 ayat (1) huruf h Undang-Undang No. 43 Tahun 2009 tentang Kearsipan');
    expect(arsip.grounds).toEqual([]);
    expect(arsip.otherStatutes).toEqual(['Pasal 44 ayat (1) huruf h Undang-Undang No. 43 Tahun 2009 tentang Kearsipan']);
    expect(readCitation('UUD Negara RI Tahun 1946 Pasal 28 A s/d 28 H').grounds).toEqual([]);
  });

  it('flags a huruf or angka Pasal 17 does not have instead of inventing a code', () => {
    expect(readCitation('UU 14/2008 Pasal 17 huruf k')).toMatchObject({
      grounds: [],
      flags: [{ code: 'unknownGround' }, { code: 'noGround' }],
    });
    expect(readCitation('UU 14/2008 Pasal 17 huruf h angka 6, angka 2')).toMatchObject({
      grounds: ['17h2'],
      flags: [{ code: 'unknownGround' }],
    });
  });

  it('does not read quoted law text as citations', () => {
    const reading = readCitation(
      'UU Nomor 14 Tahun 2008 tentang KIP pasal 17 huruf h yang berbunyi : Informasi Publik … yaitu:\n1. riwayat dan kondisi anggota keluarga; 2. riwayat, kondisi dan perawatan',
    );
    expect(reading).toEqual({ grounds: ['17h'], otherStatutes: [], flags: [] });
  });

  it('keeps statutes cited without a number as written', () => {
    expect(readCitation('UU 14/2008 Pasal 17 huruf h; UU Perlindungan Data Pribadi').otherStatutes).toEqual([
      'UU Perlindungan Data Pribadi',
    ]);
  });
});

describe('readCitation on every Dasar Hukum cell of the real-list corpus', () => {
  const cells = manifest.fixtures.flatMap((f) =>
    f.sheets.flatMap((s) =>
      s.entries.flatMap((e) =>
        'cite' in e && 'dikDasarHukum' in e.fields
          ? [{ where: `${f.file} row ${String(e.row)}`, text: e.fields.dikDasarHukum, cite: e.cite }]
          : [],
      ),
    ),
  );

  it('has the cells', () => {
    expect(cells.length).toBeGreaterThan(40);
  });

  it.each(cells.map((c) => [c.where, c] as const))('%s', (_where, { text, cite }) => {
    const reading = readCitation(text);
    expect(reading.grounds).toEqual(cite.grounds);
    for (const statute of cite.otherStatutes)
      expect(
        reading.otherStatutes.some((s) => s.includes(statute)),
        statute,
      ).toBe(true);
    expect(new Set(reading.flags.map((f) => f.code))).toEqual(new Set(cite.flags));
  });
});
