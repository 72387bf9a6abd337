import { lemariError } from '../../../shared/api/raise';
import type { Classification, Due, Exemption, Lineage } from '../../../shared/domain/exemption';
import { documentTypeKey, normalizeDocumentType } from '../../../shared/domain/documentType';
import { translate } from '../../../shared/i18n/translate';
import { addWorkingDays, wibDate, workingDaysBetween, type IsoDate } from '../../../shared/domain/workingDays';
import type { AuditService } from '../audit/audit.service';
import type { ReferenceService } from '../reference/reference.service';
import type { EntryService } from '../register/entry.service';
import type { Clock } from '../support/clock';
import type { ExemptionService } from './exemption.service';

function groupBy(list: readonly Exemption[], keyOf: (x: Exemption) => string, labelOf: (key: string, entries: Exemption[]) => string) {
  const groups = new Map<string, Exemption[]>();
  for (const item of list) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'id', { numeric: true }))
    .map(([key, entries]) => ({ key, label: labelOf(key, entries), entries }));
}

/**
 * The SOP's views over exemptions in force (approved, not opened): classify by period (step 2) and
 * due for opening (step 3). Read-only: seeing an ended exemption here changes nothing.
 */
export interface ViewParts {
  exemptions: Pick<ExemptionService, 'list' | 'find' | 'former'>;
  reference: Pick<ReferenceService, 'holidaySet'>;
  entries: Pick<EntryService, 'find'>;
  audit: Pick<AuditService, 'list'>;
  clock: Clock;
  /** The calendar date of an instant in the body's time zone; WIB when not given. */
  dateOf?: (instant: Date) => IsoDate;
}

export function createExemptionViews({ exemptions, reference, entries, audit, clock, dateOf = wibDate }: ViewParts) {
  const inForce = () => exemptions.list().filter((x) => x.status === 'approved');

  function classify(): Classification {
    const list = exemptions.list().filter((x) => x.status !== 'opened');
    return {
      byEndYear: groupBy(
        list,
        (x) => x.endDate?.slice(0, 4) ?? `~${x.period.kind}`,
        (key) => (key.startsWith('~') ? translate('id', `exemption.kind.${key.slice(1)}`) : key),
      ),
      byKind: groupBy(
        list,
        (x) => x.period.kind,
        (key) => translate('id', `exemption.kind.${key}`),
      ),
      byDocumentType: groupBy(
        list,
        (x) => documentTypeKey(x.jenisDokumen) || '~',
        (key, entries) =>
          key === '~' ? translate('id', 'exemption.classify.noType') : normalizeDocumentType(entries[0]?.jenisDokumen ?? key),
      ),
    };
  }

  /** Ended, ending within N working days, and conditions nobody reviewed this calendar year. */
  function due(asOfInput: IsoDate | null, withinWorkingDays: number): Due {
    const asOf = asOfInput ?? dateOf(clock());
    const holidays = reference.holidaySet();
    const horizon = addWorkingDays(asOf, withinWorkingDays, holidays);
    const list = inForce();
    const year = asOf.slice(0, 4);
    return {
      asOf,
      horizon,
      withinWorkingDays,
      ended: list.filter((x) => x.endDate !== null && x.endDate < asOf),
      ending: list
        .filter((x) => x.endDate !== null && x.endDate >= asOf && x.endDate <= horizon)
        .map((x) => ({ ...x, workingDaysLeft: workingDaysBetween(asOf, x.endDate ?? asOf, holidays) })),
      toReview: list.filter(
        (x) => x.period.kind === 'condition' && (x.lastReviewedAt === null || dateOf(new Date(x.lastReviewedAt)).slice(0, 4) < year),
      ),
    };
  }

  function lineage(entryId: number): Lineage {
    const entry = entries.find(entryId);
    if (!entry) throw lemariError('not_found');
    const former = exemptions.former(entryId);
    const own = exemptions.find(entryId);
    const next = own?.openedTo ? entries.find(own.openedTo) : null;
    const ids = [entryId, ...(former ? [former.entryId] : []), ...(next ? [next.id] : [])];
    const history = ids
      .flatMap((id) =>
        [
          ...audit.list({ entityType: 'entry', entityId: String(id), limit: 1000 }),
          ...audit.list({ entityType: 'exemption', entityId: String(id), limit: 1000 }),
        ].map((event) => ({ seq: event.seq, at: event.at, actor: event.actor, action: event.action, entryId: id })),
      )
      .sort((a, b) => b.seq - a.seq);
    return {
      entryId,
      judul: entry.judul,
      category: entry.category,
      formerDik: former ? { entryId: former.entryId, judul: former.judul, decisionNumber: former.decisionNumber } : null,
      openedTo: next ? { entryId: next.id, judul: next.judul, category: next.category } : null,
      history,
    };
  }

  return { classify, due, lineage };
}

export type ExemptionViews = ReturnType<typeof createExemptionViews>;
