import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditionPreview } from '../../../shared/domain/edition';
import { href, routes } from '../../app/routes';

/** Public entries that would print blank columns, named before the DIP is printed, exported or published. */
export function IncompleteWarning({ incomplete }: { incomplete: EditionPreview['incomplete'] }) {
  const { t } = useTranslation();
  if (incomplete.length === 0) return null;
  return (
    <Alert color="yellow" role="alert" title={t('edition.incomplete.warning', { count: incomplete.length })}>
      <List size="sm">
        {incomplete.slice(0, 5).map((row) => (
          <List.Item key={row.entryId}>
            <Text
              span
              size="sm"
            >{`#${String(row.entryId)} ${row.judul} — ${row.missing.map((c) => t(`edition.columns.${c}`)).join(', ')}`}</Text>
          </List.Item>
        ))}
      </List>
      <Anchor href={href(routes.dip)} size="sm">
        {t('edition.incomplete.link')}
      </Anchor>
    </Alert>
  );
}
