import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approvalStatuses } from '../../../shared/domain/approval';
import { useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ListFilterBar, NoMatch, useSettled, yearChoices } from '../../components/ListFilterBar';
import { ExemptionTable } from './ExemptionTable';

type Status = (typeof approvalStatuses)[number];
const listed = approvalStatuses.filter((s): s is Exclude<Status, 'opened'> => s !== 'opened');

/** The DIK list with its search and filters; main answers only the rows that match. */
export function DikListPanel() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [year, setYear] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const settled = useSettled(search).trim();
  const filtering = settled !== '' || year !== null || status !== null;
  const all = useMethod('exemption.list', {});
  const list = useMethod('exemption.list', filtering ? { search: settled, year: year === null ? null : Number(year), status } : {});
  const clear = () => {
    setSearch('');
    setYear(null);
    setStatus(null);
  };
  return (
    <Stack>
      {all.data && all.data.length > 0 ? (
        <ListFilterBar
          label={t('exemption.title')}
          search={search}
          onSearch={setSearch}
          placeholder={t('lists.searchDik')}
          choices={[
            {
              label: t('lists.year'),
              all: t('lists.allYears'),
              value: year,
              onChange: setYear,
              options: yearChoices(all.data.map((x) => x.year)),
            },
            {
              label: t('lists.status'),
              all: t('lists.allStatuses'),
              value: status,
              onChange: (v) => setStatus(listed.find((s) => s === v) ?? null),
              // "Ditetapkan" is an approved entry with its SK: the label says so, the filter is its status.
              options: listed.map((s) => ({ value: s, label: t(`exemption.status.${s}`) })),
            },
          ]}
        />
      ) : null}
      <ErrorNotice error={list.error} />
      {all.data?.length === 0 ? <Text c="dimmed">{t('exemption.empty')}</Text> : null}
      {filtering && list.data?.length === 0 ? <NoMatch onClear={clear} /> : null}
      {list.data && list.data.length > 0 ? <ExemptionTable rows={list.data} label={t('exemption.title')} /> : null}
    </Stack>
  );
}
