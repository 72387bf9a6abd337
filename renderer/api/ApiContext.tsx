import { createContext, useContext, type ReactNode } from 'react';
import type { RendererClient } from './client';

const ApiContext = createContext<RendererClient | null>(null);

export function ApiProvider({ client, children }: { client: RendererClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApiClient(): RendererClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApiClient outside ApiProvider');
  return client;
}
