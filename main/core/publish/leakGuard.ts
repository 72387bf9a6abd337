import { createHash } from 'node:crypto';
import { lemariError } from '../../../shared/api/raise';
import type { Db } from '../db/connection';
import type { ZipInput } from './zip';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Shorter texts ("Ada", "2025") occur in public lists by chance; longer ones do not. */
const MIN_TEXT = 12;
const TEXT_FILE = /\.(html|csv|json|txt)$/;

interface ExemptedTextRow {
  ringkasan: string;
  notes: string;
  unit_text: string;
  penanggung_jawab: string;
  waktu: string;
  tempat: string;
  jenis_media: string;
  retensi_text: string;
  kode_klasifikasi: string;
  tags_json: string;
}

/**
 * The last check before anything leaves for a website (RELIABILITY #9), independent of how the
 * files were made: no SQLite file, no file whose bytes are a scan tied to an exempted entry, and
 * in the text files (HTML, CSV, JSON: the same words as the PDF and XLSX) no text of an exempted
 * entry that the published list itself does not show. Any hit refuses the whole package.
 */
export function createLeakGuard(db: Db, forbiddenHashes: () => Set<string>) {
  const exempted = db.prepare<[], ExemptedTextRow>(
    `SELECT ringkasan, notes, unit_text, penanggung_jawab, waktu, tempat, jenis_media, retensi_text, kode_klasifikasi, tags_json
       FROM entries WHERE category = 'dikecualikan'`,
  );

  function secretTexts(published: ReadonlySet<string>): string[] {
    const texts = new Set<string>();
    for (const row of exempted.iterate()) {
      const tags = JSON.parse(row.tags_json) as string[];
      for (const text of [
        row.ringkasan,
        row.notes,
        row.unit_text,
        row.penanggung_jawab,
        row.waktu,
        row.tempat,
        row.jenis_media,
        row.retensi_text,
        row.kode_klasifikasi,
        ...tags,
      ]) {
        const trimmed = text.trim();
        if (trimmed.length >= MIN_TEXT && !published.has(trimmed)) texts.add(trimmed);
      }
    }
    return [...texts];
  }

  /** `published`: every cell value the list shows (a text it publishes is not a leak). */
  function check(files: readonly ZipInput[], published: ReadonlySet<string>): void {
    const hashes = forbiddenHashes();
    const secrets = secretTexts(published);
    for (const file of files) {
      const refuse = (reason: string) => {
        throw lemariError('forbidden', { key: 'export.error.leak', params: { name: file.name, reason } });
      };
      if (file.data.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) refuse('SQLite');
      if (hashes.has(createHash('sha256').update(file.data).digest('hex'))) refuse('scan');
      if (TEXT_FILE.test(file.name)) {
        const text = file.data.toString('utf8');
        if (secrets.some((secret) => text.includes(secret))) refuse('text');
      }
    }
  }

  return { check };
}

export type LeakGuard = ReturnType<typeof createLeakGuard>;
