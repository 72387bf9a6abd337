import { Alert, Checkbox, Group, Select, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntryCategory } from '../../../shared/domain/entry';
import type { ImportList, ImportPreview } from '../../../shared/domain/entryImport';

export const ALL_SHEETS = '\u0000all';

export interface ListChoice {
  /** The officer's own choice of list; null leaves it to the file. */
  list: ImportList | null;
  allowPublic: boolean;
  /** A sheet name, ALL_SHEETS, or null for the first sheet with data. */
  sheet: string | null;
  category: EntryCategory | null;
}

/** True when the preview may be committed: every sheet's list known and no DIK headed for public without consent. */
export function choiceComplete(preview: ImportPreview, choice: ListChoice): boolean {
  return preview.parts.every((part) => !part.list.needsChoice && (!part.list.refused || choice.allowPublic));
}

const publicCategories: EntryCategory[] = ['berkala', 'serta_merta', 'setiap_saat'];

/**
 * Which list the file goes into, and why (the preview's words), the sheet picker, and the
 * required choice when the file does not say: an ambiguous file is never defaulted to Berkala.
 */
export function ImportListChoice({
  preview,
  choice,
  onChange,
}: {
  preview: ImportPreview;
  choice: ListChoice;
  onChange: (next: ListChoice) => void;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const needsChoice = preview.parts.some((part) => part.list.needsChoice);
  const refused = preview.parts.filter((part) => part.list.refused);
  const shown = choice.list ?? (needsChoice ? null : preview.list.list);
  const sheetOptions = [
    ...preview.sheets.map((sheet) => ({ value: sheet, label: sheet })),
    ...(preview.sheets.length > 1 ? [{ value: ALL_SHEETS, label: t('register.importer.list.allSheets') }] : []),
  ];
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        {preview.sheets.length > 1 ? (
          <Select
            label={t('register.importer.sheet')}
            data={sheetOptions}
            value={choice.sheet ?? preview.sheet}
            allowDeselect={false}
            onChange={(value) => onChange({ ...choice, sheet: value })}
            w={240}
          />
        ) : null}
        {/* With every sheet, each goes into its own list: the choice is asked only where a sheet does not say. */}
        {preview.parts.length === 1 || needsChoice ? (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="import-list-label">
              {t('register.importer.list.label')}
            </Text>
            <SegmentedControl
              aria-labelledby="import-list-label"
              data={[
                { value: 'dip', label: t('register.importer.list.dip') },
                { value: 'dik', label: t('register.importer.list.dik') },
              ]}
              // No segment is lit while the officer still has to choose.
              value={shown ?? ''}
              onChange={(value) => onChange({ ...choice, list: value === 'dik' ? 'dik' : 'dip', allowPublic: false })}
            />
          </Stack>
        ) : null}
        {shown === 'dip' ? (
          <Select
            label={t('register.importer.defaultCategory')}
            data={publicCategories.map((c) => ({ value: c, label: t(`register.categoryShort.${c}`) }))}
            value={choice.category ?? 'berkala'}
            allowDeselect={false}
            onChange={(value) => onChange({ ...choice, category: value })}
            w={200}
          />
        ) : null}
      </Group>
      {preview.parts.map((part) => (
        <Alert
          key={part.sheet}
          color={part.list.refused ? 'red' : part.list.needsChoice ? 'yellow' : part.list.list === 'dik' ? 'grape' : 'blue'}
          title={preview.parts.length > 1 ? part.sheet : undefined}
          role={part.list.needsChoice || part.list.refused ? 'alert' : undefined}
        >
          <Text size="sm">{en ? part.list.messageEn : part.list.message}</Text>
          {preview.parts.length > 1 ? (
            <Text size="xs" c="dimmed">
              {t('register.importer.list.part', {
                sheet: part.sheet,
                accepted: part.accepted,
                rejected: part.rejected,
                counts: Object.entries(part.byCategory)
                  .map(([category, n]) => `${t(`register.categoryShort.${category}`)} ${String(n)}`)
                  .join(', '),
              })}
            </Text>
          ) : null}
        </Alert>
      ))}
      {needsChoice ? (
        <Text size="sm" c="red">
          {t('register.importer.list.choose')}
        </Text>
      ) : null}
      {refused.length > 0 ? (
        <Checkbox
          label={t('register.importer.list.allowPublic')}
          checked={choice.allowPublic}
          onChange={(event) => onChange({ ...choice, allowPublic: event.currentTarget.checked })}
        />
      ) : null}
    </Stack>
  );
}
