import { Button, FileInput, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast';
import type { Role } from '../../../shared/domain/user';
import type { ExemptionDetail } from '../../../shared/domain/exemption';
import { useApiClient } from '../../api/ApiContext';
import { useMethod, useMethodMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { scanAccept, stageScan } from './DecisionScan';

const OTHER = 'other';

/**
 * The desk records an approval signed on paper: whose (a person of the list, or a name typed for
 * someone without a profile), in which awaited role, signed on which day, with the scan of the sheet.
 * Main checks the rest (the desk's right, the order, nobody twice, no self-approval, the file's bytes).
 */
export function PaperApprovalDialog({ x, today, onClose }: { x: ExemptionDetail; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const users = useMethod('user.list', {});
  const record = useMethodMutation('exemption.recordApproval');
  const awaiting = x.approval?.next ? [x.approval.next] : (x.approval?.awaiting ?? []);
  const [role, setRole] = useState<Role | null>(awaiting[0] ?? null);
  const [who, setWho] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [signedOn, setSignedOn] = useState(today);
  const [note, setNote] = useState('');
  const [scan, setScan] = useState<File | null>(null);
  const [staging, setStaging] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const holders = (users.data ?? []).filter((u) => role !== null && u.roles.includes(role));

  async function save() {
    if (role === null || scan === null) return;
    setStaging({ busy: true, error: null });
    try {
      const upload = await stageScan(client, scan);
      const userId = who !== null && who !== OTHER ? Number(who) : null;
      await record.mutateAsync({
        entryId: x.entryId,
        expectedVersion: x.version,
        approver: { userId, name: userId === null ? name : '', role },
        signedOn,
        note,
        scan: upload,
      });
      showToast((tr) => tr('approval.paper.done'));
      onClose();
    } catch (caught) {
      setStaging({ busy: false, error: caught });
      return;
    }
    setStaging({ busy: false, error: null });
  }

  return (
    <Modal opened onClose={onClose} title={t('approval.paper.title')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('approval.paper.intro')}
        </Text>
        <ErrorNotice error={staging.error} />
        <Select
          label={t('approval.paper.role')}
          data={awaiting.map((r) => ({ value: r, label: t(`exemption.users.role.${r}`) }))}
          value={role}
          onChange={(value) => {
            setRole(awaiting.find((r) => r === value) ?? null);
            setWho(null);
          }}
          allowDeselect={false}
        />
        <Select
          label={t('approval.paper.approver')}
          data={[
            ...holders.map((u) => ({ value: String(u.id), label: u.jabatan ? `${u.name} — ${u.jabatan}` : u.name })),
            { value: OTHER, label: t('approval.paper.other') },
          ]}
          value={who}
          onChange={setWho}
          allowDeselect={false}
        />
        {who === OTHER ? (
          <TextInput label={t('approval.paper.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        ) : null}
        <TextInput type="date" label={t('approval.paper.signedOn')} value={signedOn} onChange={(e) => setSignedOn(e.currentTarget.value)} />
        <TextInput label={t('approval.paper.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <FileInput
          label={t('approval.paper.scan')}
          description={t('approval.paper.scanHint')}
          value={scan}
          onChange={(file) => {
            setScan(file);
            setStaging({ busy: false, error: null });
          }}
          accept={scanAccept}
          clearable
          withAsterisk
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('exemption.cancel')}
          </Button>
          <Button
            loading={staging.busy}
            disabled={role === null || who === null || scan === null || (who === OTHER && name.trim() === '')}
            onClick={() => void save()}
          >
            {t('approval.paper.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
