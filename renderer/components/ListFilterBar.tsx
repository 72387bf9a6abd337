import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ListChoice {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  options: { value: string; label: string }[];
  /** The words of "no choice" ("Semua tahun"). */
  all: string;
}

/** Typing settles for a moment before main is asked again: one query per pause, not per key. */
export function useSettled(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The years found in a list, newest first, as choices. */
export function yearChoices(years: readonly (number | null | undefined)[]): { value: string; label: string }[] {
  return [...new Set(years.filter((y): y is number => typeof y === 'number'))]
    .sort((a, b) => b - a)
    .map((y) => ({ value: String(y), label: String(y) }));
}

/** Search box and filters above a list; main does the filtering (the list's method takes them). */
export function ListFilterBar({
  label,
  search,
  onSearch,
  placeholder,
  choices,
}: {
  label: string;
  search: string;
  onSearch: (value: string) => void;
  placeholder: string;
  choices: ListChoice[];
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={label}>
      <TextInput
        label={t('lists.search')}
        placeholder={placeholder}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        style={{ flex: 1, minWidth: 260 }}
      />
      {choices.map((choice) => (
        <Select
          key={choice.label}
          label={choice.label}
          placeholder={choice.all}
          data={choice.options}
          value={choice.value}
          onChange={choice.onChange}
          clearable
          w={190}
          comboboxProps={{ withinPortal: true }}
        />
      ))}
    </Group>
  );
}

/** "Nothing matches", with a way back to the whole list; distinct from a list that is empty. */
export function NoMatch({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" align="flex-start" py="sm">
      <Text c="dimmed" role="status">
        {t('lists.noMatch')}
      </Text>
      <Button variant="light" size="compact-sm" onClick={onClear}>
        {t('lists.clear')}
      </Button>
    </Stack>
  );
}
