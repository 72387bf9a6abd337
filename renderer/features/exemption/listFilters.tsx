import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsequenceTest, Decision } from '../../../shared/domain/exemption';
import type { DecisionListQuery, TestListQuery } from '../../../shared/domain/listFilter';
import { ListFilterBar, NoMatch, useSettled, yearChoices } from '../../components/ListFilterBar';

interface ListFilter<Q> {
  /** The list method's input: `{}` while nothing is typed or chosen, so the whole list is one cached query. */
  input: Partial<Q>;
  filtering: boolean;
  bar: ReactNode;
  noMatch: ReactNode;
}

const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);

/** Search, year held and status for the Uji Konsekuensi list. */
export function useTestListFilter(all: readonly ConsequenceTest[] | undefined): ListFilter<TestListQuery> {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [year, setYear] = useState<string | null>(null);
  const [status, setStatus] = useState<TestListQuery['status']>(null);
  const settled = useSettled(search).trim();
  const filtering = settled !== '' || year !== null || status !== null;
  const clear = () => {
    setSearch('');
    setYear(null);
    setStatus(null);
  };
  return {
    filtering,
    input: filtering ? { search: settled, year: year === null ? null : Number(year), status } : {},
    noMatch: <NoMatch onClear={clear} />,
    bar:
      all && all.length > 0 ? (
        <ListFilterBar
          label={t('exemption.tabs.tests')}
          search={search}
          onSearch={setSearch}
          placeholder={t('lists.searchTests')}
          choices={[
            {
              label: t('lists.yearHeld'),
              all: t('lists.allYears'),
              value: year,
              onChange: setYear,
              options: yearChoices(all.map((x) => yearOf(x.heldOn))),
            },
            {
              label: t('lists.status'),
              all: t('lists.allStatuses'),
              value: status,
              onChange: (v) => setStatus(v === 'draft' || v === 'concluded' ? v : null),
              options: [
                { value: 'draft', label: t('lists.draft') },
                { value: 'concluded', label: t('lists.concluded') },
              ],
            },
          ]}
        />
      ) : null,
  };
}

/** Search, year and scan for the SK list. */
export function useDecisionListFilter(all: readonly Decision[] | undefined): ListFilter<DecisionListQuery> {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [year, setYear] = useState<string | null>(null);
  const [scan, setScan] = useState<DecisionListQuery['scan']>(null);
  const settled = useSettled(search).trim();
  const filtering = settled !== '' || year !== null || scan !== null;
  const clear = () => {
    setSearch('');
    setYear(null);
    setScan(null);
  };
  return {
    filtering,
    input: filtering ? { search: settled, year: year === null ? null : Number(year), scan } : {},
    noMatch: <NoMatch onClear={clear} />,
    bar:
      all && all.length > 0 ? (
        <ListFilterBar
          label={t('exemption.decision.title')}
          search={search}
          onSearch={setSearch}
          placeholder={t('lists.searchDecisions')}
          choices={[
            {
              label: t('lists.yearSk'),
              all: t('lists.allYears'),
              value: year,
              onChange: setYear,
              options: yearChoices(all.map((d) => yearOf(d.date))),
            },
            {
              label: t('lists.scan'),
              all: t('lists.allStatuses'),
              value: scan,
              onChange: (v) => setScan(v === 'with' || v === 'without' ? v : null),
              options: [
                { value: 'with', label: t('lists.withScan') },
                { value: 'without', label: t('lists.withoutScan') },
              ],
            },
          ]}
        />
      ) : null,
  };
}
