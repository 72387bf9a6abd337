import type { EventName, EventPayload } from '../../../shared/api/events';

export type EventListener = (event: EventName, payload: unknown) => void;

/** Fan-out of core events to whatever transports are attached (IPC windows, SSE streams). */
export function createEventBus() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
