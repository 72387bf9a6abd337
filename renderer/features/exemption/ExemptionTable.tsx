import { Badge, Stack, Table, Text } from '@mantine/core';
import { statusLabel } from '../../../shared/domain/approval';
import { useTranslation } from 'react-i18next';
import { type Exemption } from '../../../shared/domain/exemption';
import { ApprovalCount } from './ApprovalProgress';
import { EntryLink } from './EntryLink';
import { useDateWords } from '../../api/useDateTime';

/** The DIK table as the officer reads it, with status and end date. */
export function ExemptionTable({ rows, label }: { rows: Exemption[]; label: string }) {
  const { t } = useTranslation();
  const day = useDateWords();
  return (
    <Table striped withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('exemption.columns.no')}</Table.Th>
          <Table.Th>{t('exemption.columns.informasi')}</Table.Th>
          <Table.Th>{t('exemption.columns.dasarHukum')}</Table.Th>
          <Table.Th>{t('exemption.columns.jangkaWaktu')}</Table.Th>
          <Table.Th>{t('exemption.columns.berakhir')}</Table.Th>
          <Table.Th>{t('exemption.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((x, i) => (
          <Table.Tr key={x.entryId}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>
              <EntryLink x={x} />
              <Text size="xs" c="dimmed">
                {x.informasi}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="xs">{x.legalBasis}</Text>
            </Table.Td>
            <Table.Td>{x.periodText}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{x.endDate === null ? '—' : day(x.endDate)}</Table.Td>
            <Table.Td style={{ minWidth: 130 }}>
              <Stack gap={4} align="flex-start">
                {x.awaitingDecision ? null : (
                  <Badge variant="light">
                    {/* An imported row was decided before Lemari (by its SK or upstream): nobody approved it here. */}
                    {t(`exemption.status.${x.imported && x.status === 'approved' ? 'decided' : statusLabel(x)}`)}
                  </Badge>
                )}
                {x.awaitingDecision ? (
                  <Badge color="orange" variant="filled">
                    {t('dikImport.awaiting.badge')}
                  </Badge>
                ) : null}
                {x.importReview.some((r) => r.key !== 'awaitingDecision') ? (
                  <Badge color="yellow" variant="light">
                    {t('dikImport.reviewBadge', { count: x.importReview.filter((r) => r.key !== 'awaitingDecision').length })}
                  </Badge>
                ) : null}
                {x.approval && x.approval.required > 1 ? <ApprovalCount progress={x.approval} /> : null}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
