import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDip, addEntry, openSession, setAgency, type Session } from '../export/fixture';
import { tempDir } from '../support/tempArchive';
import { craftedPdf, type HidingPlace } from './craftedPdf';
import { textPdf } from './redactedPdf';

/**
 * RELIABILITY #16 and #17: what broke when the first leak guard was attacked. An exempted text copied
 * whole into a public cell, the exempted entry's own title, the consequence test's analysis, and a
 * "redacted" public copy whose black box only covers live text — each refuses the website package
 * (nothing written) and the DIP export; the DIK's own published words and shared office vocabulary do not.
 */
const SUMMARY = 'Daftar nama dan alamat rumah pegawai yang sedang diperiksa inspektorat';
const TITLE = 'Berkas pemeriksaan disiplin pegawai golongan III';
const HARM = 'Membuka identitas pelapor dapat membahayakan keselamatan pelapor';
const INFORMASI = 'Data pribadi pegawai yang sedang diperiksa';
const UNIT = 'Sub Bagian Umum dan Kepegawaian';
const decision = { number: '1/2026', date: '2026-01-12', place: 'Sukamaju', signerPosition: 'PPID', signerName: 'Siti', signerNip: '' };

async function archive(): Promise<{ s: Session; dip: number[] }> {
  const s = openSession();
  await setAgency(s);
  const dip = await addDip(s, 3);
  const dik = await addEntry(s, 'dikecualikan', {
    judul: TITLE,
    ringkasan: SUMMARY,
    unitText: UNIT,
    dikInformasi: INFORMASI,
    dikDasarHukum: 'Pasal 17 huruf h UU 14/2008',
    dikKonsekuensiDibuka: 'Mengungkap rahasia pribadi',
    dikKonsekuensiDitutup: 'Privasi terlindungi',
    dikJangkaWaktu: 'Tidak terbatas',
  });
  await s.call('consequence.create', {
    fields: {
      heldOn: '2026-01-05',
      place: 'Ruang rapat',
      trigger: 'sebelum_permohonan',
      requestRef: '',
      documentExamined: 'Berkas pemeriksaan',
      entryIds: [dik],
      participants: [{ name: 'Rina Marlina', role: 'PPID', unit: '' }],
      harm: HARM,
      publicInterest: 'Tidak ada kepentingan publik yang lebih besar',
      balance: 'Kerugian lebih besar daripada manfaat',
      conclusion: 'dikecualikan',
      periodText: 'Tidak terbatas',
    },
  });
  return { s, dip };
}

async function paste(s: Session, id: number, patch: Record<string, string>): Promise<void> {
  await s.call('entry.patch', { id, patch, expectedVersion: 0 });
}

/** A public copy on the first DIP entry's document. */
async function attachCopy(s: Session, entryId: number, copy: Buffer): Promise<void> {
  const made = await s.call('document.create', {
    fields: {
      title: 'Perjanjian kerja 2025',
      number: '',
      date: '2026-01-05',
      classificationCode: '',
      stage: 'asli',
      description: '',
      sheetCount: 1,
    },
  });
  await s.call('document.linkEntry', { id: made.id, entryId, year: 2026 });
  await s.call('document.addFile', { id: made.id, role: 'public', upload: await s.stage('perjanjian.pdf', copy) });
}

async function packageOf(s: Session): Promise<{ out: string; made: Promise<unknown> }> {
  const edition = await s.call('edition.publish', { list: 'dip', year: 2026, decision });
  const out = tempDir('lemari-leak-attack-');
  return { out, made: s.core.publish.toFolder(edition.id, out) };
}

async function refused(s: Session, message: RegExp): Promise<void> {
  const { out, made } = await packageOf(s);
  await expect(made).rejects.toThrow(message);
  expect(readdirSync(out)).toEqual([]);
}

describe('the leak guard after it was attacked (RELIABILITY #16, #17)', () => {
  it('a DIK summary pasted whole as a DIP ringkasan is refused in the package and in every DIP export', async () => {
    const { s, dip } = await archive();
    await paste(s, dip[0] ?? 0, { ringkasan: SUMMARY });
    await refused(s, /memuat teks informasi yang dikecualikan/);
    for (const format of ['csv', 'json', 'html', 'pdf', 'xlsx'] as const) {
      await expect(
        s.core.exports.render({ list: 'dip', format, year: 2026, paper: 'a4', layout: 'daftar', editionId: null }),
        format,
      ).rejects.toThrow(/memuat teks informasi yang dikecualikan/);
    }
  });

  it('re-spaced, re-cased or wrapped copies are the same words', async () => {
    const { s, dip } = await archive();
    await paste(s, dip[1] ?? 0, { ringkasan: `Lihat: ${SUMMARY.toUpperCase().replace(/ /g, '\n  ')}.` });
    await refused(s, /memuat teks informasi yang dikecualikan/);
  });

  it("the exempted entry's own title, pasted whole, is refused", async () => {
    const { s, dip } = await archive();
    await paste(s, dip[0] ?? 0, { jenisMedia: TITLE });
    await refused(s, /memuat teks informasi yang dikecualikan/);
  });

  it("the consequence test's analysis, pasted whole, is refused", async () => {
    const { s, dip } = await archive();
    await paste(s, dip[2] ?? 0, { ringkasan: HARM });
    await refused(s, /memuat teks informasi yang dikecualikan/);
  });

  it('what the DIK itself publishes and shared descriptors are no leak: the package is made', async () => {
    const { s, dip } = await archive();
    await paste(s, dip[0] ?? 0, { ringkasan: INFORMASI, unitText: UNIT });
    const { made } = await packageOf(s);
    await expect(made).resolves.toMatchObject({ files: expect.any(Array) });
  });

  it('a public copy with a black box drawn over live exempted text is refused: the redaction did not remove the text', async () => {
    const { s, dip } = await archive();
    const copy = await textPdf(`Pihak kedua: ${SUMMARY}`, { boxOver: true });
    // The attack is real: a reader's text extraction returns the "hidden" words.
    const file = join(tempDir('lemari-leak-box-'), 'copy.pdf');
    writeFileSync(file, copy);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(SUMMARY);
    await attachCopy(s, dip[0] ?? 0, copy);
    await refused(s, /Penghitaman tidak menghapus teks itu/);
  });

  it('a public copy whose metadata holds exempted text is refused', async () => {
    const { s, dip } = await archive();
    await attachCopy(s, dip[0] ?? 0, await textPdf('Isi perjanjian yang boleh dibuka.', { title: TITLE }));
    await refused(s, /Penghitaman tidak menghapus teks itu/);
  });

  it('a black box over text that is not exempted passes: the guard reads, it does not refuse every box', async () => {
    const { s, dip } = await archive();
    await attachCopy(s, dip[0] ?? 0, await textPdf('Nilai kontrak dan jadwal pekerjaan.', { boxOver: true }));
    const { made } = await packageOf(s);
    await expect(made).resolves.toMatchObject({
      files: expect.arrayContaining([expect.objectContaining({ name: 'dokumen/perjanjian.pdf' })]),
    });
  });
});

/**
 * Issue 13 #5: the words hidden where a page's text layer does not reach. Each crafted PDF packs its
 * dictionaries into a compressed object stream with a cross-reference stream (as scanners and office
 * suites write them), so none of the secret is in the raw bytes; it sits in one place each.
 */
describe('exempted words hidden inside a public copy (issue 13 #5)', () => {
  const places: HidingPlace[] = [
    'content',
    'annotation',
    'formField',
    'xmpAttribute',
    'xmpEntities',
    'infoCustom',
    'outline',
    'attachment',
    'objectStreamRaw',
  ];

  it.each(places)('a public copy hiding the exempted summary in %s is refused', async (where) => {
    const { s, dip } = await archive();
    const copy = craftedPdf(SUMMARY, where);
    expect(copy.includes(SUMMARY)).toBe(false);
    await attachCopy(s, dip[0] ?? 0, copy);
    await refused(s, /Penghitaman tidak menghapus teks itu/);
  });

  it('the same crafted copy holding only public words is published: the guard reads every place without false alarms', async () => {
    const { s, dip } = await archive();
    await attachCopy(s, dip[0] ?? 0, craftedPdf('Jadwal pekerjaan dan nilai kontrak', 'annotation'));
    const { made } = await packageOf(s);
    await expect(made).resolves.toMatchObject({
      files: expect.arrayContaining([expect.objectContaining({ name: 'dokumen/perjanjian.pdf' })]),
    });
  });

  it('poppler reads what the guard reads: the crafted copy is a real PDF, not a parser trick', () => {
    const file = join(tempDir('lemari-leak-crafted-'), 'copy.pdf');
    writeFileSync(file, craftedPdf(SUMMARY, 'infoCustom'));
    expect(execFileSync('pdfinfo', ['-custom', file], { encoding: 'utf8' })).toContain(SUMMARY);
    writeFileSync(file, craftedPdf(SUMMARY, 'content'));
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(SUMMARY);
  });
});
