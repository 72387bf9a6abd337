import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { AgencyScreen } from '../features/agency/AgencyScreen';
import { AuthGate } from '../features/auth/AuthGate';
import { AuditScreen } from '../features/audit/AuditScreen';
import { BackupScreen } from '../features/backup/BackupScreen';
import { RecoveryScreen } from '../features/backup/RecoveryScreen';
import { useMethod } from '../api/hooks';
import { ExemptionScreen } from '../features/exemption/ExemptionScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { PublishScreen } from '../features/publish/PublishScreen';
import { RequestScreen } from '../features/request/RequestScreen';
import { RegisterScreen } from '../features/register/RegisterScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useStoredLanguage } from '../features/settings/useLanguage';
import { UnitsScreen } from '../features/units/UnitsScreen';
import { DocumentScreen } from '../features/documents/DocumentScreen';
import { OrdnerScreen } from '../features/ordner/OrdnerScreen';
import { ScansScreen } from '../features/scans/ScansScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { routes, useRoute } from './routes';

/** Screens by route; each feature folder owns its screen. */
const screens: Record<string, () => ReactNode> = {
  [routes.home]: () => <HomeScreen />,
  [routes.dip]: () => <RegisterScreen />,
  [routes.dik]: () => <ExemptionScreen />,
  [routes.ordner]: () => <OrdnerScreen />,
  [routes.scans]: () => <ScansScreen />,
  [routes.documents]: () => <DocumentScreen />,
  [routes.publish]: () => <PublishScreen />,
  [routes.requests]: () => <RequestScreen />,
  [routes.settings]: () => <SettingsScreen />,
  [routes.agency]: () => <AgencyScreen />,
  [routes.units]: () => <UnitsScreen />,
  [routes.audit]: () => <AuditScreen />,
  [routes.backup]: () => <BackupScreen />,
};

export function App() {
  const route = useRoute();
  const ready = useStoredLanguage();
  // A damaged archive opens in recovery mode: one screen, no other route (asked once; the answer changes only by a restore).
  const recovery = useMethod('recovery.status', {}, { staleTime: Infinity, refetchOnWindowFocus: false });
  if (recovery.data?.mode === 'recovery') {
    return (
      <Layout>
        <RecoveryScreen status={recovery.data} />
      </Layout>
    );
  }
  // `/naskah/12`, `/ordner/3`: a record inside a screen.
  const screen = screens[route.replace(/\?.*$/, '')] ?? screens[route.replace(/\/\d+$/, '')] ?? screens[routes.home];
  return (
    <AuthGate>
      <Layout>
        <ErrorBoundary key={route}>
          {ready && screen ? (
            screen()
          ) : (
            <Center h={200}>
              <Loader aria-label="…" />
            </Center>
          )}
        </ErrorBoundary>
      </Layout>
    </AuthGate>
  );
}
