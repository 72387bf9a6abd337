import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore';
import { emptyEntryFields, entryListInputSchema, type EntryCategory, type EntryListInput } from '../../../shared/domain/entry';
import { tempDir } from '../../../test/support/tempArchive';
import { createEntryRepo } from './entry.repo';

const ctx = { actor: 'petugas' };

/** 25 entries: berkala 1–10, serta merta 11–15, setiap saat 16–25, in a mixed insert order. */
function seeded(): Core {
  const core = createCore({ archiveDir: tempDir() });
  const repo = createEntryRepo(core.db);
  const unit = Number(
    core.db.prepare("INSERT INTO units (name, kind, created_at, updated_at) VALUES ('Bidang Umum', 'bidang', 't', 't')").run()
      .lastInsertRowid,
  );
  const categoryOf = (i: number): EntryCategory => (i % 5 === 0 ? 'serta_merta' : i % 2 === 0 ? 'setiap_saat' : 'berkala');
  for (let i = 1; i <= 25; i += 1) {
    repo.insert(
      {
        ...emptyEntryFields(categoryOf(i), 2020 + (i % 3)),
        judul: `Laporan nomor ${String(i)}`,
        unitId: i % 4 === 0 ? unit : null,
        bentuk: i % 2 === 0 ? 'softcopy' : 'hardcopy',
      },
      't',
    );
  }
  return core;
}

async function list(core: Core, input: EntryListInput) {
  return core.handlers['entry.list'](entryListInputSchema.parse(input), ctx);
}

function expected(core: Core, where: string, order = 'category_rank, id'): number[] {
  return core.db.prepare(`SELECT id FROM entries WHERE ${where} ORDER BY ${order}`).pluck().all() as number[];
}

describe('entry listing with words typed', () => {
  it('pages the grouped register in heading order then number, across category boundaries, as without words', async () => {
    const core = seeded();
    const all = expected(core, 'deleted_at IS NULL');
    for (const search of ['laporan', '']) {
      const seen: number[] = [];
      for (let offset = 0; offset < 25; offset += 7) {
        const page = await list(core, { search, offset, limit: 7 });
        expect(page.total).toBe(25);
        seen.push(...page.rows.map((row) => row.id));
      }
      expect(seen, search).toEqual(all);
    }
    const desc = await list(core, { search: 'lap', direction: 'desc', limit: 25 });
    expect(desc.rows.map((row) => row.id)).toEqual(expected(core, 'deleted_at IS NULL', 'category_rank, id DESC'));
    core.close();
  });

  it('counts per category under the same filters, with and without words', async () => {
    const core = seeded();
    await core.handlers['entry.delete']({ id: 2, expectedVersion: 0 }, ctx);
    for (const search of ['laporan', '']) {
      const page = await list(core, { search, withCounts: true });
      expect(page.counts, search).toEqual([
        { category: 'berkala', count: 10 },
        { category: 'serta_merta', count: 5 },
        { category: 'setiap_saat', count: 9 },
        { category: 'dikecualikan', count: 0 },
      ]);
      const deleted = await list(core, { search, deleted: 'deleted' });
      expect(
        deleted.rows.map((row) => row.id),
        search,
      ).toEqual([2]);
      expect((await list(core, { search, deleted: 'all' })).total).toBe(25);
      const filtered = await list(core, { search, category: 'setiap_saat', bentuk: 'softcopy', year: 2020, deleted: 'all' });
      expect(
        filtered.rows.map((row) => row.id),
        search,
      ).toEqual(expected(core, "category = 'setiap_saat' AND bentuk = 'softcopy' AND year = 2020"));
      const unit = await list(core, { search, unitId: 1 });
      expect(
        unit.rows.map((row) => row.id),
        search,
      ).toEqual(expected(core, 'unit_id = 1 AND deleted_at IS NULL'));
    }
    expect((await list(core, { search: 'laporan', withCounts: false })).counts).toEqual([]);
    core.close();
  });

  it('pages the flat list in number order and keeps the chosen sort when one is picked', async () => {
    const core = seeded();
    const flat = await list(core, { search: 'nomor', grouped: false, offset: 5, limit: 5 });
    expect(flat.rows.map((row) => row.id)).toEqual([6, 7, 8, 9, 10]);
    const byJudul = await list(core, { search: 'nomor', grouped: false, sort: 'judul', limit: 3 });
    expect(byJudul.rows.map((row) => row.judul)).toEqual(['Laporan nomor 1', 'Laporan nomor 10', 'Laporan nomor 11']);
    core.close();
  });

  it('never matches the filter tokens with what was typed', async () => {
    const core = seeded();
    for (const search of ['c1', 'd0', 'bsoftcopy', 'y2021', 'facet', 'u1']) {
      expect((await list(core, { search })).total, search).toBe(0);
    }
    core.close();
  });
});
