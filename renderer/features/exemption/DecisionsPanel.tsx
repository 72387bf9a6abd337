import { Badge, Button, FileInput, Group, Modal, MultiSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { skNumberPattern } from '../../../shared/domain/exemption';
import { useApiClient } from '../../api/ApiContext';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DecisionScanCell, scanAccept, stageScan } from './DecisionScan';
import { useDecisionListFilter } from './listFilters';
import { useDateWords } from '../../api/useDateTime';

export function DecisionsPanel() {
  const { t } = useTranslation();
  const day = useDateWords();
  const allDecisions = useMethod('decision.list', {});
  const filter = useDecisionListFilter(allDecisions.data);
  const decisions = useMethod('decision.list', filter.input);
  const approved = useMethod('exemption.list', { status: 'approved' });
  const tests = useMethod('consequence.list', {});
  const create = useMethodMutation('decision.create');
  const client = useApiClient();
  const [open, setOpen] = useState(false);
  const [scan, setScan] = useState<File | null>(null);
  const [staging, setStaging] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const [form, setForm] = useState({
    number: '',
    date: '',
    signerName: '',
    signerPosition: '',
    entryIds: [] as string[],
    testIds: [] as string[],
  });
  const numberOdd = form.number !== '' && !skNumberPattern.test(form.number);

  /** Stages the signed scan (if picked) and records the SK with it: main stores both in one transaction. */
  async function record() {
    setStaging({ busy: true, error: null });
    try {
      const upload = scan ? await stageScan(client, scan) : null;
      const fields = {
        number: form.number,
        date: form.date,
        signerName: form.signerName,
        signerPosition: form.signerPosition,
        entryIds: form.entryIds.map(Number),
        testIds: form.testIds.map(Number),
        scanSha256: null,
      };
      await create.mutateAsync({ fields, scan: upload });
      setScan(null);
      setOpen(false);
      showToast((tr) => tr('exemption.decision.recorded'));
      setStaging({ busy: false, error: null });
    } catch (caught) {
      setStaging({ busy: false, error: caught });
    }
  }
  return (
    <Stack>
      <Group justify="flex-end">
        <Button
          onClick={() => {
            setStaging({ busy: false, error: null });
            setOpen(true);
          }}
        >
          {t('exemption.decision.add')}
        </Button>
      </Group>
      {filter.bar}
      <ErrorNotice error={decisions.error} />
      {allDecisions.data?.length === 0 ? <Text c="dimmed">{t('exemption.decision.empty')}</Text> : null}
      {filter.filtering && decisions.data?.length === 0 ? filter.noMatch : null}
      {decisions.data && decisions.data.length > 0 ? (
        <Table striped withTableBorder aria-label={t('exemption.decision.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exemption.decision.number')}</Table.Th>
              <Table.Th>{t('exemption.decision.date')}</Table.Th>
              <Table.Th>{t('exemption.decision.signerName')}</Table.Th>
              <Table.Th>{t('exemption.decision.entries')}</Table.Th>
              <Table.Th>{t('exemption.decision.scanColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {decisions.data.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  {d.number}{' '}
                  <Badge variant="light" size="sm">
                    {t(`exemption.decision.purpose.${d.purpose}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(d.date)}</Table.Td>
                <Table.Td>
                  {d.signerName}, {d.signerPosition}
                </Table.Td>
                <Table.Td>{d.entryIds.map((id) => `#${String(id)}`).join(', ')}</Table.Td>
                <Table.Td>
                  <DecisionScanCell decision={d} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('exemption.decision.add')} size="lg">
        <Stack>
          <ErrorNotice error={staging.error} />
          <TextInput
            label={t('exemption.decision.number')}
            placeholder={t('exemption.decision.numberHint')}
            value={form.number}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setForm((f) => ({ ...f, number: v }));
            }}
            // Numbers come in many shapes: an unusual one gets a neutral hint, never a red error.
            description={numberOdd ? t('exemption.decision.numberOdd') : undefined}
          />
          <TextInput
            type="date"
            label={t('exemption.decision.date')}
            value={form.date}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setForm((f) => ({ ...f, date: v }));
            }}
          />
          <SimpleGrid cols={2}>
            <TextInput
              label={t('exemption.decision.signerName')}
              value={form.signerName}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setForm((f) => ({ ...f, signerName: v }));
              }}
            />
            <TextInput
              label={t('exemption.decision.signerPosition')}
              value={form.signerPosition}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setForm((f) => ({ ...f, signerPosition: v }));
              }}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('exemption.decision.entries')}
            searchable
            description={t('exemption.decision.entriesHint')}
            data={(approved.data ?? [])
              .filter((x) => x.decisionId === null)
              .map((x) => ({ value: String(x.entryId), label: `#${String(x.entryId)} ${x.judul}` }))}
            value={form.entryIds}
            onChange={(value) => setForm((f) => ({ ...f, entryIds: value }))}
          />
          <MultiSelect
            label={t('exemption.decision.tests')}
            placeholder={form.testIds.length === 0 ? t('exemption.decision.noTest') : undefined}
            searchable
            clearable
            data={(tests.data ?? [])
              .filter((x) => x.concludedAt !== null)
              .map((x) => ({ value: String(x.id), label: `UK-${String(x.id).padStart(4, '0')} · ${x.heldOn ?? ''} · ${x.place}` }))}
            value={form.testIds}
            onChange={(value) => setForm((f) => ({ ...f, testIds: value }))}
          />
          <FileInput
            label={t('exemption.decision.scanFile')}
            description={t('exemption.decision.scanFileHint')}
            value={scan}
            onChange={(file) => {
              setScan(file);
              setStaging({ busy: false, error: null });
            }}
            accept={scanAccept}
            clearable
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('exemption.cancel')}
            </Button>
            <Button loading={create.isPending || staging.busy} onClick={() => void record()}>
              {t('exemption.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
