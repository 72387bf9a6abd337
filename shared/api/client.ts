import type { Method, MethodInput, MethodOutput } from './contract';
import type { EventName, EventPayload } from './events';
import type { Result } from './result';

/** What a transport offers the client: untyped calls and subscriptions; the client adds the types. */
export interface Transport {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  /** A URL the renderer can put in an <img>/<iframe> for a vault object. */
  vaultUrl(sha256: string): string;
}

export interface ApiClient {
  call<M extends Method>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  vaultUrl(sha256: string): string;
}

/** The typed client over any transport: the renderer never knows which one it has. */
export function createClient(transport: Transport): ApiClient {
  return {
    call: (method, input) => transport.call(method, input) as never,
    on: (event, listener) => transport.subscribe(event, listener as (payload: unknown) => void),
    vaultUrl: (sha256) => transport.vaultUrl(sha256),
  };
}
