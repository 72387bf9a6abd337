import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { contract, type Method } from '../../shared/api/contract';
import { events, type EventName } from '../../shared/api/events';
import { eventOfDomain, invalidatorFor, queriesAfterEvent, queriesAfterMethod } from '../../renderer/api/staleness';

/** A live query (as a mounted screen holds it) whose fetches are counted. */
function watched(queryClient: QueryClient, method: Method): { fetches: () => number; stop: () => void } {
  let count = 0;
  const observer = new QueryObserver(queryClient, {
    queryKey: [method, {}],
    queryFn: () => {
      count += 1;
      return count;
    },
    staleTime: Infinity,
  });
  const stop = observer.subscribe(() => undefined);
  return { fetches: () => count, stop };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

describe('what a change makes stale', () => {
  it('classifies every domain of the contract, so a new domain cannot go unrefreshed', () => {
    const domains = new Set(Object.keys(contract).map((method) => method.slice(0, method.indexOf('.'))));
    for (const domain of domains) expect(Object.keys(eventOfDomain), `domain ${domain}`).toContain(domain);
    expect(Object.keys(queriesAfterEvent).sort()).toEqual(Object.keys(events).sort());
  });

  it('names only methods the contract has', () => {
    const all = [...Object.values(queriesAfterEvent).flat(), ...Object.keys(contract).flatMap((m) => queriesAfterMethod(m as Method))];
    for (const method of all) expect(Object.keys(contract)).toContain(method);
  });

  it('a save and the event it causes refetch the register once, not twice', async () => {
    const queryClient = new QueryClient();
    const list = watched(queryClient, 'entry.list');
    const years = watched(queryClient, 'entry.years');
    await settle();
    expect([list.fetches(), years.fetches()]).toEqual([1, 1]);

    const invalidator = invalidatorFor(queryClient);
    // entry.create succeeded in this window; main's entry.changed arrives over SSE a moment later.
    const saved = invalidator.mark(queriesAfterMethod('entry.create'));
    setTimeout(() => void invalidator.mark(queriesAfterEvent['entry.changed' satisfies EventName]), 5);
    await saved;
    await settle();
    expect([list.fetches(), years.fetches()]).toEqual([2, 2]);
    list.stop();
    years.stop();
  });

  it('a change that comes later than the window is still refetched (never left stale)', async () => {
    const queryClient = new QueryClient();
    const list = watched(queryClient, 'exemption.list');
    await settle();
    const invalidator = invalidatorFor(queryClient, 10);
    await invalidator.mark(queriesAfterMethod('exemption.submit'));
    await settle();
    await invalidator.mark(queriesAfterEvent['exemption.changed']);
    await settle();
    expect(list.fetches()).toBe(3);
    list.stop();
  });
});
