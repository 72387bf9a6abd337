import type { CategoryCount, DeletedFilter, Entry, EntryCategory, EntryListQuery, EntrySort } from '../../../shared/domain/entry';
import { entryCategories } from '../../../shared/domain/entry';
import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import { ENTRY_COLUMNS, ENTRY_JOINS, SELECT_ENTRY, toEntry, type EntryRow } from './entry.repo';

/**
 * Turns what the officer typed into an FTS5 query: every word must match as a prefix.
 * Only letters and digits survive, so no FTS syntax (quotes, NEAR, column filters) can be injected.
 */
export function ftsQuery(search: string): string | null {
  const words = search
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

/** ORDER BY fragments per sort: constants, never user text, each backed by an index in 0002. */
const orderColumn: Record<EntrySort, string> = {
  number: 'e.id',
  judul: 'e.judul COLLATE NOCASE',
  year: 'e.year',
  updated: 'e.updated_at',
};

/** The filters over the table's columns; `@rank` is the category's printed position (category_rank). */
const FILTER = `(@rank IS NULL OR e.category_rank = @rank)
  AND (@unitId IS NULL OR e.unit_id = @unitId)
  AND (@year IS NULL OR e.year = @year)
  AND (@bentuk IS NULL OR e.bentuk = @bentuk)
  AND (@deleted = 'all' OR (@deleted = 'deleted') = (e.deleted_at IS NOT NULL))`;

type FilterQuery = Pick<EntryListQuery, 'category' | 'unitId' | 'year' | 'bentuk' | 'deleted'>;

/** A category's printed position, the `category_rank` column of 0002 (berkala 1 … dikecualikan 4). */
export function categoryRank(category: EntryCategory): number {
  return entryCategories.indexOf(category) + 1;
}

/**
 * The full FTS5 expression of a search with its filters (migration 0006): the typed words
 * against the text columns only, and the filters as tokens of the `facet` column. Every token
 * comes from a validated enum or integer, so nothing the officer typed reaches the facet part.
 */
export function searchExpression(words: string, filter: FilterQuery, category: EntryCategory | null): string {
  const facets: string[] = [];
  if (category !== null) facets.push(`c${String(categoryRank(category))}`);
  if (filter.deleted !== 'all') facets.push(filter.deleted === 'deleted' ? 'd1' : 'd0');
  if (filter.unitId !== null) facets.push(`u${String(filter.unitId)}`);
  if (filter.year !== null) facets.push(`y${String(filter.year)}`);
  if (filter.bentuk !== null) facets.push(`b${filter.bentuk}`);
  const text = `{judul ringkasan holder other} : (${words})`;
  return facets.length === 0 ? text : `${text} AND facet : (${facets.join(' ')})`;
}

/** Pages of the register without words typed, and searches in an explicit order other than the number. */
export function listSql(query: Pick<EntryListQuery, 'sort' | 'direction' | 'grouped'>, searching: boolean): string {
  const dir = query.direction === 'desc' ? 'DESC' : 'ASC';
  const keys: string[] = [];
  if (query.grouped) keys.push('e.category_rank');
  if (query.sort !== 'number') keys.push(`${orderColumn[query.sort]} ${dir}`);
  keys.push(`e.id ${dir}`);
  if (searching) {
    // The filters are part of the FTS expression here.
    return `SELECT ${ENTRY_COLUMNS} FROM entries_fts f JOIN entries e ON e.id = f.rowid ${ENTRY_JOINS}
      WHERE entries_fts MATCH @match ORDER BY ${keys.join(', ')} LIMIT @limit OFFSET @offset`;
  }
  return `${SELECT_ENTRY} WHERE ${FILTER} ORDER BY ${keys.join(', ')} LIMIT @limit OFFSET @offset`;
}

/** Matching ids in number order straight from the FTS index, which keeps its rows in rowid order. */
export function ftsPageSql(direction: 'asc' | 'desc'): string {
  return `SELECT rowid AS id FROM entries_fts WHERE entries_fts MATCH @match ORDER BY rowid ${direction === 'desc' ? 'DESC' : 'ASC'} LIMIT @limit OFFSET @offset`;
}

export const ftsCountSql = 'SELECT count(*) AS n FROM entries_fts WHERE entries_fts MATCH @match';

const deletedCondition: Record<DeletedFilter, string> = {
  active: 'AND e.deleted_at IS NULL',
  deleted: 'AND e.deleted_at IS NOT NULL',
  all: '',
};

/** One category's count without words typed: a seek in the covering index of 0006, per deleted filter. */
export function countSql(deleted: DeletedFilter): string {
  return `SELECT count(*) AS n FROM entries e WHERE e.category = @category ${deletedCondition[deleted]}
    AND (@unitId IS NULL OR e.unit_id = @unitId) AND (@year IS NULL OR e.year = @year) AND (@bentuk IS NULL OR e.bentuk = @bentuk)`;
}

/** The rows of one page, by id; the caller puts them back in page order. */
export const byIdsSql = `${SELECT_ENTRY} WHERE e.id IN (SELECT value FROM json_each(@ids))`;

type Statement<R> = Database.Statement<[Record<string, unknown>], R>;

/**
 * The register's listing. With words typed and the number order (the default), everything is
 * answered by the FTS index: counts per category are FTS counts and a page is read per category
 * in rowid order with LIMIT, then its rows are fetched by id — the cost follows the page, not the
 * number of hits. Without words, pages walk the order's index and counts the covering index.
 */
export function createEntryLister(db: Db) {
  const prepare = <R>(sql: string): Statement<R> => db.prepare<[Record<string, unknown>], R>(sql);
  const ftsCount = prepare<{ n: number }>(ftsCountSql);
  const ftsPage = { asc: prepare<{ id: number }>(ftsPageSql('asc')), desc: prepare<{ id: number }>(ftsPageSql('desc')) };
  const tableCount = {
    active: prepare<{ n: number }>(countSql('active')),
    deleted: prepare<{ n: number }>(countSql('deleted')),
    all: prepare<{ n: number }>(countSql('all')),
  };
  const byIds = prepare<EntryRow>(byIdsSql);
  // The other shapes (sort × direction × grouping × search) are few; each is prepared once.
  const listStatements = new Map<string, Statement<EntryRow>>();

  function listStatement(query: EntryListQuery, searching: boolean): Statement<EntryRow> {
    const key = `${query.sort}|${query.direction}|${String(query.grouped)}|${String(searching)}`;
    let statement = listStatements.get(key);
    if (!statement) {
      statement = prepare<EntryRow>(listSql(query, searching));
      listStatements.set(key, statement);
    }
    return statement;
  }

  function tableParams(query: EntryListQuery) {
    return {
      rank: query.category === null ? null : categoryRank(query.category),
      unitId: query.unitId,
      year: query.year,
      bentuk: query.bentuk,
      deleted: query.deleted,
    };
  }

  function counts(query: EntryListQuery, words: string | null): CategoryCount[] {
    const count = (category: EntryCategory): number => {
      if (query.category !== null && query.category !== category) return 0;
      if (words !== null) return ftsCount.get({ match: searchExpression(words, query, category) })?.n ?? 0;
      return tableCount[query.deleted].get({ category, unitId: query.unitId, year: query.year, bentuk: query.bentuk })?.n ?? 0;
    };
    return entryCategories.map((category) => ({ category, count: count(category) }));
  }

  /** Ids of the page in number order: per category when grouped (the heading order), else across all. */
  function pageIds(query: EntryListQuery, words: string, perCategory: CategoryCount[]): number[] {
    const page = ftsPage[query.direction];
    if (!query.grouped) {
      return page
        .all({ match: searchExpression(words, query, query.category), limit: query.limit, offset: query.offset })
        .map((row) => row.id);
    }
    const ids: number[] = [];
    let start = 0;
    for (const { category, count } of perCategory) {
      const end = start + count;
      const from = query.offset + ids.length;
      if (ids.length < query.limit && count > 0 && from < end) {
        const rows = page.all({ match: searchExpression(words, query, category), limit: query.limit - ids.length, offset: from - start });
        for (const row of rows) ids.push(row.id);
      }
      start = end;
    }
    return ids;
  }

  function rowsByIds(ids: readonly number[]): Entry[] {
    if (ids.length === 0) return [];
    const found = new Map(byIds.all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = found.get(id);
      return row ? [toEntry(row)] : [];
    });
  }

  function list(query: EntryListQuery): { rows: Entry[]; counts: CategoryCount[]; total: number } {
    const words = ftsQuery(query.search);
    const perCategory = counts(query, words);
    const total = perCategory.reduce((sum, c) => sum + c.count, 0);
    let rows: Entry[];
    if (words !== null && query.sort === 'number') {
      rows = rowsByIds(pageIds(query, words, perCategory));
    } else if (words !== null) {
      const match = searchExpression(words, query, query.category);
      rows = listStatement(query, true).all({ match, limit: query.limit, offset: query.offset }).map(toEntry);
    } else {
      rows = listStatement(query, false)
        .all({ ...tableParams(query), limit: query.limit, offset: query.offset })
        .map(toEntry);
    }
    return { rows, counts: perCategory, total };
  }

  return { list };
}

export type EntryLister = ReturnType<typeof createEntryLister>;
