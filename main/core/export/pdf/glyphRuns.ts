/**
 * The parts of pdfkit 0.20's embedded font (`doc._font` after `doc.font(name)`) that a table writes
 * text with directly. Not in @types/pdfkit; checked at run time so a pdfkit upgrade that changes
 * them fails loudly instead of printing garbage (pdfkit is pinned to an exact version).
 */
interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

interface PdfkitEmbeddedFont {
  id: string;
  ascender: number;
  /** Lays text out (cached per word), adds its glyphs to the subset; returns subset glyph ids as hex and positions in 1/1000 em. */
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
}

interface PdfkitInternals {
  _font: PdfkitEmbeddedFont | null;
  page: { fonts: Record<string, unknown> };
}

function internals(doc: PDFKit.PDFDocument): PdfkitInternals {
  const inner = doc as unknown as PdfkitInternals;
  const font = inner._font;
  if (!font || typeof font.encode !== 'function' || typeof font.ref !== 'function' || typeof font.id !== 'string') {
    throw new Error('pdfkit font internals changed: table text cannot be written');
  }
  return inner;
}

/** A number as PDF content: two decimals are far below what a printer resolves. */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

interface Segment {
  hex: string;
  /** TJ adjustment after this segment (kerning), in 1/1000 em, as written. */
  adjust: string;
}

/** One word with its trailing space, as pdfkit lays it out: glyph segments split where kerning applies. */
interface EncodedRun {
  closed: Segment[];
  /** Glyphs after the last kerning adjustment; they join the next run's first segment. */
  open: string;
  /** Whether any glyph is shifted (combining marks): such lines go through pdfkit's own text(). */
  shifted: boolean;
}

/**
 * Writes table text as raw content operators: one TJ per line with the same glyphs and kerning
 * pdfkit's `text()` would produce, without its per-line save/flip/restore and second layout.
 * Runs are split exactly as pdfkit splits them (after each space or tab) and cached, since a
 * register repeats the same words thousands of times.
 */
export function createGlyphWriter(doc: PDFKit.PDFDocument, fontName: string, fontSize: number) {
  doc.font(fontName);
  const font = internals(doc)._font as PdfkitEmbeddedFont;
  const runs = new Map<string, EncodedRun>();
  const size = pdfNumber(fontSize);
  /** pdfkit places text by its top edge ("top" baseline): the baseline is one ascender lower. */
  const ascent = (font.ascender / 1000) * fontSize;

  function encodeRun(text: string): EncodedRun {
    let run = runs.get(text);
    if (run) return run;
    const [hexes, positions] = font.encode(text);
    const closed: Segment[] = [];
    let open = '';
    let shifted = false;
    hexes.forEach((hex, i) => {
      const position = positions[i];
      open += hex;
      if (!position) return;
      if (position.xOffset !== 0 || position.yOffset !== 0) shifted = true;
      const kern = position.xAdvance - position.advanceWidth;
      if (kern !== 0) {
        closed.push({ hex: open, adjust: pdfNumber(-kern) });
        open = '';
      }
    });
    run = { closed, open, shifted };
    runs.set(text, run);
    return run;
  }

  /** The TJ operand for one line, or null when a glyph is shifted and pdfkit must place it. */
  function tj(line: string): string | null {
    let out = '[';
    let carry = '';
    let start = 0;
    for (let i = 0; i <= line.length; i += 1) {
      const char = line.charCodeAt(i);
      if (i < line.length && char !== 32 && char !== 9) continue;
      const end = i < line.length ? i + 1 : i;
      if (end === start) break;
      const run = encodeRun(line.slice(start, end));
      if (run.shifted) return null;
      for (const segment of run.closed) {
        out += `<${carry}${segment.hex}> ${segment.adjust} `;
        carry = '';
      }
      carry += run.open;
      start = end;
    }
    if (carry !== '') out += `<${carry}> 0`;
    return `${out}] TJ`;
  }

  return {
    /** Selects this font inside a BT … ET block and registers it on the current page. */
    select(): string {
      const inner = internals(doc);
      inner.page.fonts[font.id] ??= font.ref();
      return `/${font.id} ${size} Tf`;
    },
    /**
     * Operators that draw `line` with its top-left corner at (x, y) in pdfkit's top-down page
     * coordinates, inside a text block opened by `textBlock`; null when pdfkit must draw it.
     */
    line(line: string, x: number, y: number, pageHeight: number): string | null {
      const operand = tj(line);
      if (operand === null) return null;
      return `1 0 0 1 ${pdfNumber(x)} ${pdfNumber(pageHeight - y - ascent)} Tm\n${operand}`;
    },
  };
}

export type GlyphWriter = ReturnType<typeof createGlyphWriter>;
