import { ActionIcon, Button, Card, Checkbox, Group, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import type { ApprovalChain } from '../../../shared/domain/approval';
import { roles as allRoles, type Role } from '../../../shared/domain/user';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { chainSummary } from './ApprovalProgress';

function move(list: readonly Role[], index: number, by: -1 | 1): Role[] {
  const next = [...list];
  const other = index + by;
  const a = next[index];
  const b = next[other];
  if (a === undefined || b === undefined) return next;
  next[index] = b;
  next[other] = a;
  return next;
}

/**
 * Pengaturan → Alur persetujuan: which roles approve a submitted exemption, in which order, all of
 * them or any one (KPU Pinrang: Pembina PPID, Tim Pertimbangan and Atasan PPID, all three). Main
 * lets only the PPID save it and records the change in the audit trail.
 */
export function ApprovalChainCard() {
  const { t } = useTranslation();
  const stored = useMethod('exemption.approvalChain', {});
  const save = useMethodMutation('exemption.setApprovalChain');
  const [draft, setDraft] = useState<ApprovalChain | null>(null);
  useEffect(() => {
    if (stored.data) setDraft({ roles: stored.data.roles, mode: stored.data.mode, ordered: stored.data.ordered });
  }, [stored.data]);
  const role = (r: Role) => t(`exemption.users.role.${r}`);
  if (!draft || !stored.data) return <ErrorNotice error={stored.error} />;
  const summary = chainSummary(stored.data, t);

  return (
    <Card withBorder aria-label={t('approval.chain.title')} component="section">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('approval.chain.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('approval.chain.intro')}
        </Text>
        <Text size="sm">{t('approval.chain.now', { summary })}</Text>
        <ErrorNotice error={save.error} />
        <Text size="sm" fw={500}>
          {t('approval.chain.roles')}
        </Text>
        <Stack gap={4}>
          {draft.roles.map((r, i) => (
            <Group key={r} gap="xs">
              <Text size="sm" w={24}>
                {i + 1}.
              </Text>
              <Text size="sm" w={200}>
                {role(r)}
              </Text>
              <ActionIcon
                variant="subtle"
                disabled={i === 0}
                aria-label={t('approval.chain.up', { role: role(r) })}
                onClick={() => setDraft({ ...draft, roles: move(draft.roles, i, -1) })}
              >
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                disabled={i === draft.roles.length - 1}
                aria-label={t('approval.chain.down', { role: role(r) })}
                onClick={() => setDraft({ ...draft, roles: move(draft.roles, i, 1) })}
              >
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        <Group gap="md">
          {allRoles.map((r) => (
            <Checkbox
              key={r}
              label={role(r)}
              checked={draft.roles.includes(r)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setDraft({ ...draft, roles: on ? [...draft.roles, r] : draft.roles.filter((x) => x !== r) });
              }}
            />
          ))}
        </Group>
        <Radio.Group
          label={t('approval.chain.mode')}
          value={draft.mode}
          onChange={(value) => setDraft({ ...draft, mode: value === 'all' ? 'all' : 'any' })}
        >
          <Group mt={4}>
            <Radio value="all" label={t('approval.chain.modeAll')} />
            <Radio value="any" label={t('approval.chain.modeAny')} />
          </Group>
        </Radio.Group>
        <Switch
          label={t('approval.chain.ordered')}
          checked={draft.mode === 'all' && draft.ordered}
          disabled={draft.mode !== 'all'}
          onChange={(e) => setDraft({ ...draft, ordered: e.currentTarget.checked })}
        />
        {/* On the left: a toast in the bottom-right corner never hides it. */}
        <Group>
          <Button
            loading={save.isPending}
            disabled={draft.roles.length === 0}
            onClick={() =>
              save.mutate(
                { chain: draft, expectedVersion: stored.data.version },
                { onSuccess: () => showToast((tr) => tr('approval.chain.saved')) },
              )
            }
          >
            {t('approval.chain.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
