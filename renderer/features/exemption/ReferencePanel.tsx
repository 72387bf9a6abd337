import { ActionIcon, Badge, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { groundCitation, isLastingGround, type Ground } from '../../../shared/domain/pasal17';
import { holidayKinds, type Holiday } from '../../../shared/domain/workingDays';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { useToday } from '../../api/useToday';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useConfirm } from '../../components/useConfirm';
import { useDateWords } from '../../api/useDateTime';

/** Reference data feeds the forms, the printed DIK and the due dates, so a change refreshes all of them. */

function natureKey(code: string): 'lasting' | 'notPermanent' | 'byRuling' {
  if (isLastingGround(code)) return 'lasting';
  return /^17[a-f]/.test(code) ? 'notPermanent' : 'byRuling';
}

/** One Pasal 17 ground; "Ubah" turns the row into inputs, edited in place. */
function GroundRow({ ground }: { ground: Ground }) {
  const { t } = useTranslation();
  const update = useMethodMutation('reference.updateGround');
  const [draft, setDraft] = useState<Ground | null>(null);
  const nature = natureKey(ground.code);
  if (!draft) {
    return (
      <Table.Tr>
        <Table.Td ff="monospace">{ground.code}</Table.Td>
        <Table.Td>
          <Text size="xs">{groundCitation(ground.code)}</Text>
        </Table.Td>
        <Table.Td>{ground.labelId}</Table.Td>
        <Table.Td>
          <Text size="sm" c="dimmed">
            {ground.labelEn}
          </Text>
        </Table.Td>
        <Table.Td maw={220}>
          <Text size="xs" c={nature === 'lasting' ? 'grape.8' : nature === 'notPermanent' ? 'blue.8' : 'gray.7'}>
            {t(`exemption.reference.${nature}`)}
          </Text>
        </Table.Td>
        <Table.Td>
          {ground.active ? t('exemption.reference.active') : <Badge color="gray">{t('exemption.reference.inactive')}</Badge>}
        </Table.Td>
        <Table.Td>
          <ActionIcon
            variant="subtle"
            aria-label={t('exemption.reference.edit', { what: ground.code })}
            onClick={() => {
              update.reset();
              setDraft(ground);
            }}
          >
            <IconPencil size={16} />
          </ActionIcon>
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr>
      <Table.Td ff="monospace" style={{ verticalAlign: 'top' }}>
        {ground.code}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Text size="xs">{groundCitation(ground.code)}</Text>
      </Table.Td>
      <Table.Td colSpan={5}>
        <Stack gap="xs">
          <ErrorNotice error={update.error} />
          <TextInput
            label={t('exemption.reference.labelId')}
            value={draft.labelId}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setDraft((d) => (d ? { ...d, labelId: v } : d));
            }}
          />
          <TextInput
            label={t('exemption.reference.labelEn')}
            value={draft.labelEn}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setDraft((d) => (d ? { ...d, labelEn: v } : d));
            }}
          />
          <Group justify="space-between">
            <Checkbox
              label={t('exemption.reference.active')}
              checked={draft.active}
              onChange={(e) => {
                const v = e.currentTarget.checked;
                setDraft((d) => (d ? { ...d, active: v } : d));
              }}
            />
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setDraft(null)}>
                {t('exemption.reference.cancel')}
              </Button>
              <Button
                size="xs"
                loading={update.isPending}
                onClick={() =>
                  update.mutate(
                    { ground: { code: draft.code, labelId: draft.labelId, labelEn: draft.labelEn, active: draft.active } },
                    {
                      onSuccess: () => {
                        setDraft(null);
                        showToast((tr) => tr('exemption.reference.saved'));
                      },
                    },
                  )
                }
              >
                {t('exemption.reference.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function GroundsSection() {
  const { t } = useTranslation();
  const grounds = useMethod('reference.grounds', { includeInactive: true });
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('exemption.reference.grounds')}
      </Title>
      <ErrorNotice error={grounds.error} />
      <Table striped withTableBorder aria-label={t('exemption.reference.grounds')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exemption.reference.code')}</Table.Th>
            <Table.Th>{t('exemption.reference.citation')}</Table.Th>
            <Table.Th>{t('exemption.reference.labelId')}</Table.Th>
            <Table.Th>{t('exemption.reference.labelEn')}</Table.Th>
            <Table.Th>{t('exemption.reference.nature')}</Table.Th>
            <Table.Th>{t('exemption.reference.active')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(grounds.data ?? []).map((ground) => (
            <GroundRow key={ground.code} ground={ground} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

interface StatuteDraft {
  id: number | null;
  text: string;
  active: boolean;
}

function StatutesSection() {
  const { t } = useTranslation();
  const statutes = useMethod('reference.statutes', {});
  const save = useMethodMutation('reference.saveStatute');
  const [draft, setDraft] = useState<StatuteDraft | null>(null);
  const edit = (value: StatuteDraft) => {
    save.reset();
    setDraft(value);
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('exemption.reference.statutes')}
        </Title>
        <Button size="xs" onClick={() => edit({ id: null, text: '', active: true })}>
          {t('exemption.reference.addStatute')}
        </Button>
      </Group>
      <ErrorNotice error={statutes.error} />
      <Table striped withTableBorder aria-label={t('exemption.reference.statutes')}>
        <Table.Tbody>
          {(statutes.data ?? []).map((statute) => (
            <Table.Tr key={statute.id}>
              <Table.Td c={statute.active ? 'inherit' : 'dimmed'}>{statute.text}</Table.Td>
              <Table.Td w={110}>
                {statute.active ? t('exemption.reference.active') : <Badge color="gray">{t('exemption.reference.inactive')}</Badge>}
              </Table.Td>
              <Table.Td w={50}>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('exemption.reference.edit', { what: statute.text })}
                  onClick={() => edit(statute)}
                >
                  <IconPencil size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={draft !== null}
        onClose={() => setDraft(null)}
        title={draft?.id === null ? t('exemption.reference.addStatute') : t('exemption.reference.editStatute')}
        size="lg"
      >
        {draft ? (
          <Stack>
            <ErrorNotice error={save.error} />
            <TextInput
              label={t('exemption.reference.statute')}
              placeholder="UU 43/2009 tentang Kearsipan Pasal 44 ayat (1) huruf h"
              value={draft.text}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => (d ? { ...d, text: v } : d));
              }}
              data-autofocus
            />
            <Checkbox
              label={t('exemption.reference.statuteActive')}
              checked={draft.active}
              onChange={(e) => {
                const v = e.currentTarget.checked;
                setDraft((d) => (d ? { ...d, active: v } : d));
              }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('exemption.reference.cancel')}
              </Button>
              <Button
                loading={save.isPending}
                onClick={() =>
                  save.mutate(draft, {
                    onSuccess: () => {
                      setDraft(null);
                      showToast((tr) => tr('exemption.reference.saved'));
                    },
                  })
                }
              >
                {t('exemption.reference.save')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}

const isEstimate = (holiday: Holiday) => /\(perkiraan\)/i.test(holiday.name);

function HolidaysSection({ today }: { today: number }) {
  const { t } = useTranslation();
  const day = useDateWords();
  const all = useMethod('holiday.list', { year: null });
  const [year, setYear] = useState(String(today));
  const save = useMethodMutation('holiday.save');
  const remove = useMethodMutation('holiday.remove');
  const confirm = useConfirm();
  const [draft, setDraft] = useState<Holiday>({ date: '', name: '', kind: 'libur_nasional' });
  const years = [...new Set([today - 1, today, today + 1, ...(all.data ?? []).map((h) => Number(h.date.slice(0, 4)))])].sort(
    (a, b) => a - b,
  );
  const shown = (all.data ?? []).filter((h) => h.date.startsWith(`${year}-`));
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('exemption.reference.holidays')}
      </Title>
      <ErrorNotice error={all.error ?? save.error ?? remove.error} />
      {confirm.modal}
      <Group align="flex-end">
        <Select
          w={120}
          label={t('exemption.reference.year')}
          allowDeselect={false}
          value={year}
          onChange={(v) => setYear(v ?? String(today))}
          data={years.map(String)}
        />
        {shown.some(isEstimate) ? (
          <Text size="sm" c="orange.8" maw={560}>
            {t('exemption.reference.estimateNote')}
          </Text>
        ) : null}
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">{t('exemption.reference.noHolidays')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={`${t('exemption.reference.holidays')} ${year}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exemption.reference.date')}</Table.Th>
              <Table.Th>{t('exemption.reference.name')}</Table.Th>
              <Table.Th>{t('exemption.reference.kind')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((h) => (
              <Table.Tr key={h.date}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(h.date)}</Table.Td>
                <Table.Td>
                  {isEstimate(h) ? (
                    <>
                      {h.name.replace(/\s*\(perkiraan\)/i, '')}{' '}
                      <Badge color="orange" variant="light" size="sm">
                        {t('exemption.reference.estimate')}
                      </Badge>
                    </>
                  ) : (
                    h.name
                  )}
                </Table.Td>
                <Table.Td>{t(`exemption.reference.kinds.${h.kind}`)}</Table.Td>
                <Table.Td w={50}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('exemption.reference.removeHoliday', { date: day(h.date), name: h.name })}
                    loading={remove.isPending && remove.variables.date === h.date}
                    onClick={() =>
                      confirm.ask({
                        title: t('confirm.holidayTitle'),
                        body: t('confirm.holidayBody', { date: day(h.date), name: h.name }),
                        onYes: () =>
                          remove.mutate({ date: h.date }, { onSuccess: () => showToast((tr) => tr('exemption.reference.removed')) }),
                      })
                    }
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('exemption.reference.date')}
          value={draft.date}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setDraft((d) => ({ ...d, date: v }));
          }}
        />
        <TextInput
          flex={1}
          miw={240}
          label={t('exemption.reference.name')}
          value={draft.name}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setDraft((d) => ({ ...d, name: v }));
          }}
        />
        <Select
          w={180}
          label={t('exemption.reference.kind')}
          allowDeselect={false}
          value={draft.kind}
          onChange={(v) => setDraft((d) => ({ ...d, kind: v === 'cuti_bersama' ? 'cuti_bersama' : 'libur_nasional' }))}
          data={holidayKinds.map((k) => ({ value: k, label: t(`exemption.reference.kinds.${k}`) }))}
        />
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { holiday: draft },
              {
                onSuccess: (saved) => {
                  setYear(saved.date.slice(0, 4));
                  setDraft({ date: '', name: '', kind: 'libur_nasional' });
                  showToast((tr) => tr('exemption.reference.saved'));
                },
              },
            )
          }
        >
          {t('exemption.reference.addHoliday')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Data rujukan: Pasal 17 grounds, other statutes and the holiday calendar, editable because laws and holidays change. */
export function ReferencePanel() {
  const { t } = useTranslation();
  // The archive's clock (it can be set for a test or a review) in the body's time zone, not the browser's.
  const today = useToday().year;
  return (
    <Stack gap="xl">
      <Text size="sm" c="dimmed">
        {t('exemption.reference.intro')}
      </Text>
      <GroundsSection />
      <StatutesSection />
      <HolidaysSection key={today} today={today} />
    </Stack>
  );
}
