import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dipMissingColumns } from '../../../shared/domain/dipColumns';
import type { Entry } from '../../../shared/domain/entry';

/** "belum lengkap" on a public entry whose DIP row would print a blank required column. */
export function IncompleteBadge({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  if (entry.category === 'dikecualikan' || entry.deletedAt !== null) return null;
  const missing = dipMissingColumns(entry);
  if (missing.length === 0) return null;
  const columns = missing.map((c) => t(`edition.columns.${c}`)).join(', ');
  return (
    <Tooltip label={t('edition.incomplete.badgeTitle', { columns })}>
      <Badge size="xs" color="orange" variant="light" aria-label={`${t('edition.incomplete.badge')}: ${columns}`}>
        {t('edition.incomplete.badge')}
      </Badge>
    </Tooltip>
  );
}
