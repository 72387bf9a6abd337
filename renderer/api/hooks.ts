import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/client';
import type { Method, MethodInput, MethodOutput } from '../../shared/api/contract';
import { useApiClient } from './ApiContext';
import { ApiFailure } from './ApiFailure';
import { invalidatorFor, queriesAfterMethod } from './staleness';

export async function callOrThrow<M extends Method>(client: ApiClient, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await client.call(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

/** A contract method as a cached query, keyed by method and input. */
export function useMethod<M extends Method>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>>, 'queryKey' | 'queryFn'> = {},
) {
  const client = useApiClient();
  return useQuery<MethodOutput<M>>({
    queryKey: [method, input],
    queryFn: () => callOrThrow(client, method, input),
    ...options,
  });
}

/**
 * A contract method as a mutation. A success marks what the change made stale (staleness.ts names it
 * per domain); the event main emits for the same change joins the same refetch instead of a second one.
 */
export function useMethodMutation<M extends Method>(method: M) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => callOrThrow(client, method, input),
    onSuccess: () => invalidatorFor(queryClient).mark(queriesAfterMethod(method)),
  });
}

/** For changes made through `callOrThrow` (uploads, multi-step saves): marks what `method` made stale. */
export function useMarkStale(): (method: Method) => Promise<void> {
  const queryClient = useQueryClient();
  return (method) => invalidatorFor(queryClient).mark(queriesAfterMethod(method));
}
