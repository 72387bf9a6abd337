import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExemptionDetail } from '../../../shared/domain/exemption';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { EntryDocuments } from '../documents/EntryDocuments';
import { DecisionScanCell } from './DecisionScan';
import { useDateWords } from '../../api/useDateTime';

const testCode = (id: number) => `UK-${String(id).padStart(4, '0')}`;

/**
 * What an exempted entry rests on, linked the way the paper is: its Uji Konsekuensi, its SK (with
 * the tests that SK names) and its documents and scans. Scans of a DIK entry are attached here,
 * never from the register's edit dialog.
 */
export function ExemptionLinks({ x }: { x: ExemptionDetail }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const entry = useMethod('entry.get', { id: x.entryId });
  const decisions = useMethod('decision.list', {});
  const sheet = useMethodMutation('consequence.sheet');
  const sk = (decisions.data ?? []).find((d) => d.id === x.decisionId) ?? null;
  return (
    <>
      <Card withBorder component="section" aria-label={t('exemption.links.title')}>
        <Title order={3} size="h5" mb="xs">
          {t('exemption.links.title')}
        </Title>
        <ErrorNotice error={sheet.error} />
        <Stack gap={6}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('exemption.links.tests')}:
            </Text>
            {x.tests.length === 0 ? (
              <Text size="sm" c="dimmed">
                {x.upstreamDecision ? t('exemption.links.upstream', { decision: x.upstreamDecision }) : t('exemption.links.noTest')}
              </Text>
            ) : (
              x.tests.map((test) => (
                <Anchor
                  key={test.id}
                  size="sm"
                  component="button"
                  type="button"
                  aria-label={t('exemption.links.openSheet', { code: testCode(test.id) })}
                  onClick={() =>
                    sheet.mutate({ id: test.id }, { onSuccess: (file) => window.open(`${file.url}?inline=1`, '_blank', 'noopener') })
                  }
                >
                  {testCode(test.id)} · {test.heldOn ?? '—'} ·{' '}
                  {test.conclusion ? t(`exemption.conclusion.${test.conclusion}`) : t('exemption.links.notConcluded')}
                </Anchor>
              ))
            )}
          </Group>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('exemption.links.decision')}:
            </Text>
            {sk ? (
              <>
                <Text size="sm">
                  {t('exemption.links.decisionLine', { number: sk.number, date: day(sk.date) })}
                  {sk.testIds.length > 0 ? ` · ${t('exemption.links.restsOn', { tests: sk.testIds.map(testCode).join(', ') })}` : ''}
                </Text>
                <DecisionScanCell decision={sk} />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('exemption.links.noDecision')}
              </Text>
            )}
          </Group>
        </Stack>
      </Card>
      {entry.data ? <EntryDocuments key={entry.data.id} entry={entry.data} /> : null}
    </>
  );
}
