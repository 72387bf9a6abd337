/**
 * File names Lemari writes for other machines (exports, website packages, backups): valid on
 * Windows, FAT sticks and Linux alike. Every exported name goes through `sanitizeFileName`, and a
 * set of names that share a folder through `dedupeFileNames` (Windows and FAT fold case).
 */

/** Bytes a name may take in UTF-8: ext4 allows 255, NTFS/FAT 255 UTF-16 units; room is left for " (12)". */
export const MAX_FILE_NAME_BYTES = 200;
/** Used when nothing printable is left of a name. */
export const FALLBACK_FILE_NAME = 'berkas';

// Windows refuses these as a whole name or as the part before the first dot ("CON.txt"), in any case.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Characters Windows and FAT refuse in a name, plus C0/C1 controls.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and isolates: "gambar\u202Efdp.exe" shows as "gambarexe.pdf".
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Zero-width and other invisible format characters that make two names look alike.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const EDGE_JUNK = /^[\s.]+|[\s.]+$/gu;

// Half of a surrogate pair cannot be written as UTF-8 (ext4, FAT long names via the OS).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** UTF-8 length without TextEncoder (shared/ has no DOM or Node globals). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Longest prefix of `text` (whole code points) that fits in `maxBytes` of UTF-8. */
function truncateBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

function splitExtension(name: string): { base: string; ext: string } {
  const dot = name.lastIndexOf('.');
  // A short, plain extension is kept through truncation; anything else is part of the base.
  if (dot > 0 && name.length - dot <= 12 && /^\.[\p{L}\p{N}_-]+$/u.test(name.slice(dot))) {
    return { base: name.slice(0, dot), ext: name.slice(dot) };
  }
  return { base: name, ext: '' };
}

function sanitizeOnce(input: string, maxBytes: number): string {
  let name = input.replace(LONE_SURROGATE, '_').normalize('NFC').replace(BIDI, '').replace(INVISIBLE, '').replace(FORBIDDEN, '_');
  name = name.replace(/\s+/gu, ' ').replace(EDGE_JUNK, '');
  if (name === '') return FALLBACK_FILE_NAME;
  const stem = name.split('.')[0] ?? '';
  if (RESERVED.test(stem.trimEnd())) name = `_${name}`;
  if (utf8Length(name) > maxBytes) {
    const { base, ext } = splitExtension(name);
    const room = Math.max(maxBytes - utf8Length(ext), 1);
    name = (truncateBytes(base, room).replace(EDGE_JUNK, '') || FALLBACK_FILE_NAME) + ext;
    if (utf8Length(name) > maxBytes) name = truncateBytes(name, maxBytes);
  }
  return name.normalize('NFC');
}

/**
 * A name safe on Windows, FAT and Linux: NFC, no controls, no bidi overrides, no `<>:"/\|?*`,
 * no leading/trailing dots or spaces, not a reserved device name, at most `maxBytes` of UTF-8.
 * Idempotent: sanitizing a sanitized name changes nothing.
 */
export function sanitizeFileName(input: string, maxBytes: number = MAX_FILE_NAME_BYTES): string {
  let current = input;
  // Each step can expose another (a cut leaves a trailing dot; a trimmed name becomes "CON"); stop at the fixpoint.
  for (let round = 0; round < 6; round += 1) {
    const next = sanitizeOnce(current, maxBytes);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** The key two names collide on in a case-insensitive folder (Windows, FAT, macOS by default). */
export function fileNameKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase();
}

/**
 * Sanitizes every name and makes them distinct ignoring case, in order: the first keeps its name,
 * later ones become "nama (2).pdf", "nama (3).pdf"… Never produces a name already taken in the set.
 */
export function dedupeFileNames(names: readonly string[], maxBytes: number = MAX_FILE_NAME_BYTES): string[] {
  const clean = names.map((name) => sanitizeFileName(name, maxBytes));
  // Reserve every clean name first so a generated "a (2).pdf" never takes a name that appears later on its own.
  const wanted = new Set(clean.map(fileNameKey));
  const taken = new Set<string>();
  return clean.map((name) => {
    if (!taken.has(fileNameKey(name))) {
      taken.add(fileNameKey(name));
      return name;
    }
    const { base, ext } = splitExtension(name);
    for (let n = 2; ; n += 1) {
      const suffix = ` (${String(n)})`;
      const room = maxBytes - utf8Length(suffix) - utf8Length(ext);
      const candidate = sanitizeFileName(`${truncateBytes(base, Math.max(room, 1))}${suffix}${ext}`, maxBytes);
      const key = fileNameKey(candidate);
      if (!taken.has(key) && !wanted.has(key)) {
        taken.add(key);
        return candidate;
      }
    }
  });
}
