import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DikExtraColumn, ListKind, PdfLayout } from '../../../shared/domain/export';
import { useMethod } from '../../api/hooks';
import { useDateWords } from '../../api/useDateTime';

export interface Choices {
  decisionId: number | null;
  signatureDate: string;
  dikColumns: DikExtraColumn[];
}

export const noChoices: Choices = { decisionId: null, signatureDate: '', dikColumns: [] };

/**
 * What a printed list carries besides its rows: the recorded SK it is the lampiran of (its number
 * and date print; its date is the default signature date), the signature date, and the DIK's
 * optional columns (KPU SOP step 4).
 */
export function PrintChoices({
  list,
  layout,
  value,
  onChange,
}: {
  list: ListKind;
  layout: PdfLayout;
  value: Choices;
  onChange: (value: Choices) => void;
}) {
  const { t } = useTranslation();
  const day = useDateWords();
  const decisions = useMethod('decision.list', {});
  const penetapan = (decisions.data ?? []).filter((d) => d.purpose === 'penetapan');
  const chosen = penetapan.find((d) => d.id === value.decisionId);
  const column = (key: DikExtraColumn, on: boolean) =>
    onChange({ ...value, dikColumns: on ? [...value.dikColumns, key] : value.dikColumns.filter((c) => c !== key) });
  return (
    <>
      <Group grow align="end">
        <Select
          label={t('export.choices.decision')}
          description={layout === 'lampiran' ? t('export.choices.decisionLampiran') : undefined}
          placeholder={t('export.choices.noDecision')}
          clearable
          data={penetapan.map((d) => ({ value: String(d.id), label: `${d.number} · ${day(d.date)}` }))}
          value={value.decisionId === null ? null : String(value.decisionId)}
          onChange={(v) => onChange({ ...value, decisionId: v === null ? null : Number(v) })}
        />
        <TextInput
          type="date"
          label={t('export.choices.signatureDate')}
          description={
            chosen ? t('export.choices.signatureDefaultSk', { date: day(chosen.date) }) : t('export.choices.signatureDefaultToday')
          }
          value={value.signatureDate}
          onChange={(e) => onChange({ ...value, signatureDate: e.currentTarget.value })}
        />
      </Group>
      {list === 'dik' ? (
        <Group>
          <Checkbox
            label={t('export.choices.jenisDokumen')}
            checked={value.dikColumns.includes('jenisDokumen')}
            onChange={(e) => column('jenisDokumen', e.currentTarget.checked)}
          />
          <Checkbox
            label={t('export.choices.upstreamDecision')}
            checked={value.dikColumns.includes('upstreamDecision')}
            onChange={(e) => column('upstreamDecision', e.currentTarget.checked)}
          />
        </Group>
      ) : null}
    </>
  );
}

/** What the kop surat and signature need from the agency profile and is not filled in (i18n keys). */
export function missingForPrint(profile: { bodyName: string; city: string; ppidName: string } | undefined): string[] {
  if (!profile) return [];
  const missing: string[] = [];
  if (profile.bodyName.trim() === '') missing.push('bodyName');
  if (profile.city.trim() === '') missing.push('city');
  if (profile.ppidName.trim() === '') missing.push('ppidName');
  return missing;
}
