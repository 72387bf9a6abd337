import { Alert, FileInput, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRequest } from '../../../shared/domain/entryImport';
import { useDateWords } from '../../api/useDateTime';

/** The decision that set the DIK being imported, as the officer types it: a local SK and/or an upstream decision. */
export interface DecisionChoice {
  number: string;
  date: string;
  signerName: string;
  signerPosition: string;
  upstream: string;
  scan: File | null;
}

export const emptyDecisionChoice: DecisionChoice = { number: '', date: '', signerName: '', signerPosition: '', upstream: '', scan: null };

/** The SK is sent once its number and a whole date are typed; the scan only with the commit (it is staged then). */
export function decisionRequest(
  choice: DecisionChoice,
  scan: { uploadId: string } | null,
): Pick<ImportRequest, 'decision' | 'upstreamDecision'> {
  const number = choice.number.trim();
  const upstream = choice.upstream.trim();
  const sk =
    number !== '' && /^\d{4}-\d{2}-\d{2}$/.test(choice.date)
      ? {
          decision: { number, date: choice.date, signerName: choice.signerName.trim(), signerPosition: choice.signerPosition.trim(), scan },
        }
      : {};
  return { ...sk, ...(upstream !== '' ? { upstreamDecision: upstream } : {}) };
}

/**
 * Asked whenever the file holds DIK rows: an existing DIK was set by a decision, and its rows enter
 * the lifecycle fixed by it. Without one they still import as exempted, marked as awaiting their SK.
 */
export function ImportDecisionFields({
  choice,
  dikRows,
  onChange,
  onSettled,
}: {
  choice: DecisionChoice;
  /** DIK rows the file holds (for the "no decision yet" words). */
  dikRows: number;
  onChange: (next: DecisionChoice) => void;
  /** A field that changes the reading (the SK's date, the upstream decision) was left: preview again. */
  onSettled: () => void;
}) {
  const { t } = useTranslation();
  const day = useDateWords();
  const set = (key: keyof Omit<DecisionChoice, 'scan'>) => (event: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...choice, [key]: event.currentTarget.value });
  const given = decisionRequest(choice, null);
  return (
    <Stack gap="xs" role="group" aria-label={t('dikImport.decision.title')}>
      <Title order={5}>{t('dikImport.decision.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('dikImport.decision.hint')}
      </Text>
      <Group align="flex-end" gap="sm">
        <TextInput label={t('dikImport.decision.number')} value={choice.number} onChange={set('number')} onBlur={onSettled} w={260} />
        <TextInput type="date" label={t('dikImport.decision.date')} value={choice.date} onChange={set('date')} onBlur={onSettled} w={170} />
        <TextInput label={t('dikImport.decision.signerName')} value={choice.signerName} onChange={set('signerName')} w={220} />
        <TextInput label={t('dikImport.decision.signerPosition')} value={choice.signerPosition} onChange={set('signerPosition')} w={220} />
        <FileInput
          label={t('dikImport.decision.scan')}
          accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff"
          value={choice.scan}
          onChange={(scan) => onChange({ ...choice, scan })}
          clearable
          w={320}
        />
      </Group>
      <TextInput
        label={t('dikImport.decision.upstream')}
        description={t('dikImport.decision.upstreamHint')}
        value={choice.upstream}
        onChange={set('upstream')}
        onBlur={onSettled}
        maw={560}
      />
      {given.decision ? (
        <Text size="sm" role="status">
          {t('dikImport.decision.given', { number: given.decision.number, date: day(given.decision.date) })}
        </Text>
      ) : given.upstreamDecision === undefined ? (
        <Alert color="yellow" p="xs">
          {t('dikImport.decision.none', { count: dikRows })}
        </Alert>
      ) : null}
    </Stack>
  );
}
