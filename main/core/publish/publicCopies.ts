import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/connection';
import type { EditionDocument } from './edition.repo';

interface CopyRow {
  entry_id: number;
  sha256: string;
  name: string;
  content_type: string;
}

function hasTables(db: Db, names: readonly string[]): boolean {
  const found = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
    .all()
    .map((row) => row.name);
  return names.every((name) => found.includes(name));
}

/**
 * The public (or redacted public) copies a DIP edition may publish: `public` files of documents
 * linked to the edition's entries and to no exempted entry, whose bytes are not any file of a
 * document linked to an exempted entry either. An original scan never qualifies. Empty until
 * the vault's tables exist (migration 0003).
 */
export function createPublicCopies(db: Db, archiveDir: string) {
  const ready = hasTables(db, ['documents', 'document_files', 'document_entries', 'blobs']);
  const select = ready
    ? db.prepare<[string], CopyRow>(
        `SELECT min(de.entry_id) AS entry_id, f.sha256, min(f.name) AS name, b.content_type
           FROM document_files f
           JOIN blobs b ON b.sha256 = f.sha256
           JOIN document_entries de ON de.document_id = f.document_id
          WHERE f.role = 'public'
            AND de.entry_id IN (SELECT value FROM json_each(?))
            AND NOT EXISTS (SELECT 1 FROM document_entries x JOIN entries e ON e.id = x.entry_id
                             WHERE x.document_id = f.document_id AND e.category = 'dikecualikan')
            AND NOT EXISTS (SELECT 1 FROM document_files o
                              JOIN document_entries x ON x.document_id = o.document_id
                              JOIN entries e ON e.id = x.entry_id
                             WHERE o.sha256 = f.sha256 AND e.category = 'dikecualikan')
          GROUP BY f.sha256
          ORDER BY f.sha256`,
      )
    : null;
  const exemptedShas = ready
    ? db.prepare<[], { sha256: string }>(
        `SELECT DISTINCT o.sha256 FROM document_files o
           JOIN document_entries x ON x.document_id = o.document_id
           JOIN entries e ON e.id = x.entry_id
          WHERE e.category = 'dikecualikan'`,
      )
    : null;

  return {
    forEntries(entryIds: readonly number[]): EditionDocument[] {
      if (!select || entryIds.length === 0) return [];
      return select
        .all(JSON.stringify(entryIds))
        .map((row) => ({ entryId: row.entry_id, sha256: row.sha256, name: row.name, contentType: row.content_type }));
    },
    /** Hashes of every file of every document tied to an exempted entry: none may ever leave. */
    forbiddenHashes(): Set<string> {
      return new Set(exemptedShas ? exemptedShas.all().map((row) => row.sha256) : []);
    },
    /** The object's bytes, checked against its hash so rot never reaches the website. */
    read(sha256: string): Buffer {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
      const data = readFileSync(join(archiveDir, 'vault', 'objects', sha256.slice(0, 2), sha256.slice(2, 4), sha256));
      if (createHash('sha256').update(data).digest('hex') !== sha256) throw new Error(`vault object ${sha256} does not match its hash`);
      return data;
    },
  };
}

export type PublicCopies = ReturnType<typeof createPublicCopies>;
