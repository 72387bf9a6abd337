/**
 * The words a PDF gives to anyone who opens it: every page's text layer and the document's metadata
 * (Info dictionary and XMP), read with pdf.js, the same library the viewer ships. A black box drawn over
 * live text hides nothing from this (nor from `pdftotext` or copy-and-paste), which is the point.
 * Node needs pdf.js's legacy build; it is loaded on first use so opening an archive does not pay for it.
 */
export async function pdfWords(data: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // A copy, since pdf.js detaches the buffer it is given; no eval, no system fonts: text only.
  const task = getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: true });
  const pdf = await task.promise;
  try {
    const parts: string[] = [];
    const meta = await pdf.getMetadata();
    for (const value of Object.values(meta.info as Record<string, unknown>)) if (typeof value === 'string') parts.push(value);
    // The XMP packet as written (every dc:title, dc:description, custom property), not only what pdf.js parses.
    // pdf.js types it as always present; it is null when the PDF carries no XMP.
    const holder = meta.metadata as { getRaw(): unknown } | null;
    const xmp = holder ? holder.getRaw() : null;
    if (typeof xmp === 'string') parts.push(xmp.replace(/<[^>]*>/g, ' '));
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) parts.push(item.str);
      page.cleanup();
    }
    return parts.join('\n');
  } finally {
    await task.destroy();
  }
}
