import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { writeMessyWorkbook } from '../../../test/fixtures/registerWorkbook';
import { tempDir } from '../../../test/support/tempArchive';
import { createCore, type Core } from '../createCore';
import { importBatch } from './entry.repo';

// An import writes its entries 200 rows per INSERT (entry.repo.ts `insertMany`), through the same
// entries_fts_insert trigger. Written the old way instead — one statement per row — the same file
// must leave the same archive: the same entry rows, the same full-text content and matches, the same
// audit events (same hashes) and row hashes, and audit.verify ok.

const ctx = { actor: 'petugas' };
const at = new Date('2026-12-02T01:00:00.000Z');
const defaultBatch = importBatch.rowsPerStatement;

afterEach(() => {
  importBatch.rowsPerStatement = defaultBatch;
});

/** Reads a table or query in a fixed order, every column. */
const dump = (core: Core, sql: string) => core.db.prepare(sql).all();

/** An archive in use (two units, two entries typed by hand), then the same 451-row file (450 good rows) imported twice. */
async function archiveImportedWith(rowsPerStatement: number, file: string): Promise<Core> {
  importBatch.rowsPerStatement = rowsPerStatement;
  const core = createCore({ archiveDir: tempDir(), clock: () => at, background: false });
  for (const name of ['Sekretariat', 'Bidang Aplikasi Informatika'])
    await core.handlers['unit.create']({ fields: { name, kind: 'bidang', head: '', active: true } }, ctx);
  for (const judul of ['Profil PPID', 'Standar Layanan Informasi'])
    await core.handlers['entry.create']({ fields: { ...emptyEntryFields('berkala', 2025), judul } }, ctx);
  for (const name of ['DIP 2025.xlsx', 'DIP 2025 (salinan).xlsx']) {
    const staged = await core.uploads.stage(createReadStream(file), name);
    await core.handlers['import.commit']({ upload: { uploadId: staged.uploadId }, dryRun: false }, ctx);
  }
  return core;
}

const QUERIES = [
  'laporan',
  'kep*',
  'ke*',
  'k*',
  'sleman',
  'kafe',
  'sekretariat',
  '"dokumen kegiatan" 444',
  'facet:c1',
  'facet:u1',
  'ppid',
  'musnah',
];

describe('an import written in batches of rows', () => {
  it('leaves the same archive as one statement per row: entries, full-text index, audit events and row hashes', async () => {
    const file = join(tempDir(), 'dip.xlsx');
    await writeMessyWorkbook(file, 444);
    const old = await archiveImportedWith(1, file);
    const batched = await archiveImportedWith(defaultBatch, file);
    try {
      for (const sql of [
        'SELECT * FROM entries ORDER BY id',
        'SELECT * FROM entries_fts_content ORDER BY id',
        'SELECT * FROM entries_fts_docsize ORDER BY id',
        'SELECT * FROM imports ORDER BY id',
        'SELECT * FROM import_mappings ORDER BY shape_key',
        'SELECT * FROM audit_events ORDER BY seq',
        'SELECT * FROM audit_rows ORDER BY event_seq, tbl, row_id',
      ])
        expect(dump(batched, sql), sql).toStrictEqual(dump(old, sql));
      const entries = dump(batched, 'SELECT id, import_id FROM entries ORDER BY id') as { id: number; import_id: number | null }[];
      // 2 typed + 2 × 450 imported (the fixture's unfinished row is refused), ids contiguous after the typed ones.
      expect(entries).toHaveLength(2 + 2 * 450);
      expect(entries.map((e) => e.id)).toEqual(Array.from({ length: entries.length }, (_, i) => i + 1));
      for (const query of QUERIES) {
        const sql = `SELECT rowid FROM entries_fts WHERE entries_fts MATCH '${query.replace(/'/g, "''")}' ORDER BY rowid`;
        const hits = dump(batched, sql);
        expect(hits, query).toStrictEqual(dump(old, sql));
        expect(hits.length, query).toBeGreaterThan(0);
      }
      // Each import's one event names exactly its own id range, and every row's hash checks out.
      const events = dump(batched, "SELECT after_json FROM audit_events WHERE action = 'import.commit' ORDER BY seq") as {
        after_json: string;
      }[];
      expect(events.map((e) => JSON.parse(e.after_json) as { firstEntryId: number; lastEntryId: number })).toMatchObject([
        { firstEntryId: 3, lastEntryId: 452 },
        { firstEntryId: 453, lastEntryId: 902 },
      ]);
      for (const core of [old, batched]) {
        expect(await core.handlers['audit.verify']({}, ctx)).toMatchObject({ ok: true, changedRows: [] });
        core.db.exec("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')");
      }
      // Not the same bytes underneath: the two ways did write the index differently (one segment per statement).
      expect(dump(batched, 'SELECT count(*) AS n FROM entries_fts_data')).not.toStrictEqual(
        dump(old, 'SELECT count(*) AS n FROM entries_fts_data'),
      );
    } finally {
      old.close();
      batched.close();
    }
  });
});
