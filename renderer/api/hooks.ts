import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/client';
import type { Method, MethodInput, MethodOutput } from '../../shared/api/contract';
import { useApiClient } from './ApiContext';
import { ApiFailure } from './ApiFailure';

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

/** A contract method as a mutation; every successful change refreshes the queries it names. */
export function useMethodMutation<M extends Method>(method: M, invalidates: Method[] = []) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => callOrThrow(client, method, input),
    onSuccess: async () => {
      await Promise.all([...invalidates, 'app.info', 'audit.list'].map((name) => queryClient.invalidateQueries({ queryKey: [name] })));
    },
  });
}
