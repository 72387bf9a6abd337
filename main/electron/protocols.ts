import { protocol } from 'electron';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { contentTypeFor } from '../transport/mime';
import { downloadHeaders } from '../transport/downloadHeaders';
import { appDownload, appProtocolFile, vaultProtocolHash } from './protocolPaths';

export type VaultOpener = (sha256: string) => { path: string; contentType: string } | null;
/** A generated export by id (the same files browser mode serves at /download/<id>). */
export type DownloadOpener = (fileId: string) => { path: string; name: string; contentType: string } | null;

/** Must run before app 'ready': app:// and vault:// behave like https for fetch, CSP and storage. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: 'vault', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

const notFound = () =>
  new Response('Tidak ditemukan / not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Serves the renderer build and vault objects; each request's path is contained before any file is touched. */
export function handleProtocols(rendererDir: string, open: { vault: VaultOpener; download: DownloadOpener }): void {
  protocol.handle('app', (request) => {
    const download = appDownload(request.url);
    if (download) {
      const exported = open.download(download.fileId);
      const size = exported ? statSync(exported.path, { throwIfNoEntry: false })?.size : undefined;
      if (!exported || size === undefined) return notFound();
      const body = Readable.toWeb(createReadStream(exported.path)) as ReadableStream<Uint8Array>;
      return new Response(body, { headers: downloadHeaders(exported, size, download.inline) });
    }
    const file = appProtocolFile(rendererDir, request.url);
    if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) return notFound();
    const headers: Record<string, string> = { 'Content-Type': contentTypeFor(file), 'X-Content-Type-Options': 'nosniff' };
    if (file.endsWith('.html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    return new Response(readFileSync(file), { headers });
  });
  protocol.handle('vault', (request) => {
    const sha256 = vaultProtocolHash(request.url);
    const object = sha256 ? open.vault(sha256) : null;
    if (!object) return notFound();
    const body = Readable.toWeb(createReadStream(object.path)) as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: { 'Content-Type': object.contentType, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
    });
  });
}
