import type { ChangedRow } from '../../../shared/domain/audit';
import type { Db } from '../db/connection';
import { createAuditRowsReader, isAuditedTable } from './audit.repo';
import { hashTableRow } from './audit.service';
import { SEEDED_TABLES } from './seedBaseline';

function labelOf(row: Record<string, unknown> | null): string {
  for (const key of ['judul', 'number', 'name', 'document_examined', 'dokumen']) {
    const value = row?.[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}

/**
 * Every audited row whose stored content no longer matches the hash its newest audit event recorded:
 * a row edited, added back or deleted through a raw connection, or rotted on disk. Named by table,
 * id, the event that last wrote it and the entry's title, so the officer can find it.
 */
export function changedAuditedRows(db: Db): ChangedRow[] {
  const reader = createAuditRowsReader(db);
  const changed: ChangedRow[] = [];
  for (const last of reader.latest()) {
    if (!isAuditedTable(last.tbl)) continue;
    const current = reader.current(last.tbl, last.row_id);
    if (hashTableRow(current) === last.row_hash) continue;
    // An exemption row's title is its entry's judul.
    const entryTitle = last.tbl === 'exemptions' ? labelOf(reader.current('entries', last.row_id)) : '';
    changed.push({
      table: last.tbl,
      id: last.row_id,
      seq: last.event_seq,
      label: entryTitle || labelOf(current),
      state: current === null ? 'missing' : last.row_hash === null ? 'reappeared' : 'changed',
    });
  }
  // In a seeded table every row has an event once the baseline exists: one without was added behind Lemari's back.
  if (reader.hasSeedBaseline()) {
    for (const table of SEEDED_TABLES) {
      for (const id of reader.unrecorded(table)) {
        changed.push({ table, id, seq: 0, label: labelOf(reader.current(table, id)), state: 'unrecorded' });
      }
    }
  }
  return changed;
}
