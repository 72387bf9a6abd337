import type { Db } from './connection';

/** One audit event a migration records (an edit of data users may have edited too, e.g. a label). */
export interface MigrationAuditEvent {
  actor: string;
  action: string;
  entityType: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
  /** The rows the step wrote, hashed with the event (as AuditEntry.rows): name a seeded row it edits. */
  rows?: readonly { table: string; id: string | number }[];
}

/**
 * What a step may use besides the database: the audit trail, handed in by migrate() so migration
 * files import no live code (test/db/migrationsFrozen.test.ts).
 */
export interface MigrationContext {
  audit(event: MigrationAuditEvent): void;
}

/** One schema step. Migrations are append-only: a released one is never edited, only followed. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db, context: MigrationContext): void;
}
