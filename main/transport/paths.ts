import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Maps a URL path to a file under `root`, or null when it would leave the root.
 * Decodes first (so `..%2f` and `..%5c` are seen as the escapes they are), refuses NUL,
 * backslashes, drive letters and UNC forms outright, then checks the resolved path is inside.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (/^[a-zA-Z]:/.test(decoded.replace(/^\/+/, ''))) return null;
  if (decoded.startsWith('//')) return null;
  const rootAbs = resolve(root);
  const target = resolve(rootAbs, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  const rel = relative(rootAbs, target);
  if (rel === '') return rootAbs;
  if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}
