import type { QueryClient } from '@tanstack/react-query';
import type { Method } from '../../shared/api/contract';
import type { EventName } from '../../shared/api/events';

/**
 * The one map of what a change makes stale. Main emits a domain event after every change (to every
 * window, over IPC or SSE); a window's own mutation marks the same queries when it succeeds, so the
 * change shows without waiting for the event. Both go through one coalescing invalidator, so a save
 * and its event refetch each query once, not twice.
 */
export const queriesAfterEvent: Record<EventName, readonly Method[]> = {
  'agency.changed': ['agency.get', 'app.info'],
  'unit.changed': ['unit.list', 'app.info', 'entry.list'],
  'entry.changed': ['entry.list', 'entry.get', 'entry.years', 'entry.history', 'app.info', 'document.byEntry', 'edition.preview'],
  'exemption.changed': [
    'exemption.list',
    'exemption.get',
    'exemption.classify',
    'exemption.due',
    'exemption.lineage',
    'exemption.approvalChain',
    'consequence.list',
    'consequence.get',
    'decision.list',
    'reference.grounds',
    'reference.statutes',
    'reference.documentTypes',
    'holiday.list',
    'entry.list',
    'entry.get',
    'edition.preview',
    // A holiday edit moves open request deadlines; a refusal shows its DIK entries' grounds.
    'request.list',
    'request.get',
  ],
  // The approve rule's roles are the approval chain's; auth.status says who has a PIN.
  'user.changed': ['user.list', 'user.active', 'user.rules', 'exemption.approvalChain', 'auth.status'],
  'vault.changed': ['vault.status', 'inbox.list', 'inbox.unassigned'],
  'vault.verified': ['vault.status', 'vault.checks'],
  'inbox.changed': ['inbox.list', 'vault.status', 'inbox.unassigned'],
  'document.changed': ['document.get', 'document.list', 'document.byEntry', 'ordner.get', 'ordner.list'],
  'ordner.changed': ['ordner.list', 'ordner.get', 'place.list', 'document.get'],
  'backup.changed': ['backup.status', 'backup.list', 'app.info'],
  'edition.published': ['edition.list', 'edition.get', 'edition.diff', 'edition.preview', 'app.info'],
  'request.changed': ['request.list', 'request.get'],
  'job.progressed': [],
};

/** Which domain event a method's change belongs to, by the method's domain. Generators and reads name none. */
export const eventOfDomain: Readonly<Record<string, EventName | null>> = {
  app: null,
  auth: 'user.changed',
  settings: null,
  agency: 'agency.changed',
  unit: 'unit.changed',
  audit: null,
  backup: 'backup.changed',
  recovery: 'backup.changed',
  entry: 'entry.changed',
  import: 'entry.changed',
  user: 'user.changed',
  reference: 'exemption.changed',
  holiday: 'exemption.changed',
  exemption: 'exemption.changed',
  consequence: 'exemption.changed',
  decision: 'exemption.changed',
  vault: 'vault.changed',
  document: 'document.changed',
  inbox: 'inbox.changed',
  place: 'ordner.changed',
  ordner: 'ordner.changed',
  export: null,
  edition: 'edition.published',
  publish: null,
  request: 'request.changed',
  folder: null,
};

/** Changes whose queries are not a domain event's (settings have no event; a verify only adds to the trail). */
const extraAfterMethod: Partial<Record<Method, readonly Method[]>> = {
  'settings.update': ['settings.get', 'backup.status', 'backup.list', 'vault.status'],
  'audit.verify': ['audit.list'],
  // An imported DIK becomes exemptions and may record its SK (issue 11 item 2).
  'import.commit': queriesAfterEvent['exemption.changed'],
};

/** Every successful change also moves the audit trail and the home screen's counts. */
const afterEveryChange: readonly Method[] = ['app.info', 'audit.list'];

export function queriesAfterMethod(method: Method): Method[] {
  const domain = method.slice(0, method.indexOf('.'));
  const event = eventOfDomain[domain] ?? null;
  const fromEvent = event ? queriesAfterEvent[event] : [];
  return [...new Set([...fromEvent, ...(extraAfterMethod[method] ?? []), ...afterEveryChange])];
}

export interface Invalidator {
  /** Marks these queries stale; resolves once their refetch has started. Marks within one window coalesce. */
  mark(methods: readonly Method[]): Promise<void>;
  /** Marks everything stale (after a restore the whole archive is another one). */
  markAll(): Promise<void>;
}

const invalidators = new WeakMap<QueryClient, Invalidator>();

/** One invalidator per query cache; `windowMs` is how long a save waits for its own event to join it. */
export function invalidatorFor(queryClient: QueryClient, windowMs = 40): Invalidator {
  const existing = invalidators.get(queryClient);
  if (existing) return existing;
  let pending = new Set<Method>();
  let flush: Promise<void> | null = null;
  const invalidator: Invalidator = {
    mark(methods) {
      for (const method of methods) pending.add(method);
      flush ??= new Promise<void>((resolve) => {
        setTimeout(() => {
          const batch = [...pending];
          pending = new Set();
          flush = null;
          void Promise.all(batch.map((method) => queryClient.invalidateQueries({ queryKey: [method] }, { cancelRefetch: false }))).then(
            () => resolve(),
            () => resolve(),
          );
        }, windowMs);
      });
      return flush;
    },
    markAll: () => queryClient.invalidateQueries(),
  };
  invalidators.set(queryClient, invalidator);
  return invalidator;
}
