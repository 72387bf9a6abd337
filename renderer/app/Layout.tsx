import { AppShell, Badge, Group, NavLink, ScrollArea, SegmentedControl, Text, Title } from '@mantine/core';
import {
  IconArchive,
  IconBuildingCommunity,
  IconDatabase,
  IconFileExport,
  IconHistory,
  IconHome,
  IconList,
  IconMessageQuestion,
  IconLock,
  IconScan,
  IconSettings,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NAVBAR_WIDTH, TOAST_ZONE } from './toastZone';
import { useMethod } from '../api/hooks';
import { SignedInMenu } from '../features/auth/SignedInMenu';
import { useLanguage } from '../features/settings/useLanguage';
import { href, routes, useRoute } from './routes';

const mainNav = [
  { path: routes.home, key: 'nav.home', icon: IconHome },
  { path: routes.dip, key: 'nav.dip', icon: IconList },
  { path: routes.dik, key: 'nav.dik', icon: IconLock },
  { path: routes.requests, key: 'request.navLabel', icon: IconMessageQuestion },
  { path: routes.ordner, key: 'nav.ordner', icon: IconArchive },
  { path: routes.scans, key: 'nav.scans', icon: IconScan },
  { path: routes.publish, key: 'nav.publish', icon: IconFileExport },
] as const;

const settingsNav = [
  { path: routes.agency, key: 'nav.agency', icon: IconBuildingCommunity },
  { path: routes.units, key: 'nav.units', icon: IconUsersGroup },
  { path: routes.audit, key: 'nav.audit', icon: IconHistory },
  { path: routes.backup, key: 'backup.title', icon: IconDatabase },
] as const;

/** The app frame: header with the product name and language, the navigation for the whole product. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const route = useRoute();
  const { language, setLanguage } = useLanguage();
  const info = useMethod('app.info', {});
  // Once shown, the screens stay mounted whatever app.info does later (a reset or refetch after a
  // restore must not unmount a screen and lose what it holds, such as the restore's result).
  const shown = useRef(false);
  if (info.data !== undefined || info.isError) shown.current = true;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: NAVBAR_WIDTH, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <IconArchive size={26} aria-hidden />
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm">
            <SignedInMenu />
            <Badge variant="light" color="teal">
              {t('app.offline')}
            </Badge>
            <SegmentedControl
              size="xs"
              aria-label={t('nav.language')}
              value={language}
              onChange={(value) => setLanguage(value === 'en' ? 'en' : 'id')}
              data={[
                { value: 'id', label: 'ID' },
                { value: 'en', label: 'EN' },
              ]}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.menu')}>
        {/* The links end above the toast zone (toastZone.ts) and scroll when the window is short. */}
        <ScrollArea style={{ flex: 1 }} mb={TOAST_ZONE}>
          <div>
            {mainNav.map((item) => (
              <NavLink
                key={item.path}
                href={href(item.path)}
                label={t(item.key)}
                leftSection={<item.icon size={18} aria-hidden />}
                active={item.path === routes.home ? route === routes.home : route.startsWith(item.path)}
              />
            ))}
            <NavLink
              href={href(routes.settings)}
              label={t('nav.settings')}
              leftSection={<IconSettings size={18} aria-hidden />}
              active={route === routes.settings}
            />
            {settingsNav.map((item) => (
              <NavLink
                key={item.path}
                href={href(item.path)}
                label={t(item.key)}
                pl="xl"
                leftSection={<item.icon size={16} aria-hidden />}
                active={route === item.path}
              />
            ))}
          </div>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        {/* Screens wait for app.info: their default dates come from its `today` (api/useToday.ts). */}
        <main>{shown.current ? children : null}</main>
      </AppShell.Main>
    </AppShell>
  );
}
