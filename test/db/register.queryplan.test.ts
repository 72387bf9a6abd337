import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/createCore';
import { byIdsSql, countSql, ftsCountSql, ftsPageSql, listSql, searchExpression } from '../../main/core/register/entryList.repo';
import { tempDir } from '../support/tempArchive';

function plan(sql: string, params: Record<string, unknown>): string {
  const core = createCore({ archiveDir: tempDir() });
  try {
    const rows = core.db.prepare<[Record<string, unknown>], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(params);
    return rows.map((row) => row.detail).join('\n');
  } finally {
    core.close();
  }
}

const filter = { rank: null, unitId: null, year: null, bentuk: null, deleted: 'active', limit: 100, offset: 0 };
const activeFilter = { category: null, unitId: null, year: null, bentuk: null, deleted: 'active' } as const;
const match = searchExpression('"kafe"*', activeFilter, 'berkala');

describe('query plans of the register hot paths', () => {
  it('pages the grouped register by walking an index, never sorting in memory', () => {
    for (const sort of ['number', 'judul', 'year', 'updated'] as const) {
      const detail = plan(listSql({ sort, direction: 'asc', grouped: true }, false), filter);
      expect(detail, sort).toMatch(/SCAN e USING INDEX entries_rank_/);
      expect(detail, sort).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('pages the flat register by its sort index', () => {
    const detail = plan(listSql({ sort: 'judul', direction: 'asc', grouped: false }, false), filter);
    expect(detail).toMatch(/SCAN e USING INDEX entries_judul/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it('counts a category without words typed by seeking the covering index, never reading entry rows', () => {
    const params = { category: 'berkala', unitId: null, year: null, bentuk: null };
    expect(plan(countSql('active'), params)).toMatch(
      /SEARCH e USING COVERING INDEX entries_category_filters \(category=\? AND deleted_at=\?\)/,
    );
    expect(plan(countSql('deleted'), params)).toMatch(
      /SEARCH e USING COVERING INDEX entries_category_filters \(category=\? AND deleted_at>\?\)/,
    );
    expect(plan(countSql('all'), params)).toMatch(/SEARCH e USING COVERING INDEX entries_category_filters \(category=\?\)/);
  });

  it('answers a search page and its counts from the FTS index alone, in rowid order, then fetches the page by primary key', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const page = plan(ftsPageSql(direction), { match, limit: 100, offset: 0 });
      expect(page, direction).toMatch(/SCAN entries_fts VIRTUAL TABLE INDEX/);
      expect(page, direction).not.toMatch(/TEMP B-TREE/);
    }
    const counts = plan(ftsCountSql, { match });
    expect(counts).toMatch(/SCAN entries_fts VIRTUAL TABLE INDEX/);
    expect(counts).not.toMatch(/entries e|TEMP B-TREE/);
    const rows = plan(byIdsSql, { ids: '[1,2,3]' });
    expect(rows).toMatch(/SEARCH e USING INTEGER PRIMARY KEY/);
    expect(rows).toMatch(/SEARCH u USING INTEGER PRIMARY KEY/);
  });

  it('looks the unit up by primary key for every listed row', () => {
    const detail = plan(listSql({ sort: 'number', direction: 'asc', grouped: true }, false), filter);
    expect(detail).toMatch(/SEARCH u USING INTEGER PRIMARY KEY/);
  });
});
