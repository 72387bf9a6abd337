import { lemariError } from '../../../shared/api/raise';
import type { Entry, EntryFields } from '../../../shared/domain/entry';
import type { Db } from '../db/connection';

/** The DIK columns: what a decision fixed, and what the published DIK prints. */
const dikColumns = ['dikInformasi', 'dikDasarHukum', 'dikKonsekuensiDibuka', 'dikKonsekuensiDitutup', 'dikJangkaWaktu'] as const;

export type EntryEditGuard = (before: Entry, after: EntryFields) => void;

/**
 * Plain register edits must not do what only the exemption workflow may (DOMAIN: "Renewal …
 * never a silent edit", "public → exempted after a new test"): exempting public information,
 * opening exempted information, or rewriting what an approved decision fixed. Enforced in main,
 * whichever screen or transport the edit came from.
 */
export function createExemptionEditGuard(db: Db): EntryEditGuard {
  const status = db.prepare<[number], { status: string }>('SELECT status FROM exemptions WHERE entry_id = ?');
  return (before, after) => {
    if (before.category !== 'dikecualikan' && after.category === 'dikecualikan') {
      throw lemariError('forbidden', { key: 'exemption.err.exemptNeedsTest', field: 'fields.category' });
    }
    if (before.category === 'dikecualikan' && after.category !== 'dikecualikan') {
      throw lemariError('forbidden', { key: 'exemption.err.openNeedsDecision', field: 'fields.category' });
    }
    const state = status.get(before.id)?.status;
    if (state === undefined || state === 'draft' || state === 'returned') return;
    const changed = dikColumns.find((column) => before[column] !== after[column]);
    if (changed) throw lemariError('forbidden', { key: 'exemption.err.fixedByDecision', field: `fields.${changed}` });
  };
}
