import type { QueryClient } from '@tanstack/react-query';

/** What the shell itself needs and anyone may read (policy `open`): kept, so the frame never flashes a loader. */
const shell = new Set(['settings.get', 'app.info', 'recovery.status', 'agency.get']);

/**
 * At a change of person: every cached answer about the archive is dropped (the next person must not
 * see the last one's data, and a signed-out window holds none), and refetched as the new person.
 */
export function resetArchiveQueries(queryClient: QueryClient): Promise<void> {
  return queryClient.resetQueries({ predicate: (query) => !shell.has(String(query.queryKey[0])) });
}
