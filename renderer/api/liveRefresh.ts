import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/client';
import type { Method } from '../../shared/api/contract';
import type { EventName } from '../../shared/api/events';

/** Which cached queries each core event makes stale: another window's save shows up here too. */
const refreshes: Partial<Record<EventName, Method[]>> = {
  'agency.changed': ['agency.get', 'app.info', 'audit.list'],
  'unit.changed': ['unit.list', 'app.info', 'audit.list', 'entry.list'],
  'entry.changed': ['entry.list', 'entry.years', 'entry.history', 'app.info', 'audit.list'],
  'exemption.changed': [
    'exemption.list',
    'exemption.get',
    'exemption.classify',
    'exemption.due',
    'exemption.lineage',
    'consequence.list',
    'decision.list',
    'reference.grounds',
    'reference.statutes',
    'holiday.list',
  ],
  'user.changed': ['user.list', 'user.active', 'user.rules'],
  'vault.changed': ['vault.status', 'inbox.list', 'audit.list'],
  'vault.verified': ['vault.status', 'vault.checks', 'audit.list'],
  'inbox.changed': ['inbox.list', 'vault.status'],
  'document.changed': ['document.get', 'document.list', 'document.byEntry', 'ordner.get', 'ordner.list', 'audit.list'],
  'edition.published': ['edition.list', 'edition.diff', 'audit.list', 'app.info'],
  'ordner.changed': ['ordner.list', 'ordner.get', 'place.list', 'document.get', 'audit.list'],
};

export function subscribeLiveRefresh(client: ApiClient, queryClient: QueryClient): () => void {
  const stops = Object.entries(refreshes).map(([event, methods]) =>
    client.on(event as EventName, () => {
      for (const method of methods) void queryClient.invalidateQueries({ queryKey: [method] });
    }),
  );
  return () => {
    for (const stop of stops) stop();
  };
}
