import type { Db } from '../db/connection';
import { createAuditRowsReader, type AuditedTable } from './audit.repo';
import type { AuditedRowRef, createAuditService } from './audit.service';

/**
 * The tables migrations fill before anyone signs in: the Pasal 17 grounds, statutes, holidays, the role
 * rules and the agency profile. Every later write to them is an audited change (reference, user, agency),
 * so hashing their seeded rows once makes a raw edit of, say, a holiday (which moves request deadlines)
 * visible to audit.verify like any other row. Tables written outside audited changes are left out: a
 * baseline there would report the app's own bookkeeping as tampering.
 */
export const SEEDED_TABLES: readonly AuditedTable[] = ['agency_profile', 'holidays', 'pasal17_grounds', 'role_rules', 'statutes'];

/**
 * Records one event hashing every seeded row no event has hashed yet. Run by migrate() only after a
 * migration step, in its own transaction: the moment the rows are known to be what the migrations
 * wrote. Never at an ordinary start, which would bless a row edited while Lemari was closed.
 */
export function recordSeededRows(db: Db, audit: () => ReturnType<typeof createAuditService>, version: number): void {
  const present = new Set(db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
  if (!present.has('audit_rows')) return;
  const reader = createAuditRowsReader(db);
  const rows: AuditedRowRef[] = [];
  const counts: Record<string, number> = {};
  for (const table of SEEDED_TABLES) {
    if (!present.has(table)) continue;
    const ids = reader.unrecorded(table);
    if (ids.length === 0) continue;
    counts[table] = ids.length;
    for (const id of ids) rows.push({ table, id });
  }
  if (rows.length === 0) return;
  audit().record({
    actor: `migration ${String(version).padStart(4, '0')}`,
    action: 'archive.seed',
    entityType: 'archive',
    entityId: 'seed',
    before: null,
    after: counts,
    rows,
  });
}
