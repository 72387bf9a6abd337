import { z } from 'zod';
import { deadlineMoveSchema, type DeadlineMove } from '../../../shared/domain/request';
import { isoDateSchema } from '../../../shared/domain/workingDays';
import type { AuditService } from '../audit/audit.service';
import type { CalendarWatcher } from '../reference/reference.service';

const DEADLINE_MOVED = 'request.deadlineMoved';
const movedAuditSchema = z.object({
  before: z.object({ dueOn: isoDateSchema }),
  after: z.object({ dueOn: isoDateSchema, holiday: deadlineMoveSchema.shape.holiday }),
});

/** The holiday edits that moved a request's deadline, oldest first, read from the audit trail (the record of them). */
export function deadlineMovesOf(audit: Pick<AuditService, 'list'>, requestId: number): DeadlineMove[] {
  return audit
    .list({ entityType: 'request', entityId: String(requestId), limit: 1000 })
    .filter((event) => event.action === DEADLINE_MOVED)
    .reverse()
    .flatMap((event) => {
      const moved = movedAuditSchema.safeParse({ before: event.before, after: event.after });
      if (!moved.success) return [];
      const { before, after } = moved.data;
      return [{ at: event.at, actor: event.actor, from: before.dueOn, to: after.dueOn, holiday: after.holiday }];
    });
}

/**
 * Watches holiday edits (reference service): each open request whose deadline the edit moved gets an audit
 * event naming the old and new date and the holiday, in the edit's own transaction. Answered requests keep
 * the deadline they were answered against, so they are not looked at.
 */
export function calendarWatcher(audit: Pick<AuditService, 'record'>, openDueDates: () => Map<number, string>): CalendarWatcher {
  return () => {
    const before = openDueDates();
    return (change, actor) => {
      const after = openDueDates();
      const holiday = { kind: change.kind, date: change.date, name: (change.after ?? change.before)?.name ?? '' };
      for (const [id, from] of before) {
        const to = after.get(id);
        if (to === undefined || to === from) continue;
        audit.record({
          actor,
          action: DEADLINE_MOVED,
          entityType: 'request',
          entityId: id,
          before: { dueOn: from },
          after: { dueOn: to, holiday },
        });
      }
    };
  };
}
