import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paperPoints, type ExportRequestInput, type PaperSize } from '../../shared/domain/export';
import type { LetterKind } from '../../shared/domain/request';
import type { ExportedFile } from '../../shared/domain/export';
import { recoverySheetPdf } from '../../main/core/backup/recoverySheet';
import { bulukumba, BODY, type Archive } from './bulukumbaArchive';
import { openSession, type Session } from './fixture';

/**
 * Issue 12, "Done when": every PDF the app prints, made from one realistic archive (a Bulukumba-like
 * Diskominfo), on A4 and F4 where the document offers the choice, written under test-results/pdfs/
 * and rendered to PNG (`pdftoppm -r 80`) to be looked at. The assertions are what a reader checks on
 * paper: the page size, the kop surat on page 1, no page holding only the signature, no "NOMOR : -",
 * the date under the signature the one chosen.
 */

const OUT = join(process.cwd(), 'test-results', 'pdfs');
const KOP = 'DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN';
const SIGNED = '2026-01-14';
/** Most office printers cannot print the paper's outer 4–5 mm; nothing of ours goes nearer the edge than 6 mm. */
const EDGE = (6 * 72) / 25.4;

interface Printed {
  name: string;
  pages: string[];
  /** Per page, the highest and lowest text on it, in points from the top. */
  inked: { top: number; bottom: number }[];
  width: number;
  height: number;
  fonts: string;
}

/** Writes the PDF, reads it back with poppler, renders its pages to PNG for the eye. */
function look(name: string, pdf: Buffer): Printed {
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(OUT, name)]);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const inked = bbox
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)];
      return { top: Math.min(...words.map((m) => Number(m[1]))), bottom: Math.max(...words.map((m) => Number(m[2]))) };
    });
  return { name, pages, inked, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), fonts };
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What every printed document must hold, whatever it is. */
function expectOfficial(p: Printed, paper: PaperSize, opts: { kop?: string; signature?: RegExp } = {}) {
  const [w, h] = paperPoints[paper];
  // Portrait or landscape: the two sides are the paper's, to the point.
  expect([Math.round(p.width), Math.round(p.height)].sort()).toEqual([Math.round(w), Math.round(h)].sort());
  expect(p.pages.length).toBeGreaterThan(0);
  // Nothing printed in the paper's outer 6 mm: a printer cuts it off (and a page pdfkit added without margins starts there).
  for (const [i, ink] of p.inked.entries()) {
    expect(ink.top, `${p.name} page ${String(i + 1)} starts at the paper's edge`).toBeGreaterThan(EDGE);
    expect(ink.bottom, `${p.name} page ${String(i + 1)} runs off the paper`).toBeLessThan(Math.max(p.width, p.height) - EDGE);
  }
  expect(flat(p.pages[0] ?? '')).toContain(opts.kop ?? KOP);
  const all = flat(p.pages.join('\n'));
  expect(all).not.toMatch(/NOMOR\s*:\s*-(\s|$)/i);
  expect(all).not.toMatch(/\bundefined\b|\bnull\b|NaN|\[object/);
  // Dates are printed the Indonesian way, never as ISO or in English.
  expect(all).not.toMatch(/\b(January|February|March|May|June|July|August|October|December)\b/);
  if (opts.signature) expect(all).toMatch(opts.signature);
  // A page that holds only the signature block (place, date, position, name, NIP and a page number) is a lonely signature.
  for (const [i, page] of p.pages.entries()) {
    if (i === 0) continue;
    const lines = page
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^(Halaman|Hal\.)\s*\d+/i.test(l) && !/^\d+\s*(\/|dari)\s*\d+$/.test(l));
    expect(lines.length, `${p.name} page ${String(i + 1)} holds only: ${lines.join(' | ')}`).toBeGreaterThan(6);
  }
  // Every text font is embedded: the paper shows what the screen showed (diacritics, the en dash, "·"). The one
  // exception is a PDF base font (Courier for the recovery key: ASCII only, present in every reader).
  for (const line of p.fonts.split('\n').slice(2))
    if (line.trim() !== '' && !/^Courier(-Bold)?\s/.test(line)) expect(line, p.name).toMatch(/\byes\s+yes\b/);
}

function stored(s: Session, file: ExportedFile): Buffer {
  const found = s.core.exportFiles.get(file.fileId);
  if (!found) throw new Error(`${file.name} is not in the export-file store`);
  return readFileSync(found.path);
}

describe('every printed document, A4 and F4, rendered to be looked at (issue 12 "Done when")', () => {
  let s: Session;
  let a: Archive;
  const signature = /Bulukumba, 14 Januari 2026/;

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    // One archive for every test of the file (tempDir() would remove it after the first test).
    s = openSession(mkdtempSync(join(tmpdir(), 'lemari-every-pdf-')));
    a = await bulukumba(s);
  }, 120_000);
  afterAll(() => {
    s.core.close();
    rmSync(s.dir, { recursive: true, force: true });
  });

  describe.each(['a4', 'f4'] as const)('on %s', (paper) => {
    const P = paper.toUpperCase();
    const list = async (name: string, request: ExportRequestInput) =>
      look(`${name}-${P}`, stored(s, await s.call('export.list', { ...request, paper })));
    const letter = async (kind: LetterKind, requestId: number, number: string, objectionId: number | null = null, suffix = '') =>
      look(
        `surat-${kind}${suffix}-${P}`,
        stored(s, await s.call('request.letter', { id: requestId, kind, number, date: SIGNED, objectionId, paper })),
      );

    it('the DIP and the DIK, signed on the chosen date', async () => {
      const dipList = await list('dip', { list: 'dip', format: 'pdf', year: 2026, signatureDate: SIGNED });
      expectOfficial(dipList, paper, { signature });
      expect(flat(dipList.pages.join(' '))).toContain('Peringatan Dini Cuaca');
      const dikList = await list('dik', { list: 'dik', format: 'pdf', year: 2026, signatureDate: SIGNED });
      expectOfficial(dikList, paper, { signature });
      expect(flat(dikList.pages.join(' '))).toContain('Kunci');
    });

    it('the Lampiran SK with the chosen SK: its number and date, never "NOMOR : -"', async () => {
      const lampiran = await list('dik-lampiran-sk', { list: 'dik', format: 'pdf', year: 2026, layout: 'lampiran', decisionId: a.sk.id });
      // The lampiran carries the SK's heading instead of the kop; its number and date are the SK's.
      expectOfficial(lampiran, paper, { kop: 'LAMPIRAN KEPUTUSAN', signature: /Bulukumba, 12 Januari 2026/ });
      expect(flat(lampiran.pages[0] ?? '')).toContain(': 555/112/Diskominfo-SP/I/2026');
      expect(flat(lampiran.pages[0] ?? '')).toContain(': 12 Januari 2026');
      // The Sekda issues it for the Kabupaten: one clean line, not "… KABUPATEN BULUKUMBA DINAS KOMUNIKASI …".
      expect(flat(lampiran.pages[0] ?? '')).toMatch(/LAMPIRAN KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BULUKUMBA NOMOR/);
      const dipLampiran = await list('dip-lampiran-sk', {
        list: 'dip',
        format: 'pdf',
        year: 2026,
        layout: 'lampiran',
        decisionId: a.sk.id,
      });
      expectOfficial(dipLampiran, paper, { kop: 'LAMPIRAN KEPUTUSAN', signature: /Bulukumba, 12 Januari 2026/ });
      // The same SK signs the same way on both lists: the Sekda's NIP from the profile.
      for (const printed of [lampiran, dipLampiran]) expect(flat(printed.pages.join(' '))).toContain('NIP. 196805121994031008');
    });

    it('the DIK with Jenis dokumen and the decision it rests on', async () => {
      const wide = await list('dik-kolom-tambahan', {
        list: 'dik',
        format: 'pdf',
        year: 2026,
        signatureDate: SIGNED,
        dikColumns: ['jenisDokumen', 'upstreamDecision'],
      });
      expectOfficial(wide, paper, { signature });
      expect(flat(wide.pages.join(' '))).toContain('Jenis Dokumen');
      expect(flat(wide.pages.join(' '))).toContain('Peraturan BSSN');
    });

    it('spine labels, several per sheet', async () => {
      const labels = look(`label-punggung-${P}`, stored(s, await s.call('ordner.labels', { ids: a.ordners.map((o) => o.id), paper })));
      const [w, h] = paperPoints[paper];
      expect([Math.round(labels.width), Math.round(labels.height)].sort()).toEqual([Math.round(w), Math.round(h)].sort());
      // Five ordners on fewer sheets than labels.
      expect(labels.pages.length).toBeLessThan(a.ordners.length);
      for (const o of a.ordners) expect(flat(labels.pages.join(' '))).toContain(o.code);
    });

    it('every request letter: tanda bukti, perpanjangan, penolakan, each pemberitahuan tertulis, tanggapan atas keberatan', async () => {
      for (const [kind, number] of [
        ['tanda_bukti', '001/TB/PPID/I/2026'],
        ['perpanjangan', '002/PP/PPID/I/2026'],
        ['penolakan', '003/KEP-PPID/I/2026'],
        ['pemberitahuan', '004/PT/PPID/I/2026'],
      ] as const) {
        const printed = await letter(kind, a.refused.id, number);
        expectOfficial(printed, paper, { signature });
        expect(flat(printed.pages.join(' '))).toContain(number);
      }
      const tanggapan = await letter('tanggapan_keberatan', a.refused.id, '045/SETDA/I/2026', a.objectionId);
      expectOfficial(tanggapan, paper, { signature });
      expect(flat(tanggapan.pages.join(' '))).toContain('Drs. H. Muh. Ali Saleh, M.Si.');
      for (const [i, other] of a.others.entries()) {
        const printed = await letter('pemberitahuan', other.request.id, `0${String(10 + i)}/PT/PPID/I/2026`, null, `-${other.status}`);
        expectOfficial(printed, paper, { signature });
        const body = flat(printed.pages.join(' '));
        // What can be given is named: the linked entries, or the information as requested; never an empty colon.
        if (other.status === 'dikabulkan_seluruhnya') expect(body).toMatch(/dapat diberikan: 1\. : Laporan Realisasi/);
        if (other.status === 'dikabulkan_sebagian') expect(body).toMatch(/dapat diberikan: 1\. : Dokumen Arsitektur SPBE 2025/);
      }
    });

    it('the annual report: grounds in words, no section split from its heading', async () => {
      const report = look(`laporan-tahunan-${P}`, stored(s, await s.call('request.reportFile', { year: 2026, format: 'pdf', paper })));
      expectOfficial(report, paper);
      const text = flat(report.pages.join(' '));
      expect(text).toContain('Pasal 17 huruf h angka 3');
      expect(text).not.toMatch(/\b17h3\b/);
      expect(text).toContain('Peraturan Bupati Bulukumba');
      expect(report.pages.find((page) => page.includes('Ajudikasi'))).toContain('F. Sengketa informasi');
    });
  });

  // A4 only: the test sheet, the ordner's daftar isi and the recovery sheet have no paper choice.
  it('the Lembar Pengujian Konsekuensi: margins on every page, units whole, the participants with their heading', async () => {
    const sheet = look('lembar-pengujian-konsekuensi-A4', stored(s, await s.call('consequence.sheet', { id: a.test.id })));
    expectOfficial(sheet, 'a4');
    const text = flat(sheet.pages.join(' '));
    expect(text).toContain('Dr. Hj. Andi Nurlia, S.H., M.H.');
    expect(text).toMatch(/Bidang Persandian dan Keamanan\s+Informasi/);
    const withHeading = sheet.pages.findIndex((page) => page.includes('F. Peserta pengujian'));
    expect(sheet.pages[withHeading]).toContain('Tanda tangan');
  });

  it('the daftar isi ordner, dated in words', async () => {
    const index = look('daftar-isi-ordner-A4', stored(s, await s.call('ordner.index', { id: a.ordner.id })));
    expectOfficial(index, 'a4');
    expect(flat(index.pages.join(' '))).toContain('Buku Kunci Persandian');
    expect(flat(index.pages.join(' '))).toContain('dicetak 15 Januari 2026');
  });

  it('the Lembar Kunci Pemulihan', async () => {
    const identity = await generateIdentity();
    const recovery = look(
      'lembar-kunci-pemulihan-A4',
      await recoverySheetPdf({
        identity,
        recipient: await identityToRecipient(identity),
        bodyName: BODY,
        agency: await s.call('agency.get', {}),
        archiveDir: s.dir,
        backupFile: join(s.dir, 'cadangan', 'lemari-2026-01-15.lemari-backup'),
        at: new Date('2026-01-15T02:00:00Z'),
      }),
    );
    expectOfficial(recovery, 'a4');
    expect(flat(recovery.pages[0] ?? '')).toContain('PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI');
    expect(flat(recovery.pages[0] ?? '')).toContain('15 Januari 2026 pukul 10.00 WITA');
    expect(flat(recovery.pages.join(' '))).toContain(identity);
  });
});
