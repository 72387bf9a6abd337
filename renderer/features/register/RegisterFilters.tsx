import { Group, Kbd, SegmentedControl, Select, Switch, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { bentukValues, entryCategories, entrySorts } from '../../../shared/domain/entry';
import { useMethod } from '../../api/hooks';
import type { RegisterFilterState } from './useRegisterFilter';

/** Search, filters, sort and the result count above the register table. */
export function RegisterFilters({
  state,
  total,
  search,
}: {
  state: RegisterFilterState;
  total: number;
  search: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const units = useMethod('unit.list', { includeInactive: true });
  const years = useMethod('entry.years', {});
  const { values, set } = state;
  return (
    <>
      <Group gap="xs" mb="xs" align="flex-end" wrap="wrap">
        <TextInput
          ref={search}
          w={340}
          label={t('register.search')}
          placeholder={t('register.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={<Kbd size="xs">/</Kbd>}
          value={state.text}
          onChange={(event) => set.setText(event.currentTarget.value)}
          type="search"
        />
        <Select
          w={150}
          label={t('register.filters.category')}
          placeholder={t('register.filters.allCategories')}
          clearable
          value={values.category}
          data={entryCategories.map((c) => ({ value: c, label: t(`register.categoryShort.${c}`) }))}
          onChange={(v) => set.setCategory(v)}
        />
        <Select
          w={180}
          label={t('register.filters.unit')}
          placeholder={t('register.filters.allUnits')}
          clearable
          searchable
          value={values.unitId === null ? null : String(values.unitId)}
          data={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
          onChange={(v) => set.setUnitId(v === null ? null : Number(v))}
        />
        <Select
          w={120}
          label={t('register.filters.year')}
          placeholder={t('register.filters.allYears')}
          clearable
          value={values.year === null ? null : String(values.year)}
          data={(years.data ?? []).map((y) => String(y))}
          onChange={(v) => set.setYear(v === null ? null : Number(v))}
        />
        <Select
          w={150}
          label={t('register.filters.bentuk')}
          placeholder={t('register.filters.allBentuk')}
          clearable
          value={values.bentuk}
          data={bentukValues.map((b) => ({ value: b, label: t(`register.bentukValues.${b}`) }))}
          onChange={(v) => set.setBentuk(v)}
        />
        <SegmentedControl
          aria-label={t('register.filters.deleted')}
          value={values.deleted}
          onChange={(v) => set.setDeleted(v)}
          data={[
            { value: 'active', label: t('register.filters.active') },
            { value: 'deleted', label: t('register.filters.deletedOnly') },
            { value: 'all', label: t('register.filters.all') },
          ]}
        />
      </Group>
      <Group gap="xs" mb="sm" align="center">
        <Select
          w={200}
          size="xs"
          aria-label={t('register.filters.sort')}
          value={values.sort}
          allowDeselect={false}
          data={entrySorts.map((s) => ({ value: s, label: `${t('register.filters.sort')}: ${t(`register.sorts.${s}`)}` }))}
          onChange={(v) => set.setSort(v ?? 'number')}
        />
        <SegmentedControl
          size="xs"
          aria-label={t('register.filters.direction')}
          value={values.direction}
          onChange={(v) => set.setDirection(v === 'desc' ? 'desc' : 'asc')}
          data={[
            { value: 'asc', label: t('register.filters.directionAsc') },
            { value: 'desc', label: t('register.filters.directionDesc') },
          ]}
        />
        <Switch
          size="sm"
          label={t('register.filters.grouped')}
          checked={values.grouped}
          onChange={(e) => set.setGrouped(e.currentTarget.checked)}
        />
        <Text size="sm" c="dimmed" ml="auto" role="status" aria-live="polite">
          {t('register.results', { count: total })}
        </Text>
      </Group>
    </>
  );
}
