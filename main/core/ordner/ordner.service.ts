import { lemariError } from '../../../shared/api/raise';
import type { CodeHit } from '../../../shared/domain/document';
import type { Ordner, OrdnerFieldsParsed } from '../../../shared/domain/ordner';
import type { Place, PlaceFields } from '../../../shared/domain/place';
import type { ServiceDeps } from '../support/deps';
import { createOrdnerRepo } from './ordner.repo';

/** Places (lemari / rak) and ordners: the paper side of the archive. */
export function createOrdnerService({ db, audit, events, clock }: ServiceDeps) {
  const repo = createOrdnerRepo(db);

  function must(id: number): Ordner {
    const ordner = repo.get(id);
    if (!ordner) throw lemariError('not_found', { key: 'ordners.notFound' });
    return ordner;
  }

  function checkRefs(fields: OrdnerFieldsParsed, exceptId: number | null): void {
    const other = repo.findByCode(fields.code);
    if (other && other.id !== exceptId)
      throw lemariError('conflict', { key: 'ordners.codeTaken', params: { code: fields.code }, field: 'fields.code' });
    if (fields.unitId !== null && !repo.unitExists(fields.unitId)) throw lemariError('not_found', { field: 'fields.unitId' });
    if (fields.placeId !== null && !repo.place(fields.placeId))
      throw lemariError('not_found', { key: 'ordners.places.notFound', field: 'fields.placeId' });
  }

  function create(fields: OrdnerFieldsParsed, actor: string): Ordner {
    const ordner = db
      .transaction(() => {
        checkRefs(fields, null);
        const id = repo.insert(fields, clock().toISOString());
        const created = must(id);
        audit.record({ actor, action: 'ordner.create', entityType: 'ordner', entityId: id, before: null, after: created });
        return created;
      })
      .immediate();
    events.emit('ordner.changed', { id: ordner.id });
    return ordner;
  }

  function update(id: number, fields: OrdnerFieldsParsed, expectedVersion: number, actor: string): Ordner {
    const ordner = db
      .transaction(() => {
        const before = must(id);
        checkRefs(fields, id);
        if (!repo.update(id, fields, expectedVersion, clock().toISOString())) throw lemariError('conflict');
        const after = must(id);
        audit.record({ actor, action: 'ordner.update', entityType: 'ordner', entityId: id, before, after });
        return after;
      })
      .immediate();
    events.emit('ordner.changed', { id });
    return ordner;
  }

  function checkPlace(fields: PlaceFields, exceptId: number | null): void {
    const other = repo.placeByName(fields.name);
    if (other && other.id !== exceptId)
      throw lemariError('conflict', { key: 'ordners.places.nameTaken', params: { name: fields.name }, field: 'fields.name' });
    if (fields.parentId !== null) {
      const parent = repo.place(fields.parentId);
      if (!parent || parent.kind !== 'lemari' || fields.kind !== 'rak' || parent.id === exceptId) {
        throw lemariError('conflict', { key: 'ordners.places.badParent', field: 'fields.parentId' });
      }
    }
  }

  function createPlace(fields: PlaceFields, actor: string): Place {
    const place = db
      .transaction(() => {
        checkPlace(fields, null);
        const id = repo.insertPlace(fields, clock().toISOString());
        const created = repo.place(id);
        if (!created) throw new Error('place vanished inside its own transaction');
        audit.record({ actor, action: 'place.create', entityType: 'place', entityId: id, before: null, after: created });
        return created;
      })
      .immediate();
    events.emit('ordner.changed', { id: null });
    return place;
  }

  function updatePlace(id: number, fields: PlaceFields, expectedVersion: number, actor: string): Place {
    const place = db
      .transaction(() => {
        const before = repo.place(id);
        if (!before) throw lemariError('not_found', { key: 'ordners.places.notFound' });
        checkPlace(fields, id);
        if (!repo.updatePlace(id, fields, expectedVersion, clock().toISOString())) throw lemariError('conflict');
        const after = repo.place(id);
        if (!after) throw new Error('place vanished inside its own transaction');
        audit.record({ actor, action: 'place.update', entityType: 'place', entityId: id, before, after });
        return after;
      })
      .immediate();
    events.emit('ordner.changed', { id: null });
    return place;
  }

  /** What a typed or barcode-scanned code opens: an ordner first, then a document. */
  function lookup(code: string): CodeHit {
    const clean = code.trim();
    const ordner = repo.findByCode(clean);
    if (ordner) return { kind: 'ordner', id: ordner.id, code: ordner.code };
    const doc = repo.documentByCode(clean);
    return doc ? { kind: 'document', id: doc.id, code: doc.code } : null;
  }

  return { list: repo.list, get: must, create, update, places: repo.places, place: repo.place, createPlace, updatePlace, lookup };
}

export type OrdnerService = ReturnType<typeof createOrdnerService>;
