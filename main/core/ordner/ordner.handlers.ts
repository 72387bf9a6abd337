import type { Handlers } from '../../../shared/api/handlers';
import { lemariError } from '../../../shared/api/raise';
import type { AgencyService } from '../agency/agency.service';
import type { DocumentService } from '../document/document.service';
import type { ExportFiles } from '../export/exportFiles';
import type { Clock } from '../support/clock';
import { findPrintFonts } from '../support/resources';
import type { OrdnerService } from './ordner.service';
import { printOrdnerIndex } from './printIndex';
import { printSpineLabels } from './printLabels';

type OrdnerMethods =
  | 'place.list'
  | 'place.create'
  | 'place.update'
  | 'ordner.list'
  | 'ordner.get'
  | 'ordner.create'
  | 'ordner.update'
  | 'ordner.labels'
  | 'ordner.index'
  | 'ordner.lookup';

/** Printouts go to the export-file store like every generated file: the answer is a download id, not the bytes. */
export function ordnerHandlers(
  ordners: OrdnerService,
  documents: DocumentService,
  agency: AgencyService,
  clock: Clock,
  files: ExportFiles,
) {
  function placeName(placeId: number | null): string {
    const place = placeId === null ? null : ordners.place(placeId);
    if (!place) return '';
    const parent = place.parentId === null ? null : ordners.place(place.parentId);
    return parent ? `${parent.name} › ${place.name}` : place.name;
  }

  return {
    'place.list': () => ordners.places(),
    'place.create': ({ fields }, { actor }) => ordners.createPlace(fields, actor),
    'place.update': ({ id, fields, expectedVersion }, { actor }) => ordners.updatePlace(id, fields, expectedVersion, actor),
    'ordner.list': () => ordners.list(),
    'ordner.get': ({ id }) => ({ ordner: ordners.get(id), documents: documents.inOrdner(id) }),
    'ordner.create': ({ fields }, { actor }) => ordners.create(fields, actor),
    'ordner.update': ({ id, fields, expectedVersion }, { actor }) => ordners.update(id, fields, expectedVersion, actor),
    'ordner.labels': async ({ ids, paper }) => {
      const chosen = ids.map((id) => ordners.get(id));
      const pdf = await printSpineLabels(chosen, findPrintFonts(), clock(), paper);
      const name = chosen.length === 1 && chosen[0] ? chosen[0].code : `${String(chosen.length)}-ordner`;
      return files.put(`label-punggung-${name}.pdf`, 'application/pdf', pdf);
    },
    'ordner.index': async ({ id }) => {
      const ordner = ordners.get(id);
      const profile = agency.get();
      const pdf = await printOrdnerIndex(ordner, placeName(ordner.placeId), documents.inOrdner(id), profile, findPrintFonts(), clock());
      return files.put(`daftar-isi-ordner-${ordner.code}.pdf`, 'application/pdf', pdf);
    },
    'ordner.lookup': ({ code }) => {
      if (code.length === 0) throw lemariError('not_found');
      return ordners.lookup(code);
    },
  } satisfies Pick<Handlers, OrdnerMethods>;
}
