import { z } from 'zod';

/** Events main pushes to every window, named in the past tense. */
export const events = {
  'agency.changed': z.object({ version: z.number().int() }),
  'unit.changed': z.object({ id: z.number().int() }),
  /** An entry was created, edited, deleted or restored; `id` null after an import (many entries). */
  'entry.changed': z.object({ id: z.number().int().nullable() }),
  /** An exemption, consequence test, decision or reference row changed; `entryId` null when not about one entry. */
  'exemption.changed': z.object({ entryId: z.number().int().nullable() }),
  /** A user profile changed or another profile became the active one. */
  'user.changed': z.object({ id: z.number().int().nullable() }),
  'vault.changed': z.object({ sha256: z.string().nullable() }),
  'vault.verified': z.object({ checkId: z.number().int(), clean: z.boolean() }),
  'document.changed': z.object({ id: z.number().int() }),
  'ordner.changed': z.object({ id: z.number().int().nullable() }),
  'inbox.changed': z.object({ count: z.number().int() }),
  /** A backup was written, failed, or a restore finished: the backup screen and the home warning refresh. */
  'backup.changed': z.object({ ok: z.boolean() }),
  /** An edition of the DIP or DIK was established (editions never change afterwards). */
  'edition.published': z.object({ id: z.number().int() }),
  /** A request, its objection or dispute changed (or its report narrative); `id` is the request's, null for the report. */
  'request.changed': z.object({ id: z.number().int().nullable() }),
  'job.progressed': z.object({
    jobId: z.string(),
    label: z.string(),
    done: z.number().nonnegative(),
    total: z.number().nonnegative(),
  }),
} as const satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
