/** RFC 6266 / 5987: an ASCII fallback name and the exact UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Headers for a generated export, the same over HTTP (/download/<id>) and Electron (app://lemari/download/<id>):
 * an attachment, or inline for a PDF asked to open in the viewer (print). HTML exports never run as the app.
 */
export function downloadHeaders(file: { name: string; contentType: string }, size: number, wantsInline: boolean): Record<string, string> {
  const inline = wantsInline && file.contentType === 'application/pdf';
  return {
    'Content-Type': file.contentType,
    'Content-Length': String(size),
    'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', file.name),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  };
}

const DOWNLOAD_PATH = /^\/download\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** `/download/<uuid>[?inline=1]` → the file id and whether to show it inline; null for anything else. */
export function parseDownloadPath(pathname: string, search: string): { fileId: string; inline: boolean } | null {
  const fileId = DOWNLOAD_PATH.exec(pathname)?.[1];
  if (!fileId) return null;
  return { fileId, inline: new URLSearchParams(search).get('inline') === '1' };
}
