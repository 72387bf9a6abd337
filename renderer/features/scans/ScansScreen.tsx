import { Badge, Group, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { FindByCode } from '../ordner/FindByCode';
import { InboxPanel } from './InboxPanel';
import { VaultSettingsPanel } from './VaultSettingsPanel';
import { VerifyPanel } from './VerifyPanel';

/** Pindaian: the scanner inbox, documents, Periksa Keutuhan and the scan settings. */
export function ScansScreen() {
  const { t } = useTranslation();
  const status = useMethod('vault.status', {});
  const inbox = useMethod('inbox.list', {});
  const waiting = inbox.data?.items.length ?? 0;
  return (
    <>
      <PageHeader title={t('vault.title')} intro={t('vault.intro')} actions={<FindByCode />} />
      <Tabs defaultValue="inbox" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="inbox">
            <Group gap={6}>
              {t('vault.tabs.inbox')}
              {waiting > 0 ? (
                <Badge size="sm" circle>
                  {waiting}
                </Badge>
              ) : null}
            </Group>
          </Tabs.Tab>
          <Tabs.Tab value="documents">{t('vault.tabs.documents')}</Tabs.Tab>
          <Tabs.Tab value="verify">{t('vault.tabs.verify')}</Tabs.Tab>
          <Tabs.Tab value="settings">{t('vault.tabs.settings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inbox">
          <InboxPanel />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="verify">
          <VerifyPanel />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <VaultSettingsPanel key={status.data ? 'ready' : 'loading'} config={status.data?.config} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
