import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { Bentuk, DeletedFilter, EntryCategory, EntrySort } from '../../../shared/domain/entry';
import type { ListFilter } from './useRegisterRows';

/** The register's search box, filters and sort as one piece of state; the search waits for typing to pause. */
export function useRegisterFilter() {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 120);
  const [category, setCategory] = useState<EntryCategory | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [bentuk, setBentuk] = useState<Bentuk | null>(null);
  const [deleted, setDeleted] = useState<DeletedFilter>('active');
  const [sort, setSort] = useState<EntrySort>('number');
  const [direction, setDirection] = useState<'asc' | 'desc'>('asc');
  const [grouped, setGrouped] = useState(true);

  const filter: ListFilter = useMemo(
    () => ({ search: debounced, category, unitId, year, bentuk, deleted, sort, direction, grouped }),
    [debounced, category, unitId, year, bentuk, deleted, sort, direction, grouped],
  );
  const narrowed = Boolean(debounced || category || unitId || year || bentuk || deleted !== 'active');
  const values = { category, unitId, year, bentuk, deleted, sort, direction, grouped };
  const set = { setText, setCategory, setUnitId, setYear, setBentuk, setDeleted, setSort, setDirection, setGrouped };
  return { text, values, filter, narrowed, set };
}

export type RegisterFilterState = ReturnType<typeof useRegisterFilter>;
