import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { m0001Init } from '../../main/core/db/migrations/0001_init';
import { m0002Register } from '../../main/core/db/migrations/0002_register';
import { m0003Vault } from '../../main/core/db/migrations/0003_vault';
import { tempDir } from '../support/tempArchive';

const SHA = 'ab'.repeat(32);

function archiveAt2() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'lemari.sqlite'));
  migrate(db, { migrations: [m0001Init, m0002Register], backupPath: () => join(dir, 'b2') });
  db.prepare("INSERT INTO entries (category, judul, created_at, updated_at) VALUES ('berkala', 'Laporan Tahunan', 't', 't')").run();
  return { db, dir };
}

describe('migration 3 (vault, documents, ordners)', () => {
  it('adds the tables to an archive of version 2 and keeps its entries', () => {
    const { db, dir } = archiveAt2();
    expect(migrate(db, { migrations: [m0001Init, m0002Register, m0003Vault], backupPath: () => join(dir, 'b3') })).toMatchObject({
      from: 2,
      to: 3,
    });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'blobs',
        'vault_checks',
        'places',
        'ordners',
        'documents',
        'document_files',
        'filings',
        'filing_moves',
        'document_entries',
        'inbox_items',
      ]),
    );
    expect(db.prepare('SELECT judul FROM entries').pluck().all()).toEqual(['Laporan Tahunan']);
    db.close();
  });

  it('refuses a blob name that is not a lowercase SHA-256, an unknown type, a file link without its blob, and two documents in one slot', () => {
    const { db, dir } = archiveAt2();
    migrate(db, { migrations: [m0001Init, m0002Register, m0003Vault], backupPath: () => join(dir, 'b3') });
    const blob = db.prepare("INSERT INTO blobs (sha256, size, content_type, name, created_at) VALUES (?, 1, ?, 'x', 't')");
    expect(() => blob.run(SHA.toUpperCase(), 'image/png')).toThrow(/CHECK/);
    expect(() => blob.run('../../etc/passwd'.padEnd(64, 'a'), 'image/png')).toThrow(/CHECK/);
    expect(() => blob.run(SHA, 'text/html')).toThrow(/CHECK/);
    blob.run(SHA, 'image/png');
    db.prepare(
      "INSERT INTO documents (code, title, stage, created_at, updated_at) VALUES ('NSK-2025-0001', 'A', 'asli', 't', 't'), ('NSK-2025-0002', 'B', 'asli', 't', 't')",
    ).run();
    const link = db.prepare(
      "INSERT INTO document_files (document_id, role, position, sha256, name, added_at) VALUES (1, 'original', ?, ?, 'x', 't')",
    );
    expect(() => link.run(1, 'cd'.repeat(32))).toThrow(/FOREIGN KEY/);
    link.run(1, SHA);
    db.prepare(
      "INSERT INTO ordners (code, title, year_from, year_to, access, capacity_sheets, colour, spine_cm, created_at, updated_at) VALUES ('DIK-2025-01', 'O', 2025, 2025, 'tertutup', 600, 'merah', 8, 't', 't')",
    ).run();
    const file = db.prepare("INSERT INTO filings (document_id, ordner_id, sekat, seq, filed_at) VALUES (?, 1, 1, 1, 't')");
    file.run(1);
    expect(() => file.run(2)).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO document_entries (document_id, entry_id, year, linked_at) VALUES (1, 99, 2025, 't')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO document_entries (document_id, entry_id, year, linked_at) VALUES (1, 1, 2025, 't')").run();
    db.close();
  });
});
