import { createHash } from 'node:crypto';
import { lemariError } from '../../../shared/api/raise';
import type { ListDocument } from '../../../shared/domain/export';
import { dikCells, dipCells } from '../../../shared/domain/export';
import type { Db } from '../db/connection';
import { createLeakSecretsRepo, vocabularyFields, type VocabularyField } from './leakSecrets.repo';
import { pdfWords } from './pdfText';
import type { ZipInput } from './zip';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/**
 * Shorter texts ("Ada", "2025", "Kepala Dinas") occur in public lists by chance; ten letters or more
 * (spaces not counted) do not. The same length is the window of the search index below.
 */
const KEY = 10;
const TEXT_FILE = /\.(html|csv|json|txt)$/;

/** Case, spacing and line breaks do not hide a text: a wrapped or re-spaced copy is the same words. */
export function normalizeForLeak(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** HTML, JSON and CSV spell some characters differently; undo that before searching. */
function unescapeText(text: string): string {
  return text
    .replace(/&quot;|&#34;|&#x22;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\"/g, '"')
    .replace(/\\n/g, '\n')
    .replace(/""/g, '"');
}

/**
 * A set of secrets searched in one pass: each secret is filed under its first KEY characters, so a text
 * of n characters costs n lookups however many secrets there are (a 100 000-row DIP stays linear).
 */
function secretIndex(secrets: Iterable<string>, personal: ReadonlySet<string> = new Set()) {
  const byKey = new Map<string, string[]>();
  for (const secret of secrets) {
    const key = secret.slice(0, KEY);
    const list = byKey.get(key);
    if (list) list.push(secret);
    else byKey.set(key, [secret]);
  }
  /** The first secret `normalized` (already normalized) contains, or null. */
  function match(normalized: string): string | null {
    if (byKey.size === 0) return null;
    for (let i = 0; i + KEY <= normalized.length; i += 1) {
      const hit = byKey.get(normalized.slice(i, i + KEY))?.find((secret) => normalized.startsWith(secret, i));
      if (hit !== undefined) return hit;
    }
    return null;
  }
  return {
    size: byKey.size,
    match,
    /** True when `normalized` (already normalized) contains any secret. */
    found: (normalized: string): boolean => match(normalized) !== null,
    /** True when a match is a requester's personal data rather than exempted text (the message says which). */
    personal(secret: string): boolean {
      return personal.has(secret);
    },
  };
}

/**
 * The last check before anything leaves for a website (RELIABILITY #9, #16, #17), independent of how
 * the files were made. Refused: a SQLite file; a file whose bytes are a file of a document tied to an
 * exempted entry; and any text of an exempted entry anywhere in the package — in the list's cells, in the
 * text files, in the raw bytes of every file, and in the text layer and metadata of every PDF copy.
 *
 * Secret: every text written about an exempted entry (title, summary, notes, descriptors, tags, the
 * exemption record, the consequence tests' place and analysis, the titles of its documents), except the
 * words the DIK itself publishes (informasi, dasar hukum, konsekuensi, jangka waktu): those are public by
 * law. A secret copied whole into a public cell is still a secret — the old "it is a whole cell of the
 * list, so it is published" pass let a DIK summary out as a DIP ringkasan.
 *
 * One narrow allowance, for descriptors only (unit, penanggung jawab, waktu, tempat, jenis media, retensi,
 * kode klasifikasi): the same value in the same column of a public entry is office vocabulary ("Sub
 * Bagian Umum dan Kepegawaian", "2 tahun aktif, 5 tahun inaktif") shared by both lists, not a leak; without
 * it every real DIP would be refused. Free text (title, summary, notes, analysis) gets no such allowance.
 */
export function createLeakGuard(db: Db, forbiddenHashes: () => Set<string> = () => new Set()) {
  const repo = createLeakSecretsRepo(db);

  function secrets() {
    const published = repo.dikPublished().map(normalizeForLeak).join('\u0000');
    const vocabulary = new Map<string, Set<string>>(
      vocabularyFields.map((field) => [field, new Set(repo.vocabulary(field).map(normalizeForLeak))]),
    );
    const texts = new Set<string>();
    for (const { field, text } of repo.secrets()) {
      const normalized = normalizeForLeak(text);
      if (normalized.length < KEY || published.includes(normalized)) continue;
      if (vocabularyFields.includes(field as VocabularyField) && vocabulary.get(field)?.has(normalized)) continue;
      texts.add(normalized);
    }
    const personal = new Set<string>();
    for (const text of repo.personal()) {
      const normalized = normalizeForLeak(text);
      if (normalized.length >= KEY && !texts.has(normalized)) personal.add(normalized);
    }
    return secretIndex([...texts, ...personal], personal);
  }

  /** The list itself: a public list whose cells hold an exempted text is refused before any file is made. */
  function checkList(list: ListDocument, index = secrets()): void {
    const rows = list.kind === 'dip' ? list.rows.map((row) => dipCells(row, 0)) : list.rows.map((row) => dikCells(row, 0));
    rows.forEach((cells, i) => {
      const hit = index.match(normalizeForLeak(cells.join('\u0000')));
      if (hit !== null) {
        const key = index.personal(hit) ? 'export.error.leakPersonalList' : 'export.error.leakList';
        throw lemariError('forbidden', { key, params: { row: i + 1, title: cells[1] ?? '' } });
      }
    });
  }

  /** Every file of a package; PDFs (copies, SK scans) are opened and their text layer and metadata read. */
  async function check(files: readonly ZipInput[], list?: ListDocument): Promise<void> {
    const hashes = forbiddenHashes();
    const index = secrets();
    if (list) checkList(list, index);
    for (const file of files) {
      const refuse = (reason: string) => {
        throw lemariError('forbidden', { key: 'export.error.leak', params: { name: file.name, reason } });
      };
      // A requester's personal data is named as such: it is not exempted information, and the fix differs.
      const seen = (normalized: string): boolean => {
        const hit = index.match(normalized);
        if (hit !== null && index.personal(hit))
          throw lemariError('forbidden', { key: 'export.error.leakPersonal', params: { name: file.name } });
        return hit !== null;
      };
      if (file.data.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) refuse('SQLite');
      if (hashes.has(createHash('sha256').update(file.data).digest('hex'))) refuse('scan');
      if (TEXT_FILE.test(file.name)) {
        if (seen(normalizeForLeak(unescapeText(file.data.toString('utf8'))))) refuse('text');
        continue;
      }
      // A public copy that still holds exempted words was "redacted" by covering, not removing, the text.
      const copy = file.name.startsWith('dokumen/');
      const leaked = () => {
        if (copy) throw lemariError('forbidden', { key: 'export.error.leakRedaction', params: { name: file.name } });
        refuse('text');
      };
      // Raw bytes: image metadata (EXIF, XMP, PNG text chunks) and uncompressed PDF strings.
      if (seen(normalizeForLeak(file.data.toString('latin1'))) || seen(normalizeForLeak(file.data.toString('utf8')))) leaked();
      // The list's own PDF is drawn from the cells checked above; every other PDF is read as a reader would.
      if ((copy || file.name.startsWith('sk-penetapan-')) && file.data.subarray(0, 5).toString('latin1') === '%PDF-') {
        let words = '';
        try {
          words = await pdfWords(file.data);
        } catch {
          // A copy nobody can check does not go out. The SK scan is the signed decision as uploaded at
          // establishment (often a bare scanner PDF); its raw bytes were searched above.
          if (copy) throw lemariError('forbidden', { key: 'export.error.leakUnreadable', params: { name: file.name } });
        }
        if (seen(normalizeForLeak(words))) leaked();
      }
    }
  }

  return { check, checkList };
}

export type LeakGuard = ReturnType<typeof createLeakGuard>;
