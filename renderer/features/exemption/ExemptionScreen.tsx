import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import { emptyExemptionFields, emptyTestFields, type ConsequenceTest } from '../../../shared/domain/exemption';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { navigate, routes, useRoute } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { ImportPanel } from '../register/ImportPanel';
import { ActiveUserBar } from './ActiveUserBar';
import { ExemptionDetailScreen } from './ExemptionDetail';
import { ExemptionForm } from './ExemptionForm';
import { ClassifyPanel } from './ClassifyPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { DuePanel } from './DuePanel';
import { EntryLink } from './EntryLink';
import { DikListPanel } from './DikListPanel';
import { useTestListFilter } from './listFilters';
import { UsersPanel } from './UsersPanel';
import { ReferencePanel } from './ReferencePanel';
import { TestEditor } from './TestEditor';
import { useDiscardGuard } from '../../components/useDiscardGuard';

function TestsPanel() {
  const { t } = useTranslation();
  const all = useMethod('consequence.list', {});
  const filter = useTestListFilter(all.data);
  const tests = useMethod('consequence.list', filter.input);
  const [editing, setEditing] = useState<{ test: ConsequenceTest | null } | null>(null);
  const guard = useDiscardGuard(() => setEditing(null));
  return (
    <Stack>
      <Button w="fit-content" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ test: null })}>
        {t('exemption.test.add')}
      </Button>
      {filter.bar}
      <ErrorNotice error={tests.error} />
      {all.data?.length === 0 ? <Text c="dimmed">{t('exemption.test.empty')}</Text> : null}
      {filter.filtering && tests.data?.length === 0 ? filter.noMatch : null}
      {tests.data && tests.data.length > 0 ? (
        <Table striped withTableBorder aria-label={t('exemption.tabs.tests')}>
          <Table.Tbody>
            {tests.data.map((test) => (
              <Table.Tr key={test.id}>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => setEditing({ test })}>
                    UK-{String(test.id).padStart(4, '0')}
                  </Button>
                </Table.Td>
                <Table.Td>
                  {test.heldOn ?? '—'} · {test.place}
                </Table.Td>
                <Table.Td>{test.entries.map((e) => e.judul).join('; ')}</Table.Td>
                <Table.Td>
                  {test.concludedAt ? (
                    <Badge color="teal">{t(`exemption.conclusion.${test.conclusion ?? 'dikecualikan'}`)}</Badge>
                  ) : (
                    <Badge color="gray">{t('exemption.test.draft')}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Modal opened={editing !== null} onClose={guard.requestClose} title={t('exemption.test.title')} size="xl">
        {editing ? (
          <TestEditor
            test={editing.test}
            initial={editing.test ?? emptyTestFields}
            onDone={guard.close}
            onClose={guard.requestClose}
            onDirtyChange={guard.setDirty}
          />
        ) : null}
      </Modal>
      {guard.confirm}
    </Stack>
  );
}

function OpenedPanel() {
  const { t } = useTranslation();
  const list = useMethod('exemption.list', { status: 'opened', includeOpened: true });
  return (
    <Stack>
      <ErrorNotice error={list.error} />
      {list.data?.length === 0 ? <Text c="dimmed">{t('exemption.due.none')}</Text> : null}
      {list.data?.map((x) => (
        <Card withBorder key={x.entryId}>
          <EntryLink x={x} />
          {x.openedTo ? (
            <Text size="sm">
              <EntryLink x={{ entryId: x.openedTo, judul: t('exemption.declassify.openedTo', { id: x.openedTo }) }} />
            </Text>
          ) : null}
        </Card>
      ))}
    </Stack>
  );
}

const exemptionTabs = ['list', 'tests', 'decisions', 'classify', 'due', 'opened', 'users', 'reference'] as const;

/** Informasi yang Dikecualikan: the DIK and the whole exemption SOP, one tab per step. */
export function ExemptionScreen() {
  const { t } = useTranslation();
  const route = useRoute();
  // The tab is part of the route (`#/dikecualikan?tab=due`), so a link such as "Lihat jatuh tempo" lands on it.
  const tab = exemptionTabs.find((key) => key === /[?&]tab=(\w+)/.exec(route)?.[1]) ?? 'list';
  const setTab = (key: string | null) => navigate(`${routes.dik}?tab=${key ?? 'list'}`);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const guard = useDiscardGuard(() => setCreating(false));
  const list = useMethod('exemption.list', {});
  const awaiting = list.data?.filter((x) => x.awaitingDecision).length ?? 0;
  const create = useMethodMutation('exemption.create');
  const entryId = /^\/dikecualikan\/(\d+)$/.exec(route)?.[1];

  return (
    <>
      <PageHeader
        title={t('exemption.title')}
        intro={t('exemption.intro')}
        actions={
          <Group gap="sm">
            {/* An existing DIK, set by an SK years ago, enters the lifecycle through its own import. */}
            <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
              {t('dikImport.open')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => {
                create.reset();
                setCreating(true);
              }}
            >
              {t('exemption.add')}
            </Button>
          </Group>
        }
      />
      <ActiveUserBar />
      {entryId ? (
        <ExemptionDetailScreen entryId={Number(entryId)} />
      ) : (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            {exemptionTabs.map((key) => (
              <Tabs.Tab key={key} value={key}>
                {t(`exemption.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="list">
            <ErrorNotice error={list.error} />
            {awaiting > 0 ? (
              <Alert color="orange" mb="md" title={t('dikImport.awaiting.badge')}>
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('dikImport.awaiting.banner', { count: awaiting })}</Text>
                  <Button size="xs" variant="light" color="orange" onClick={() => setTab('decisions')}>
                    {t('dikImport.awaiting.record')}
                  </Button>
                </Stack>
              </Alert>
            ) : null}
            <DikListPanel />
          </Tabs.Panel>
          <Tabs.Panel value="tests">
            <TestsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="decisions">
            <DecisionsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="classify">
            <ClassifyPanel />
          </Tabs.Panel>
          <Tabs.Panel value="due">
            <DuePanel />
          </Tabs.Panel>
          <Tabs.Panel value="opened">
            <OpenedPanel />
          </Tabs.Panel>
          <Tabs.Panel value="users">
            <UsersPanel />
          </Tabs.Panel>
          <Tabs.Panel value="reference">
            <ReferencePanel />
          </Tabs.Panel>
        </Tabs>
      )}
      <Modal size="90%" opened={importing} onClose={() => setImporting(false)} title={t('dikImport.title')}>
        {importing ? <ImportPanel intro={t('dikImport.intro')} onDone={() => setImporting(false)} /> : null}
      </Modal>
      <Modal opened={creating} onClose={guard.requestClose} title={t('exemption.add')} size="xl">
        <ExemptionForm
          initial={emptyExemptionFields}
          busy={create.isPending}
          serverError={create.error}
          onCancel={guard.requestClose}
          onDirtyChange={guard.setDirty}
          onSubmit={(fields) =>
            create.mutate(
              { fields },
              {
                onSuccess: (saved) => {
                  guard.close();
                  showToast((tr) => tr('exemption.saved'));
                  navigate(`${routes.dik}/${String(saved.entryId)}`);
                },
              },
            )
          }
        />
      </Modal>
      {guard.confirm}
    </>
  );
}
