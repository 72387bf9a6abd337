import { Button, Group, Modal, NavLink, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../api/hooks';
import { ErrorNotice } from './ErrorNotice';

/**
 * Browser mode's folder picker: main lists the subfolders of a folder that exists (never files),
 * the officer walks down, up, or types a path, and chooses the folder shown.
 */
export function FolderBrowser({
  start,
  onChoose,
  onClose,
}: {
  start: string | null;
  onChoose: (path: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState<string | null>(start);
  const [typed, setTyped] = useState(start ?? '');
  const listing = useMethod('folder.list', { path }, { retry: false });
  // '' goes back to main's start (the home folder).
  const go = (next: string) => {
    setPath(next === '' ? null : next);
    setTyped(next);
  };
  const shown = listing.data;
  if (shown && typed === '' && path === null) setTyped(shown.path);
  return (
    <Modal opened onClose={onClose} title={t('folder.title')} size="lg" zIndex={300}>
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('folder.onlyFolders')}
        </Text>
        <form
          onSubmit={(event) => {
            // The dialog is portalled out of the settings form, but React bubbles submit through
            // portals: without this, Enter here would also save the settings form around it.
            event.preventDefault();
            event.stopPropagation();
            if (typed.trim()) setPath(typed.trim());
          }}
        >
          <TextInput label={t('folder.current')} ff="monospace" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />
        </form>
        {/* A typed path that does not exist is refused by main; the last good listing stays usable. */}
        <ErrorNotice error={listing.error} />
        {listing.isError && path !== null ? (
          <Button size="compact-sm" variant="light" w="fit-content" onClick={() => go('')}>
            {t('folder.home')}
          </Button>
        ) : null}
        {shown ? (
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {t('folder.places')}:
            </Text>
            {shown.places.map((place) => (
              <Button key={place.path} size="compact-xs" variant="light" onClick={() => go(place.path)}>
                {place.name}
              </Button>
            ))}
          </Group>
        ) : null}
        {shown ? (
          <Stack gap={4}>
            <Group justify="space-between">
              <Text size="sm" fw={500}>
                {t('folder.subfolders')}
              </Text>
              <Button size="compact-xs" variant="default" disabled={shown.parent === null} onClick={() => shown.parent && go(shown.parent)}>
                {t('folder.up')}
              </Button>
            </Group>
            <ScrollArea h={280} type="auto" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
              <nav aria-label={t('folder.subfolders')}>
                {shown.folders.map((folder) => (
                  <NavLink key={folder.path} label={folder.name} onClick={() => go(folder.path)} py={4} />
                ))}
              </nav>
              {shown.folders.length === 0 ? (
                <Text size="sm" c="dimmed" p="sm">
                  {t('folder.none')}
                </Text>
              ) : null}
            </ScrollArea>
            {shown.truncated ? (
              <Text size="xs" c="dimmed">
                {t('folder.truncated', { count: shown.folders.length })}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('folder.cancel')}
          </Button>
          <Button disabled={!shown || listing.isError} onClick={() => shown && onChoose(shown.path)}>
            {t('folder.choose')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
