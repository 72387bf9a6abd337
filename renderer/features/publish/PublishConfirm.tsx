import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditionDecision, EditionPreview } from '../../../shared/domain/edition';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IncompleteWarning } from './IncompleteWarning';
import { useDateWords } from '../../api/useDateTime';

/** The last look before "Tetapkan & Terbitkan", which cannot be undone: list, year, rows, SK, scan. */
export function PublishConfirm(props: {
  preview: EditionPreview;
  decision: EditionDecision;
  scanName: string | null;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const day = useDateWords();
  const { preview, decision } = props;
  const rows: [string, string][] = [
    [t('edition.confirm.list'), t(preview.list === 'dip' ? 'export.dip' : 'export.dik')],
    [t('edition.confirm.year'), String(preview.year)],
    [t('edition.confirm.rows'), String(preview.rowCount)],
    [t('edition.confirm.sk'), `${decision.number} · ${decision.place}, ${day(decision.date)}`],
    [t('edition.confirm.signer'), [decision.signerName, decision.signerPosition, decision.signerNip].filter(Boolean).join(' · ')],
    [
      t('edition.confirm.scan'),
      props.scanName === null ? t('edition.confirm.scanNone') : t('edition.confirm.scanAttached', { name: props.scanName }),
    ],
  ];
  return (
    <Modal opened onClose={props.onCancel} title={t('edition.confirm.title')} size="lg">
      <Stack>
        <Text size="sm">{t('edition.confirm.intro')}</Text>
        <Table aria-label={t('edition.confirm.title')}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w="35%">{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {preview.rowCount === 0 ? (
          <Alert color="red" role="alert">
            {t('export.error.emptyList')}
          </Alert>
        ) : null}
        {preview.undecided > 0 ? <Alert color="blue">{t('edition.confirm.undecided', { count: preview.undecided })}</Alert> : null}
        <IncompleteWarning incomplete={preview.incomplete} />
        <ErrorNotice error={props.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('edition.confirm.cancel')}
          </Button>
          <Button color="red" loading={props.busy} disabled={preview.rowCount === 0} onClick={props.onConfirm}>
            {t('edition.confirm.go')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
