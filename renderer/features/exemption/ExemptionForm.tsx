import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExemptionFields } from '../../../shared/domain/exemption';
import { plausibilityWarnings } from '../../../shared/domain/pasal17';
import { DocumentTypeInput } from './DocumentTypeInput';
import { endDateOf, parsePeriod, periodSummaryKey } from '../../../shared/domain/period';
import { useMethod } from '../../api/hooks';

/** The DIK fields of one exempted entry; the period is read as the officer types, with the same parser main uses. */
export function ExemptionForm({
  initial,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: ExemptionFields;
  busy: boolean;
  onSubmit: (fields: ExemptionFields) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [fields, setFields] = useState<ExemptionFields>(initial);
  const grounds = useMethod('reference.grounds', { includeInactive: false });
  const statutes = useMethod('reference.statutes', {});
  const units = useMethod('unit.list', { includeInactive: false });
  const set = <K extends keyof ExemptionFields>(key: K, value: ExemptionFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  const period = parsePeriod(fields.periodText);
  const end = endDateOf(period, fields.anchor === 'document' ? fields.documentDate : null);
  const warnings = plausibilityWarnings(
    fields.grounds,
    `${fields.judul} ${fields.informasi} ${fields.dokumen} ${fields.jenisDokumen}`,
    period,
  );
  const en = i18n.language === 'en';

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(fields);
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('exemption.fields.judul')}
          withAsterisk
          value={fields.judul}
          onChange={(e) => set('judul', e.currentTarget.value)}
        />
        <Textarea
          label={t('exemption.fields.informasi')}
          description={t('exemption.fields.informasiHint')}
          withAsterisk
          autosize
          minRows={2}
          value={fields.informasi}
          onChange={(e) => set('informasi', e.currentTarget.value)}
        />
        <SimpleGrid cols={2}>
          <TextInput label={t('exemption.fields.dokumen')} value={fields.dokumen} onChange={(e) => set('dokumen', e.currentTarget.value)} />
          <DocumentTypeInput value={fields.jenisDokumen} onChange={(value) => set('jenisDokumen', value)} />
          <Select
            label={t('exemption.fields.unit')}
            placeholder={t('exemption.fields.noUnit')}
            clearable
            data={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
            value={fields.unitId === null ? null : String(fields.unitId)}
            onChange={(value) => set('unitId', value === null ? null : Number(value))}
          />
          <NumberInput
            label={t('exemption.fields.year')}
            min={1900}
            max={2200}
            value={fields.year ?? ''}
            onChange={(value) => set('year', typeof value === 'number' ? value : null)}
          />
        </SimpleGrid>
        <Checkbox
          label={t('exemption.fields.partial')}
          checked={fields.partial}
          onChange={(e) => set('partial', e.currentTarget.checked)}
        />
        <MultiSelect
          label={t('exemption.fields.grounds')}
          description={t('exemption.fields.groundsHint')}
          searchable
          data={(grounds.data ?? []).map((g) => ({ value: g.code, label: `${g.code} — ${en && g.labelEn ? g.labelEn : g.labelId}` }))}
          value={fields.grounds}
          onChange={(value) => set('grounds', value)}
        />
        <TagsInput
          label={t('exemption.fields.otherBases')}
          description={t('exemption.fields.otherBasesHint')}
          data={(statutes.data ?? []).filter((s) => s.active).map((s) => s.text)}
          value={fields.otherBases}
          onChange={(value) => set('otherBases', value)}
        />
        <SimpleGrid cols={2}>
          <Textarea
            label={t('exemption.fields.konsekuensiDibuka')}
            autosize
            minRows={2}
            value={fields.konsekuensiDibuka}
            onChange={(e) => set('konsekuensiDibuka', e.currentTarget.value)}
          />
          <Textarea
            label={t('exemption.fields.konsekuensiDitutup')}
            autosize
            minRows={2}
            value={fields.konsekuensiDitutup}
            onChange={(e) => set('konsekuensiDitutup', e.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput
          label={t('exemption.fields.periodText')}
          value={fields.periodText}
          onChange={(e) => set('periodText', e.currentTarget.value)}
        />
        <Text size="sm" c={period.kind === 'unparsed' ? 'red' : 'dimmed'} role="status">
          {t(periodSummaryKey(period), period.kind === 'duration' ? { years: period.years, months: period.months, days: period.days } : {})}
          {period.kind === 'duration' ? ` · ${end ? t('exemption.period.endsOn', { date: end }) : t('exemption.period.endsAfterSk')}` : ''}
        </Text>
        {period.kind === 'duration' ? (
          <Group align="flex-end">
            <div>
              <Text size="sm" fw={500}>
                {t('exemption.fields.anchor')}
              </Text>
              <SegmentedControl
                value={fields.anchor}
                onChange={(value) => set('anchor', value === 'document' ? 'document' : 'sk')}
                data={[
                  { value: 'sk', label: t('exemption.fields.anchorSk') },
                  { value: 'document', label: t('exemption.fields.anchorDocument') },
                ]}
              />
            </div>
            {fields.anchor === 'document' ? (
              <TextInput
                type="date"
                label={t('exemption.fields.documentDate')}
                value={fields.documentDate ?? ''}
                onChange={(e) => set('documentDate', e.currentTarget.value || null)}
              />
            ) : null}
          </Group>
        ) : null}
        <TextInput
          label={t('exemption.fields.upstreamDecision')}
          description={t('exemption.fields.upstreamHint')}
          value={fields.upstreamDecision}
          onChange={(e) => set('upstreamDecision', e.currentTarget.value)}
        />
        {warnings.length > 0 ? (
          <Alert color="yellow" title={t('exemption.warn.title')}>
            {warnings.map((w) => (
              <Text key={w.key + JSON.stringify(w.params)} size="sm">
                {t(`exemption.warn.${w.key}`, w.params)}
              </Text>
            ))}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('exemption.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('exemption.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
