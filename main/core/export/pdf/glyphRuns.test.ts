import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { findPrintFonts } from '../../support/resources';
import { createGlyphWriter, pdfNumber } from './glyphRuns';

/** The page content pdfkit writes, uncompressed, for whatever `draw` does on one page. */
function pageContent(draw: (doc: PDFKit.PDFDocument) => void): Promise<string> {
  const fonts = findPrintFonts();
  const doc = new PDFDocument({ size: 'A4', compress: false, margin: 0 });
  doc.registerFont('Body', fonts.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<string>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))));
  draw(doc);
  doc.end();
  return done;
}

const tjs = (content: string) => content.split('\n').filter((line) => line.endsWith(' TJ'));

describe('glyph writer (table text without pdfkit text())', () => {
  it('writes the same glyphs and kerning as pdfkit text() for the same line', async () => {
    const lines = ['Tahun Anggaran 2025 — Wawasan AVATAR', 'Kepala Bidang Perencanaan', 'https://ppid.sleman.go.id/dip', 'Tidak terbatas '];
    const ours = await pageContent((doc) => {
      const writer = createGlyphWriter(doc, 'Body', 7.5);
      const ops = lines.map((line, i) => writer.line(line, 40, 40 + i * 10, doc.page.height));
      doc.addContent(`BT\n${writer.select()}\n${ops.join('\n')}\nET`);
    });
    const theirs = await pageContent((doc) => {
      doc.font('Body').fontSize(7.5);
      lines.forEach((line, i) => doc.text(line, 40, 40 + i * 10, { lineBreak: false }));
    });
    expect(tjs(ours)).toEqual(tjs(theirs));
    expect(tjs(ours)[0]).toMatch(/> -?\d+(\.\d+)? </); // kerning pairs (Ta, Wa, AV) are kept
  });

  it('places a line with its top edge at y, as pdfkit does', async () => {
    const content = await pageContent((doc) => {
      const writer = createGlyphWriter(doc, 'Body', 10);
      doc.addContent(`BT\n${writer.select()}\n${writer.line('Halo', 50, 100, doc.page.height) ?? ''}\nET`);
    });
    const reference = await pageContent((doc) => doc.font('Body').fontSize(10).text('Halo', 50, 100, { lineBreak: false }));
    const tm = (text: string) => /1 0 0 1 ([\d.]+) ([\d.]+) Tm/.exec(text)?.slice(1).map(Number) ?? [];
    const [x, y] = tm(content);
    const [refX, refY] = tm(reference);
    expect(x).toBeCloseTo(refX ?? Number.NaN, 2);
    expect(y).toBeCloseTo(refY ?? Number.NaN, 2);
  });

  it('leaves lines with shifted glyphs (combining marks) to pdfkit', async () => {
    let result: string | null = '';
    await pageContent((doc) => {
      result = createGlyphWriter(doc, 'Body', 7.5).line('Cafe\u0301 di Sleman', 40, 40, doc.page.height);
    });
    expect(result).toBeNull();
  });

  it('writes numbers with at most two decimals and no negative zero', () => {
    expect(pdfNumber(12.3456)).toBe('12.35');
    expect(pdfNumber(-0.001)).toBe('0');
    expect(pdfNumber(20)).toBe('20');
  });
});
