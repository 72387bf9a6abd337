import PDFDocument from 'pdfkit';

/**
 * A real PDF (pdfkit): `text` on the page, and, when `boxOver` is set, a filled black rectangle drawn
 * over it afterwards — the "redaction" an office makes with a drawing tool: the page looks blacked out,
 * the text layer still holds every word. `title` goes into the Info dictionary (metadata).
 */
export function textPdf(text: string, options: { boxOver?: boolean; title?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: options.title ?? 'Salinan publik', CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(12).text('SURAT PERJANJIAN KERJA', 72, 60);
  doc.text(text, 72, 100, { width: 440 });
  if (options.boxOver) doc.rect(66, 94, 460, 60).fill('#000000');
  doc.end();
  return done;
}
