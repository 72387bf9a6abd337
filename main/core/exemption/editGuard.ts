import { lemariError } from '../../../shared/api/raise';
import type { Entry, EntryFields } from '../../../shared/domain/entry';
import { createConsequenceRepo } from '../consequence/consequence.repo';
import type { Db } from '../db/connection';
import { createExemptionRepo } from './exemption.repo';

/** The DIK columns: what a decision fixed, and what the published DIK prints. */
const dikColumns = ['dikInformasi', 'dikDasarHukum', 'dikKonsekuensiDibuka', 'dikKonsekuensiDitutup', 'dikJangkaWaktu'] as const;

/** A workflow act that may do what a plain edit may not; the guard checks it against the archive. */
export interface EntryPermit {
  /** Public → exempted on this concluded consequence test (exemption.reclassify). */
  reclassifyOnTest: number;
}

export type EntryEditGuard = (before: Entry, after: EntryFields, permit?: EntryPermit) => void;

/** What the guard reads: the exemption's workflow state and whether a concluded test found the entry exempt. */
export interface GuardLookups {
  exemptionStatus: (entryId: number) => string | null;
  testFoundExempt: (testId: number, entryId: number) => boolean;
}

/**
 * Plain register edits must not do what only the exemption workflow may (DOMAIN: "Renewal …
 * never a silent edit", "public → exempted after a new test"): exempting public information,
 * opening exempted information, or rewriting what an approved decision fixed. Applied by the
 * entry writer to every update, whichever service, screen or transport the edit came from.
 */
export function createExemptionEditGuard(lookups: GuardLookups): EntryEditGuard {
  return (before, after, permit) => {
    if (before.category !== 'dikecualikan' && after.category === 'dikecualikan') {
      const tested = permit !== undefined && lookups.testFoundExempt(permit.reclassifyOnTest, before.id);
      if (!tested) throw lemariError('forbidden', { key: 'exemption.err.exemptNeedsTest', field: 'fields.category' });
    }
    if (before.category === 'dikecualikan' && after.category !== 'dikecualikan') {
      throw lemariError('forbidden', { key: 'exemption.err.openNeedsDecision', field: 'fields.category' });
    }
    const state = lookups.exemptionStatus(before.id);
    if (state === null || state === 'draft' || state === 'returned') return;
    const changed = dikColumns.find((column) => before[column] !== after[column]);
    if (changed) throw lemariError('forbidden', { key: 'exemption.err.fixedByDecision', field: `fields.${changed}` });
  };
}

/** The guard on the archive's own tables: the exemption's status, and the tests a reclassification may rest on. */
export function exemptionEditGuard(db: Db): EntryEditGuard {
  const exemptions = createExemptionRepo(db);
  const tests = createConsequenceRepo(db);
  return createExemptionEditGuard({ exemptionStatus: exemptions.status, testFoundExempt: tests.foundExempt });
}
