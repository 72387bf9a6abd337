import { createReadStream, statSync } from 'node:fs';
import type { ExportFiles } from '../../core/export/exportFiles';
import { lemariError } from '../../../shared/api/raise';
import { fail } from '../../../shared/api/result';
import { downloadHeaders, parseDownloadPath } from '../downloadHeaders';
import type { HttpRoute } from './server';
import { refuseSignedOut, type FileSessionGate } from './sessionGate';

/**
 * `GET /download/<fileId>`: a generated export, as an attachment, or inline with `?inline=1` so a
 * PDF opens in the browser's own viewer (browser mode's print). Ids are random UUIDs the core
 * handed out; anything else is 404. The id was handed to one signed-in session only, and the file is
 * served only while that session lasts: after sign-out or the idle timeout its URL opens nothing.
 */
export function downloadRoute(files: ExportFiles, sessions: FileSessionGate): HttpRoute {
  return {
    method: 'GET',
    pattern: /^\/download\/[0-9a-f-]{36}$/,
    handle(request, response) {
      const url = new URL(request.url ?? '/', 'http://lemari.invalid');
      const wanted = parseDownloadPath(url.pathname, url.search);
      const file = wanted ? files.get(wanted.fileId) : null;
      const stat = file ? statSync(file.path, { throwIfNoEntry: false }) : undefined;
      if (!wanted || !file || !stat) {
        response.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
        response.end(JSON.stringify(fail(lemariError('not_found', { key: 'export.error.noFile' }).toApiError())));
        return;
      }
      if (!sessions.live(file.sessionId)) {
        refuseSignedOut(response);
        return;
      }
      response.writeHead(200, downloadHeaders(file, stat.size, wanted.inline));
      createReadStream(file.path).pipe(response);
    },
  };
}
