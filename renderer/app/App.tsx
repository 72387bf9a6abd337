import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { AgencyScreen } from '../features/agency/AgencyScreen';
import { AuditScreen } from '../features/audit/AuditScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { ComingSoon } from '../features/placeholder/ComingSoon';
import { RegisterScreen } from '../features/register/RegisterScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useStoredLanguage } from '../features/settings/useLanguage';
import { UnitsScreen } from '../features/units/UnitsScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { routes, useRoute } from './routes';

/** Screens by route; each feature folder owns its screen. */
const screens: Record<string, () => ReactNode> = {
  [routes.home]: () => <HomeScreen />,
  [routes.dip]: () => <RegisterScreen />,
  [routes.dik]: () => <ComingSoon titleKey="nav.dik" />,
  [routes.ordner]: () => <ComingSoon titleKey="nav.ordner" />,
  [routes.scans]: () => <ComingSoon titleKey="nav.scans" />,
  [routes.publish]: () => <ComingSoon titleKey="nav.publish" />,
  [routes.settings]: () => <SettingsScreen />,
  [routes.agency]: () => <AgencyScreen />,
  [routes.units]: () => <UnitsScreen />,
  [routes.audit]: () => <AuditScreen />,
};

export function App() {
  const route = useRoute();
  const ready = useStoredLanguage();
  const screen = screens[route] ?? screens[routes.home];
  return (
    <Layout>
      <ErrorBoundary key={route}>
        {ready && screen ? screen() : <Center h={200}><Loader aria-label="…" /></Center>}
      </ErrorBoundary>
    </Layout>
  );
}
