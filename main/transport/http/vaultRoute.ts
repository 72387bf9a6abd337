import { createReadStream } from 'node:fs';
import type { VaultService } from '../../core/vault/vault.service';
import { lemariError } from '../../../shared/api/raise';
import { fail } from '../../../shared/api/result';
import type { HttpRoute } from './server';
import { refuseSignedOut, type FileSessionGate } from './sessionGate';

/**
 * `GET /vault/<sha256>`: a scan by its hash, with the content type recorded at ingest (never
 * guessed) and nosniff. Only a 64-hex name matches, so no path can be smuggled in; only
 * objects the archive tracks are served. Besides the token, a signed-in session's file key (`?k=`, minted
 * by auth.fileKey) is needed: the token is the same for every tab and outlives every sign-out.
 */
export function vaultRoute(vault: Pick<VaultService, 'open'>, sessions: FileSessionGate): HttpRoute {
  return {
    method: 'GET',
    pattern: /^\/vault\/([0-9a-f]{64})$/,
    handle(request, response, match) {
      const key = new URL(request.url ?? '/', 'http://lemari.invalid').searchParams.get('k');
      if (key === null || !sessions.fileKeyLive(key)) {
        refuseSignedOut(response);
        return;
      }
      const found = vault.open(match[1] ?? '');
      if (!found) {
        response.writeHead(404, {
          'Content-Type': 'application/json; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        response.end(JSON.stringify(fail(lemariError('not_found').toApiError())));
        return;
      }
      response.writeHead(200, {
        'Content-Type': found.contentType,
        'Content-Length': found.size,
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': 'inline',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Referrer-Policy': 'no-referrer',
        // Never kept: an exempted scan was found in Chromium's disk cache (issue 13 item 3). Electron's
        // vault:// answers the same.
        'Cache-Control': 'no-store',
      });
      const stream = createReadStream(found.path);
      stream.on('error', () => response.destroy());
      stream.pipe(response);
    },
  };
}
