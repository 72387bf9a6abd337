import { Alert, Badge, Button, FileInput, Group, NumberInput, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import type { ImportRequest } from '../../../shared/domain/entryImport';
import { ALL_SHEETS, choiceComplete, ImportListChoice, type ListChoice } from './ImportListChoice';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { importTargets, type ImportMapping, type ImportPreview, type ImportTarget } from '../../../shared/domain/entryImport';
import { ApiFailure } from '../../api/ApiFailure';
import { useApiClient } from '../../api/ApiContext';
import { callOrThrow, useMarkStale } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { decisionRequest, emptyDecisionChoice, ImportDecisionFields, type DecisionChoice } from './ImportDecisionFields';
import { ImportDikReadingCell } from './ImportDikReading';

/**
 * Impor: the file is staged, previewed (nothing written), the officer fixes the mapping if
 * needed, then every accepted row is imported at once.
 */
export function ImportPanel({ onDone, intro }: { onDone: () => void; intro?: string }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const markStale = useMarkStale();
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [choice, setChoice] = useState<ListChoice>({ list: null, allowPublic: false, sheet: null, category: null });
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [decision, setDecision] = useState<DecisionChoice>(emptyDecisionChoice);
  // The decision the shown preview was read with: leaving a field that changed nothing previews nothing
  // (a blur re-rendering the Impor button as busy would swallow the click that caused it).
  const [previewedWith, setPreviewedWith] = useState('');
  const en = i18n.language === 'en';

  /** The call as the officer set it up: only what they chose is sent, so the file decides the rest. */
  function request(
    id: string,
    next: ListChoice,
    nextMapping: ImportMapping | null,
    scan: { uploadId: string } | null = null,
    sk: DecisionChoice = decision,
  ): ImportRequest {
    const all = next.sheet === ALL_SHEETS;
    return {
      upload: { uploadId: id },
      // The decision that set a DIK: the preview reads each row's end date from its date.
      ...decisionRequest(sk, scan),
      ...(all ? { allSheets: true } : next.sheet !== null ? { sheet: next.sheet } : {}),
      ...(next.list !== null ? { list: next.list } : {}),
      ...(next.list !== 'dik' && next.category !== null ? { category: next.category } : {}),
      ...(next.allowPublic ? { allowPublicDespiteDik: true } : {}),
      // A mapping belongs to one sheet; every sheet of a workbook is mapped on its own.
      ...(nextMapping && !all ? { mapping: nextMapping } : {}),
    };
  }

  async function run(id: string, nextMapping: ImportMapping | null, next: ListChoice, sk: DecisionChoice = decision) {
    setBusy(true);
    setError(null);
    try {
      setPreviewedWith(JSON.stringify(decisionRequest(sk, null)));
      const result = await callOrThrow(client, 'import.preview', request(id, next, nextMapping, null, sk));
      setPreview(result);
      setMapping(result.mapping);
    } catch (caught) {
      setError(caught);
      setPreview(null);
    } finally {
      setBusy(false);
    }
  }

  async function pick(file: File | null) {
    setPreview(null);
    setMapping(null);
    if (!file) return;
    const staged = await client.upload(file);
    if (!staged.ok) {
      setError(new ApiFailure(staged.error));
      return;
    }
    setUploadId(staged.value.uploadId);
    const fresh: ListChoice = { list: null, allowPublic: false, sheet: null, category: null };
    setChoice(fresh);
    setDecision(emptyDecisionChoice);
    await run(staged.value.uploadId, null, fresh, emptyDecisionChoice);
  }

  async function commit() {
    if (!uploadId || !mapping) return;
    setBusy(true);
    setError(null);
    try {
      // The signed SK scan is staged only now, and main stores it in the vault with the import.
      const scan = decision.scan && decisionRequest(decision, null).decision ? await client.upload(decision.scan) : null;
      if (scan && !scan.ok) throw new ApiFailure(scan.error);
      const result = await callOrThrow(client, 'import.commit', request(uploadId, choice, mapping, scan ? scan.value : null));
      const adopted = result.parts.flatMap((part) => (part.exemptions ? [part.exemptions] : []));
      const counts = adopted.reduce(
        (sum, x) => ({ decided: sum.decided + x.decided, awaiting: sum.awaiting + x.awaiting, toReview: sum.toReview + x.toReview }),
        {
          decided: 0,
          awaiting: 0,
          toReview: 0,
        },
      );
      showToast((tr) =>
        [
          tr('register.importer.done', { imported: result.imported, rejected: result.rejected }),
          ...(adopted.length > 0 ? [tr('dikImport.result', counts)] : []),
        ].join(' '),
      );
      await markStale('import.commit');
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function setTarget(index: number, target: ImportTarget) {
    if (!mapping) return;
    setMapping({ ...mapping, targets: mapping.targets.map((old, i) => (i === index ? target : old)) });
  }

  const accepted = preview ? preview.parts.reduce((sum, part) => sum + part.accepted, 0) : 0;
  const dikRows = preview ? preview.parts.reduce((sum, part) => sum + (part.byCategory.dikecualikan ?? 0), 0) : 0;
  // Every sheet's rows: with all sheets, the DIK sheet's rows are the ones that need a look.
  const rows = preview ? preview.parts.flatMap((part) => part.rows.map((row) => ({ row, sheet: part.sheet }))) : [];

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {intro ?? t('register.importer.intro')}
      </Text>
      <Group align="flex-end">
        <FileInput
          label={t('register.importer.pick')}
          placeholder={t('register.importer.drop')}
          accept=".xlsx,.csv"
          onChange={(file) => void pick(file)}
          w={360}
          clearable
        />
      </Group>
      <ErrorNotice error={error} />
      {preview && mapping ? (
        <>
          <ImportListChoice
            preview={preview}
            choice={choice}
            onChange={(next) => {
              // Another sheet or list is detected afresh (a bare "Jangka Waktu" means retention in a DIP only).
              const redetect = next.sheet !== choice.sheet || next.list !== choice.list;
              setChoice(next);
              if (uploadId) void run(uploadId, redetect ? null : mapping, next);
            }}
          />
          {dikRows > 0 ? (
            <ImportDecisionFields
              choice={decision}
              dikRows={dikRows}
              onChange={setDecision}
              onSettled={() => {
                if (uploadId && JSON.stringify(decisionRequest(decision, null)) !== previewedWith) void run(uploadId, mapping, choice);
              }}
            />
          ) : null}
          {preview.remembered ? <Alert color="blue">{t('register.importer.remembered')}</Alert> : null}
          <Text role="status" fw={500}>
            {t('register.importer.summary', preview)}
          </Text>
          <Group align="flex-end">
            <NumberInput
              label={t('register.importer.headerRow')}
              min={1}
              max={100}
              value={mapping.headerRow}
              onChange={(v) => setMapping({ ...mapping, headerRow: Number(v) || 1 })}
              w={160}
            />
            <NumberInput
              label={t('register.importer.headerDepth')}
              min={1}
              max={3}
              value={mapping.headerDepth}
              onChange={(v) => setMapping({ ...mapping, headerDepth: Number(v) || 1 })}
              w={160}
            />
            <Button variant="default" loading={busy} onClick={() => uploadId && void run(uploadId, mapping, choice)}>
              {t('register.importer.refresh')}
            </Button>
          </Group>
          {/* Tall enough to check most of a DIP's mapping without scrolling a small box. */}
          <ScrollArea.Autosize mah={400}>
            <Table fz="xs" striped aria-label={t('register.importer.target')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('register.importer.column')}</Table.Th>
                  <Table.Th>{t('register.importer.target')}</Table.Th>
                  <Table.Th>{t('register.importer.sample')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.columns.map((column) => (
                  <Table.Tr key={column.index}>
                    <Table.Td>{column.label || `#${String(column.index + 1)}`}</Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        w={250}
                        aria-label={`${t('register.importer.target')}: ${column.label || String(column.index + 1)}`}
                        data={importTargets.map((target) => ({ value: target, label: t(`register.importer.targets.${target}`) }))}
                        value={mapping.targets[column.index] ?? 'ignore'}
                        allowDeselect={false}
                        onChange={(value) => setTarget(column.index, value ?? 'ignore')}
                      />
                    </Table.Td>
                    <Table.Td c="dimmed">{column.sample.join(' · ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          <ScrollArea h={dikRows > 0 ? 360 : 220}>
            <Table fz="xs" aria-label={t('register.importer.problems')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('register.importer.row')}</Table.Th>
                  <Table.Th>{t('register.fields.category')}</Table.Th>
                  <Table.Th>{t('register.fields.judul')}</Table.Th>
                  <Table.Th>{t('register.importer.problems')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ row, sheet }) => (
                  <Table.Tr key={`${sheet}-${String(row.row)}`}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {preview.parts.length > 1 ? `${sheet} · ` : ''}
                      {row.row}
                    </Table.Td>
                    <Table.Td>{t(`register.categoryShort.${row.category}`)}</Table.Td>
                    <Table.Td>
                      {row.judul}
                      {row.dik ? (
                        <Text size="xs" c="dimmed">
                          {[row.dik.dasarHukum, row.dik.jangkaWaktu, row.dik.keputusan].filter(Boolean).join(' · ')}
                        </Text>
                      ) : null}
                      {row.dikReading ? <ImportDikReadingCell reading={row.dikReading} /> : null}
                    </Table.Td>
                    <Table.Td>
                      {row.problems.length === 0 ? (
                        <Badge size="xs" color="teal" variant="light">
                          {t('register.importer.ok')}
                        </Badge>
                      ) : (
                        row.problems.map((p) => (
                          <Text key={p.field} size="xs" c="red">
                            {en ? p.messageEn : p.message}
                          </Text>
                        ))
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <Group justify="flex-end">
            <Button loading={busy} disabled={accepted === 0 || !choiceComplete(preview, choice)} onClick={() => void commit()}>
              {t('register.importer.commit', { count: accepted })}
            </Button>
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
