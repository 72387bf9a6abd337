import { inflatedStreams } from './pdfStreams';

/** Every string inside a value pdf.js answered (an annotation, a form field, the Info dictionary), bounded in depth. */
function stringsIn(value: unknown, into: string[], depth = 0): void {
  if (typeof value === 'string') into.push(value);
  else if (depth > 6 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
  else for (const inner of Object.values(value)) stringsIn(inner, into, depth + 1);
}

/** XML as words: text between tags, attribute values too (`pdfx:Kasus="…"`), character references decoded. */
export function xmlWords(xml: string): string {
  const attributes = [...xml.matchAll(/=\s*"([^"]*)"|=\s*'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? '');
  return [xml.replace(/<[^>]*>/g, ' '), ...attributes]
    .join('\n')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function outlineTitles(items: readonly { title: string; items: readonly unknown[] }[] | null, into: string[], depth = 0): void {
  for (const item of items ?? []) {
    into.push(item.title);
    if (depth < 20) outlineTitles(item.items as { title: string; items: unknown[] }[], into, depth + 1);
  }
}

/**
 * The words a PDF gives to anyone who opens it: every page's text layer, its annotations (notes, free
 * text, filled form fields), the document's metadata (Info dictionary with its custom keys, and XMP with
 * its attributes), bookmarks, attached files, and the inflated bytes of every compressed stream — read
 * with pdf.js, the same library the viewer ships. A black box drawn over live text hides nothing from this
 * (nor from `pdftotext` or copy-and-paste), which is the point; nor does packing a word into an object stream.
 * Node needs pdf.js's legacy build; it is loaded on first use so opening an archive does not pay for it.
 */
export async function pdfWords(data: Buffer, depth = 0): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // A copy, since pdf.js detaches the buffer it is given; no eval, no system fonts: text only.
  const task = getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: true });
  const pdf = await task.promise;
  try {
    const parts: string[] = [...inflatedStreams(data)];
    const meta = await pdf.getMetadata();
    stringsIn(meta.info, parts);
    // The XMP packet as written (every dc:title, dc:description, custom property), not only what pdf.js parses.
    // pdf.js types it as always present; it is null when the PDF carries no XMP.
    const holder = meta.metadata as { getRaw(): unknown } | null;
    const xmp = holder ? holder.getRaw() : null;
    if (typeof xmp === 'string') parts.push(xmlWords(xmp));
    outlineTitles(await pdf.getOutline(), parts);
    stringsIn(await pdf.getFieldObjects(), parts);
    const attachments = (await pdf.getAttachments()) as Record<string, { filename?: unknown; content?: unknown }> | null;
    for (const file of Object.values(attachments ?? {})) {
      stringsIn(file.filename, parts);
      if (!(file.content instanceof Uint8Array)) continue;
      const bytes = Buffer.from(file.content);
      parts.push(bytes.toString('latin1'), bytes.toString('utf8'));
      if (depth < 2 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') parts.push(await pdfWords(bytes, depth + 1));
    }
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) parts.push(item.str);
      stringsIn(await page.getAnnotations(), parts);
      page.cleanup();
    }
    return parts.join('\n');
  } finally {
    await task.destroy();
  }
}
