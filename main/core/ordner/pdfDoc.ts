import PDFDocument from 'pdfkit';
import type { PrintFonts } from '../support/resources';

export const MM = 72 / 25.4;

/**
 * A pdfkit document with the shipped fonts, collected into one Buffer: every printed document starts here.
 * The fonts are registered under both names in use ("Sans"/"SansBold" for the sheets, "Body"/"Bold" for
 * the lists and letters, as kopSurat.ts names them); pdfkit embeds only the ones a document draws with.
 */
export function startPdf(fonts: PrintFonts, title: string, at: Date, options: PDFKit.PDFDocumentOptions = {}) {
  const doc = new PDFDocument({
    size: 'A4',
    // pdfkit takes `margin` over `margins`: a document that sets its own margins must not get the 0 default,
    // or its text starts at the paper's edge and every page pdfkit adds has no top margin.
    ...(options.margins ? {} : { margin: 0 }),
    bufferPages: true,
    info: { Title: title, Creator: 'Lemari', Producer: 'Lemari', CreationDate: at, ModDate: at },
    ...options,
  });
  doc.registerFont('Sans', fonts.regular);
  doc.registerFont('SansBold', fonts.bold);
  doc.registerFont('Body', fonts.regular);
  doc.registerFont('Bold', fonts.bold);
  doc.font('Sans');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finish: () => (doc.end(), done) };
}

/** The largest size (down to `min`) at which `text` fits `width` on one line. */
export function fitSize(doc: PDFKit.PDFDocument, text: string, width: number, max: number, min: number): number {
  for (let size = max; size > min; size -= 0.5) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  return min;
}
