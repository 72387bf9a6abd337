import { describe, expect, it } from 'vitest';
import { readImportedDik } from './dikImport';

const row = (over: Partial<Parameters<typeof readImportedDik>[0]> = {}) => ({
  dasarHukum: 'Pasal 17 huruf h angka 3 UU 14/2008',
  jangkaWaktu: '5 Tahun',
  konsekuensiDibuka: 'Mengungkap rahasia pribadi',
  konsekuensiDitutup: '',
  keputusan: '',
  ...over,
});

describe('readImportedDik: what an imported DIK row holds, and what is flagged', () => {
  it('anchors a duration at the SK date and keeps a sampai-dengan date without one', () => {
    expect(readImportedDik(row(), { decisionDate: '2025-04-14', upstreamDecision: '' }).reading).toMatchObject({
      grounds: ['17h3'],
      endDate: '2030-04-13',
      awaitingDecision: false,
      review: [],
    });
    const until = readImportedDik(row({ jangkaWaktu: 'Sampai dengan 31 Desember 2027' }), { decisionDate: null, upstreamDecision: '' });
    expect(until.reading).toMatchObject({ endDate: '2027-12-31', awaitingDecision: true });
    expect(until.reading.review.map((r) => r.key)).toEqual(['awaitingDecision']);
    // What depends on the decision is not stored: attaching the SK later clears it.
    expect(until.stored).toEqual([]);
  });

  it('takes the DASAR column as the upstream decision, and flags a row citing another one than the call', () => {
    const own = readImportedDik(
      row({ dasarHukum: '169/Kpts/KPU/TAHUN 2015 tentang Informasi yang Dikecualikan', keputusan: '169/Kpts/KPU/TAHUN 2015' }),
      {
        decisionDate: null,
        upstreamDecision: '',
      },
    );
    expect(own.reading).toMatchObject({ upstreamDecision: '169/Kpts/KPU/TAHUN 2015', otherBases: [], awaitingDecision: false });
    expect(own.reading.review.map((r) => r.key)).toEqual(['citation.noGround', 'needsDecisionDate']);
    const other = readImportedDik(row({ keputusan: '32/Kpts/KPU/TAHUN 2016' }), {
      decisionDate: null,
      upstreamDecision: '169/Kpts/KPU/TAHUN 2015',
    });
    expect(other.stored).toContainEqual({
      key: 'keputusanDiffers',
      params: { cited: '32/Kpts/KPU/TAHUN 2016', given: '169/Kpts/KPU/TAHUN 2015' },
    });
  });

  it('never guesses: a bare Pasal 17, an unread period, a ground the archive lacks, a statute too long to keep whole', () => {
    const long = `UU No 27 Tahun 2022 tentang Pelindungan Data Pribadi ${'dan seterusnya '.repeat(30)}`;
    const read = readImportedDik(row({ dasarHukum: `Pasal 17 UU 14/2008; Pasal 17 huruf c; ${long}`, jangkaWaktu: 'sesuai kebutuhan' }), {
      decisionDate: '2025-04-14',
      upstreamDecision: '',
      groundKnown: (code) => code !== '17c',
    });
    const keys = read.stored.map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['citation.groundIncomplete', 'groundInactive', 'basisCut', 'periodUnparsed']));
    expect(read.reading.grounds).toEqual([]);
    expect(read.reading.endDate).toBeNull();
    expect(read.reading.otherBases[0]?.length).toBeLessThanOrEqual(300);
  });
});
