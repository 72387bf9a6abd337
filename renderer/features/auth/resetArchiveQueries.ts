import type { QueryClient } from '@tanstack/react-query';

/** What the shell itself needs and anyone may read (policy `open`): kept, so the frame never flashes a loader. */
const shell = new Set(['settings.get', 'app.info', 'recovery.status', 'agency.get']);

/**
 * At a change of person: every cached answer about the archive is dropped (the next person must not
 * see the last one's data, and a signed-out window holds none), and refetched as the new person.
 */
export async function resetArchiveQueries(queryClient: QueryClient): Promise<void> {
  // auth.status is refetched, not reset: the sign-in gate keeps its last answer meanwhile, so the
  // screens under it stay mounted (and keep their tab and open record) across a change of person.
  await queryClient.invalidateQueries({ queryKey: ['auth.status'] });
  await queryClient.resetQueries({ predicate: (query) => !shell.has(String(query.queryKey[0])) && query.queryKey[0] !== 'auth.status' });
}
