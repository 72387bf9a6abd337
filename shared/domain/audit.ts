import { z } from 'zod';

/** One entry of the hash-chained audit trail (Jejak Audit). */
export const auditEventSchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** An audited row whose content no longer matches the hash its newest event recorded (changed outside Lemari). */
export const changedRowSchema = z.object({
  table: z.string(),
  id: z.string(),
  /** The audit entry that last wrote the row; 0 for a row no entry wrote (`unrecorded`). */
  seq: z.number().int(),
  /** The entry's title (judul) or the record's number, to find it on screen. */
  label: z.string(),
  /** unrecorded: a row of a table every write to which is audited (seedBaseline.ts), that no event wrote. */
  state: z.enum(['changed', 'missing', 'reappeared', 'unrecorded']),
});
export type ChangedRow = z.infer<typeof changedRowSchema>;

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int().nonnegative(),
  headHash: z.string().nullable(),
  firstBadSeq: z.number().int().nullable(),
  /** sequence | link | content | truncated (an anchor's entry is gone) | anchor_mismatch; null when whole. */
  problem: z.enum(['sequence', 'link', 'content', 'truncated', 'anchor_mismatch']).nullable(),
  /** The anchors kept outside the database that the chain was checked against. */
  anchors: z.array(z.object({ source: z.string(), seq: z.number().int(), hash: z.string() })),
  /** The anchor the chain failed against, when it did. */
  failedAnchor: z.string().nullable(),
  changedRows: z.array(changedRowSchema),
});
export type AuditVerify = z.infer<typeof auditVerifySchema>;

/**
 * Who an audit event's actor is, for the trail's "Oleh" column: a person (the signed-in name, or an older
 * "Rina Marlina (laptop)"), Lemari updating its archive (`migration 0014`), Lemari's own schedule (`lemari`),
 * or a bare computer account from before sign-in or a call that needs none ("root"), which names nobody.
 */
export function actorKind(actor: string, people: ReadonlySet<string>): 'person' | 'migration' | 'schedule' | 'account' {
  if (people.has(actor) || actor.includes('(')) return 'person';
  if (/^migration \d+$/.test(actor)) return 'migration';
  if (actor === 'lemari') return 'schedule';
  return 'account';
}
