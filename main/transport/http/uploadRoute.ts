import type { UploadService } from '../../core/upload/upload.service';
import { isLemariError } from '../../../shared/api/errors';
import { lemariError } from '../../../shared/api/raise';
import { fail, ok } from '../../../shared/api/result';
import type { HttpRoute } from './server';

/** `POST /upload?name=…` with the file as the raw body: streams it into staging and answers its reference. */
export function uploadRoute(uploads: UploadService): HttpRoute {
  return {
    method: 'POST',
    pattern: /^\/upload$/,
    async handle(request, response) {
      const name = new URL(request.url ?? '/', 'http://lemari.invalid').searchParams.get('name') ?? 'berkas';
      const declared = Number(request.headers['content-length'] ?? '0');
      if (declared > uploads.maxBytes()) {
        // Answer before reading: the browser then shows our message instead of a broken connection.
        response.writeHead(413, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
        response.end(JSON.stringify(fail(lemariError('too_large').toApiError())));
        request.resume();
        return;
      }
      let body;
      try {
        body = ok(await uploads.stage(request, name));
      } catch (error) {
        body = fail(isLemariError(error) ? error.toApiError() : lemariError('internal').toApiError());
        if (!isLemariError(error)) console.error('[lemari] upload failed:', error);
      }
      response.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(JSON.stringify(body));
    },
  };
}
