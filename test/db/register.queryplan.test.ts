import { describe, expect, it } from 'vitest';
import { countSql, listSql } from '../../main/core/register/entry.repo';
import { createCore } from '../../main/core/createCore';
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

const filter = { category: null, unitId: null, year: null, bentuk: null, deleted: 'active', limit: 100, offset: 0 };

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

  it('searches through the FTS index and reaches entries by primary key', () => {
    const detail = plan(listSql({ sort: 'number', direction: 'asc', grouped: true }, true), { ...filter, match: '"kafe"*' });
    expect(detail).toMatch(/SCAN f VIRTUAL TABLE INDEX/);
    expect(detail).toMatch(/SEARCH e USING INTEGER PRIMARY KEY/);
    const counts = plan(countSql(true), { ...filter, match: '"kafe"*' });
    expect(counts).toMatch(/VIRTUAL TABLE INDEX/);
    expect(counts).toMatch(/SEARCH e USING INTEGER PRIMARY KEY/);
  });

  it('looks the unit up by primary key for every listed row', () => {
    const detail = plan(listSql({ sort: 'number', direction: 'asc', grouped: true }, false), filter);
    expect(detail).toMatch(/SEARCH u USING INTEGER PRIMARY KEY/);
  });
});
