import { parseDownloadPath } from '../transport/downloadHeaders';
import { resolveInside } from '../transport/paths';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * app://lemari/<path> → a file inside the renderer build, or null. The host must be ours;
 * the path is percent-decoded and contained by resolveInside (no `..%2f`, `%5c`, NUL, drive or UNC).
 */
export function appProtocolFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'app:' || url.host !== 'lemari') return null;
  const path = url.pathname === '/' || url.pathname === '' ? '/index.html' : url.pathname;
  return resolveInside(rendererDir, path);
}

/** vault://<sha256> (or vault://objects/<sha256>) → the hash, or null. Only a bare hash is ever accepted. */
export function vaultProtocolHash(requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'vault:' || url.search !== '' || url.username !== '') return null;
  const candidate = url.host === 'objects' ? url.pathname.replace(/^\//, '') : `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  return SHA256.test(candidate) ? candidate : null;
}

/** app://lemari/download/<uuid>[?inline=1] → a generated export; null for every other URL. */
export function appDownload(requestUrl: string): { fileId: string; inline: boolean } | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'app:' || url.host !== 'lemari') return null;
  return parseDownloadPath(url.pathname, url.search);
}

/** The renderer's "print" opens an export inline; in Electron that becomes a preview window, nothing else may open one. */
export function isPrintPreviewUrl(requestUrl: string): boolean {
  return appDownload(requestUrl)?.inline === true;
}
