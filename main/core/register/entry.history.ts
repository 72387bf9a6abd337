import type { AuditEvent } from '../../../shared/domain/audit';
import type { FieldChange } from '../../../shared/domain/entry';

/** Bookkeeping fields that change on every save; the history shows what the officer changed. */
const ignored = new Set(['id', 'version', 'createdAt', 'updatedAt', 'importId', 'unitId']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Blank values of a new entry are not news: a creation lists only what was filled in. */
function blank(value: unknown): boolean {
  return value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/**
 * The fields that differ between an audit event's before and after, in field order.
 * `unitName` stands for `unitId` so the reader sees the unit, not its number.
 */
export function diffEvent(event: Pick<AuditEvent, 'before' | 'after'>): FieldChange[] {
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (ignored.has(key)) continue;
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (blank(from) && blank(to)) continue;
    if (!same(from, to)) changes.push({ field: key, before: from, after: to });
  }
  return changes;
}
