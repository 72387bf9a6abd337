import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/client';
import type { EventName } from '../../shared/api/events';
import { invalidatorFor, queriesAfterEvent } from './staleness';

/** Another window's (or this one's) change arrives as an event and marks what it made stale. */
export function subscribeLiveRefresh(client: ApiClient, queryClient: QueryClient): () => void {
  const invalidator = invalidatorFor(queryClient);
  const stops = (Object.keys(queriesAfterEvent) as EventName[])
    .filter((event) => queriesAfterEvent[event].length > 0)
    .map((event) => client.on(event, () => void invalidator.mark(queriesAfterEvent[event])));
  return () => {
    for (const stop of stops) stop();
  };
}
