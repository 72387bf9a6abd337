import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CategoryCount, Entry, EntryCategory, EntryListInput } from '../../../shared/domain/entry';
import { useApiClient } from '../../api/ApiContext';
import { callOrThrow } from '../../api/hooks';

export const PAGE_SIZE = 100;

export type RegisterItem =
  { kind: 'heading'; category: EntryCategory; count: number } | { kind: 'row'; offset: number; entry: Entry | undefined };

export type ListFilter = Omit<EntryListInput, 'offset' | 'limit' | 'withCounts'>;

/** Where each category heading sits among the rows when the register is grouped. */
function segments(counts: readonly CategoryCount[]) {
  let index = 0;
  let offset = 0;
  return counts
    .filter((c) => c.count > 0)
    .map((c) => {
      const segment = { category: c.category, count: c.count, headingIndex: index, firstOffset: offset };
      index += c.count + 1;
      offset += c.count;
      return segment;
    });
}

/**
 * Server-side paging for the virtual list: only the pages around what is on screen are fetched
 * (100 rows each), so 100,000 entries cost what one screenful costs. Page 0 also brings the
 * total and the per-category counts that place the headings.
 */
export function useRegisterRows(filter: ListFilter, visiblePages: readonly number[]) {
  const client = useApiClient();
  const pages = useMemo(() => [...new Set([0, ...visiblePages])].sort((a, b) => a - b), [visiblePages]);
  const results = useQueries({
    queries: pages.map((page) => {
      const input: EntryListInput = { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE, withCounts: page === 0 };
      return {
        queryKey: ['entry.list', input],
        queryFn: () => callOrThrow(client, 'entry.list', input),
        placeholderData: page === 0 ? keepPreviousData : undefined,
        staleTime: 30_000,
      };
    }),
  });
  const first = results[0];
  const total = first?.data?.total ?? 0;
  const counts = first?.data?.counts;
  const byPage = new Map<number, Entry[]>();
  results.forEach((result, i) => {
    const page = pages[i];
    if (page !== undefined && result.data) byPage.set(page, result.data.rows);
  });
  const grouped = filter.grouped !== false;
  // Exempted rows are not listed inside the DIP register: grouped, they come last (category_rank 4),
  // so leaving their group out leaves them unfetched; the screen shows one line to the DIK instead.
  const exempted = grouped ? (counts?.find((c) => c.category === 'dikecualikan')?.count ?? 0) : 0;
  const segs = useMemo(() => (grouped && counts ? segments(counts.filter((c) => c.category !== 'dikecualikan')) : []), [grouped, counts]);
  const itemCount = grouped ? total - exempted + segs.length : total;

  function item(index: number): RegisterItem {
    let offset = index;
    if (grouped) {
      const seg = [...segs].reverse().find((s) => s.headingIndex <= index);
      if (!seg) return { kind: 'row', offset: index, entry: undefined };
      if (seg.headingIndex === index) return { kind: 'heading', category: seg.category, count: seg.count };
      offset = seg.firstOffset + (index - seg.headingIndex - 1);
    }
    const rows = byPage.get(Math.floor(offset / PAGE_SIZE));
    return { kind: 'row', offset, entry: rows?.[offset % PAGE_SIZE] };
  }

  /** The page a virtual index needs; headings count as belonging to the next row's page. */
  function pageOf(index: number): number {
    const found = item(index);
    return found.kind === 'row' ? Math.floor(found.offset / PAGE_SIZE) : 0;
  }

  return {
    total: total - exempted,
    exempted,
    itemCount,
    item,
    pageOf,
    loading: first?.isLoading ?? true,
    fetching: results.some((r) => r.isFetching),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

export type RegisterRows = ReturnType<typeof useRegisterRows>;
