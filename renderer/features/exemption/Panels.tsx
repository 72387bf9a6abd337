import { SetPinButton } from '../auth/SetPinButton';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acts } from '../../../shared/domain/approval';
import { skNumberPattern, type Exemption } from '../../../shared/domain/exemption';
import { roles, type Role, type UserFields } from '../../../shared/domain/user';
import { useApiClient } from '../../api/ApiContext';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { href, routes } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DecisionScanCell, scanAccept, stageScan } from './DecisionScan';
import { exemptionQueries } from './queries';

export function EntryLink({ x }: { x: Pick<Exemption, 'entryId' | 'judul'> }) {
  return <Anchor href={href(`${routes.dik}/${String(x.entryId)}`)}>{x.judul}</Anchor>;
}

/** The DIK table as the officer reads it, with status and end date. */
export function ExemptionTable({ rows, label }: { rows: Exemption[]; label: string }) {
  const { t } = useTranslation();
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
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{x.endDate ?? '—'}</Table.Td>
            <Table.Td style={{ minWidth: 130 }}>
              <Badge variant="light">{t(`exemption.status.${x.status}`)}</Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function ClassifyPanel() {
  const { t } = useTranslation();
  const data = useMethod('exemption.classify', {});
  const [by, setBy] = useState<'byEndYear' | 'byKind' | 'byDocumentType'>('byEndYear');
  return (
    <Stack>
      <ErrorNotice error={data.error} />
      <Select
        w={320}
        label={t('exemption.tabs.classify')}
        allowDeselect={false}
        value={by}
        onChange={(value) => setBy(value === 'byKind' || value === 'byDocumentType' ? value : 'byEndYear')}
        data={(['byEndYear', 'byKind', 'byDocumentType'] as const).map((k) => ({ value: k, label: t(`exemption.classify.${k}`) }))}
      />
      {(data.data?.[by] ?? []).map((group) => (
        <Card withBorder key={group.key}>
          <Title order={3} size="h4">
            {group.key.startsWith('~')
              ? t(`exemption.kind.${group.key.slice(1)}`, { defaultValue: group.label })
              : by === 'byKind'
                ? t(`exemption.kind.${group.key}`)
                : group.label}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('exemption.classify.count', { count: group.entries.length })}
          </Text>
          <ExemptionTable rows={group.entries} label={group.label} />
        </Card>
      ))}
    </Stack>
  );
}

export function DuePanel() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState('');
  const due = useMethod('exemption.due', { asOf: asOf === '' ? null : asOf });
  const d = due.data;
  return (
    <Stack>
      <ErrorNotice error={due.error} />
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('exemption.due.asOf')}
          value={asOf || d?.asOf || ''}
          onChange={(e) => setAsOf(e.currentTarget.value)}
        />
        {d ? (
          <Text size="sm" c="dimmed">
            {t('exemption.due.within', { days: d.withinWorkingDays, date: d.horizon })}
          </Text>
        ) : null}
      </Group>
      <Alert color="gray">{t('exemption.due.note')}</Alert>
      {d ? (
        <>
          <Title order={3} size="h4">
            {t('exemption.due.ended')}
          </Title>
          {d.ended.length === 0 ? (
            <Text c="dimmed">{t('exemption.due.none')}</Text>
          ) : (
            <ExemptionTable rows={d.ended} label={t('exemption.due.ended')} />
          )}
          <Title order={3} size="h4">
            {t('exemption.due.ending')}
          </Title>
          {d.ending.length === 0 ? (
            <Text c="dimmed">{t('exemption.due.none')}</Text>
          ) : (
            <ExemptionTable rows={d.ending} label={t('exemption.due.ending')} />
          )}
          <Title order={3} size="h4">
            {t('exemption.due.toReview')}
          </Title>
          {d.toReview.length === 0 ? (
            <Text c="dimmed">{t('exemption.due.none')}</Text>
          ) : (
            <ExemptionTable rows={d.toReview} label={t('exemption.due.toReview')} />
          )}
        </>
      ) : null}
    </Stack>
  );
}

export function DecisionsPanel() {
  const { t } = useTranslation();
  const decisions = useMethod('decision.list', {});
  const approved = useMethod('exemption.list', { status: 'approved' });
  const tests = useMethod('consequence.list', {});
  const create = useMethodMutation('decision.create', exemptionQueries);
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
    testId: null as string | null,
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
        testId: form.testId === null ? null : Number(form.testId),
        scanSha256: null,
      };
      await create.mutateAsync({ fields, scan: upload });
      setScan(null);
      setOpen(false);
      notifications.show({ color: 'teal', message: t('exemption.decision.recorded') });
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
      <ErrorNotice error={decisions.error} />
      {decisions.data?.length === 0 ? <Text c="dimmed">{t('exemption.decision.empty')}</Text> : null}
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
                <Table.Td>{d.date}</Table.Td>
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
            error={numberOdd ? t('exemption.decision.numberOdd') : undefined}
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
          <Select
            label={t('exemption.decision.test')}
            placeholder={t('exemption.decision.noTest')}
            clearable
            data={(tests.data ?? [])
              .filter((x) => x.concludedAt !== null)
              .map((x) => ({ value: String(x.id), label: `UK-${String(x.id).padStart(4, '0')} · ${x.heldOn ?? ''} · ${x.place}` }))}
            value={form.testId}
            onChange={(value) => setForm((f) => ({ ...f, testId: value }))}
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

const blankUser: UserFields = { name: '', nip: '', jabatan: '', roles: [], active: true };

export function UsersPanel() {
  const { t } = useTranslation();
  const users = useMethod('user.list', { includeInactive: true });
  const rules = useMethod('user.rules', {});
  const create = useMethodMutation('user.create', exemptionQueries);
  const setRule = useMethodMutation('user.setRule', exemptionQueries);
  const [draft, setDraft] = useState<UserFields | null>(null);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('exemption.users.intro')}
      </Text>
      <Group justify="flex-end">
        <Button
          onClick={() => {
            create.reset();
            setDraft(blankUser);
          }}
        >
          {t('exemption.users.add')}
        </Button>
      </Group>
      <ErrorNotice error={users.error ?? setRule.error} />
      {users.data?.length === 0 ? <Text c="dimmed">{t('exemption.users.empty')}</Text> : null}
      {users.data && users.data.length > 0 ? (
        <Table striped withTableBorder aria-label={t('exemption.users.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exemption.users.name')}</Table.Th>
              <Table.Th>{t('exemption.users.jabatan')}</Table.Th>
              <Table.Th>{t('exemption.users.roles')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  {u.name}
                  <SetPinButton userId={u.id} name={u.name} />
                </Table.Td>
                <Table.Td>{u.jabatan}</Table.Td>
                <Table.Td>{u.roles.map((r) => t(`exemption.users.role.${r}`)).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Title order={3} size="h4">
        {t('exemption.users.rules')}
      </Title>
      {rules.data ? (
        <Table withTableBorder aria-label={t('exemption.users.rules')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {roles.map((r) => (
                <Table.Th key={r}>{t(`exemption.users.role.${r}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {acts.map((act) => (
              <Table.Tr key={act}>
                <Table.Td>{t(`exemption.users.act.${act}`)}</Table.Td>
                {roles.map((role) => {
                  const current = rules.data[act];
                  const on = current.includes(role);
                  return (
                    <Table.Td key={role}>
                      <Checkbox
                        aria-label={`${t(`exemption.users.act.${act}`)}: ${t(`exemption.users.role.${role}`)}`}
                        checked={on}
                        onChange={() => setRule.mutate({ act, roles: on ? current.filter((r) => r !== role) : [...current, role] })}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Modal opened={draft !== null} onClose={() => setDraft(null)} title={t('exemption.users.add')}>
        {draft ? (
          <Stack>
            <ErrorNotice error={create.error} />
            <TextInput
              label={t('exemption.users.name')}
              value={draft.name}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => (d ? { ...d, name: v } : d));
              }}
            />
            <TextInput
              label={t('exemption.users.jabatan')}
              value={draft.jabatan}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => (d ? { ...d, jabatan: v } : d));
              }}
            />
            <TextInput
              label={t('exemption.users.nip')}
              value={draft.nip}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => (d ? { ...d, nip: v } : d));
              }}
            />
            <MultiSelect
              label={t('exemption.users.roles')}
              searchable
              data={roles.map((r) => ({ value: r, label: t(`exemption.users.role.${r}`) }))}
              value={draft.roles}
              onChange={(value) => setDraft((d) => (d ? { ...d, roles: roles.filter((r): r is Role => value.includes(r)) } : d))}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('exemption.cancel')}
              </Button>
              <Button loading={create.isPending} onClick={() => create.mutate({ fields: draft }, { onSuccess: () => setDraft(null) })}>
                {t('exemption.save')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
