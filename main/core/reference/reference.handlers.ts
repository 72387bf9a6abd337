import type { Handlers } from '../../../shared/api/handlers';
import type { ReferenceService } from './reference.service';

type ReferenceMethods = Extract<keyof Handlers, `reference.${string}` | `holiday.${string}`>;

/** Contract → reference data (grounds, statutes, holidays); the transport's actor goes to the audit trail. */
export function referenceHandlers(reference: ReferenceService) {
  return {
    'reference.grounds': ({ includeInactive }) => reference.grounds(includeInactive),
    'reference.updateGround': ({ ground }, { actor }) => reference.updateGround(ground, actor),
    'reference.statutes': () => reference.statutes(),
    'reference.saveStatute': (input, { actor }) => reference.saveStatute(input, actor),
    'reference.documentTypes': ({ includeInactive }) => reference.documentTypes(includeInactive),
    'reference.saveDocumentType': (input, { actor }) => reference.saveDocumentType(input, actor),
    'holiday.list': ({ year }) => reference.holidays(year),
    'holiday.save': ({ holiday }, { actor }) => reference.saveHoliday(holiday, actor),
    'holiday.remove': ({ date }, { actor }) => reference.removeHoliday(date, actor),
  } satisfies Pick<Handlers, ReferenceMethods>;
}
