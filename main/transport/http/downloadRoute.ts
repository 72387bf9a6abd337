import { createReadStream, statSync } from 'node:fs';
import type { ExportFiles } from '../../core/export/exportFiles';
import { lemariError } from '../../../shared/api/raise';
import { fail } from '../../../shared/api/result';
import type { HttpRoute } from './server';

/** RFC 6266 / 5987: an ASCII fallback name and the exact UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * `GET /download/<fileId>`: a generated export, as an attachment, or inline with `?inline=1` so a
 * PDF opens in the browser's own viewer (browser mode's print). Ids are random UUIDs the core
 * handed out; anything else is 404.
 */
export function downloadRoute(files: ExportFiles): HttpRoute {
  return {
    method: 'GET',
    pattern: /^\/download\/([0-9a-f-]{36})$/,
    handle(request, response, match) {
      const file = files.get(match[1] ?? '');
      const stat = file ? statSync(file.path, { throwIfNoEntry: false }) : undefined;
      if (!file || !stat) {
        response.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
        response.end(JSON.stringify(fail(lemariError('not_found', { key: 'export.error.noFile' }).toApiError())));
        return;
      }
      const inline = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('inline') === '1' && file.contentType === 'application/pdf';
      response.writeHead(200, {
        'Content-Type': file.contentType,
        'Content-Length': stat.size,
        'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', file.name),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        // A downloaded HTML export must not run as part of the app's origin.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      });
      createReadStream(file.path).pipe(response);
    },
  };
}
