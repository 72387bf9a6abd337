import { lemariError } from '../../../shared/api/raise';
import type { Unit, UnitFields } from '../../../shared/domain/unit';
import type { ServiceDeps } from '../support/deps';
import { createUnitRepo } from './unit.repo';

/** Units that hold information. Units are deactivated, never deleted: entries keep pointing at them. */
export function createUnitService({ db, audit, events, clock }: ServiceDeps) {
  const repo = createUnitRepo(db);

  function assertNameFree(name: string, exceptId: number | null): void {
    const other = repo.findByName(name);
    if (other && other.id !== exceptId) {
      throw lemariError('conflict', { key: 'units.nameTaken', params: { name }, field: 'fields.name' });
    }
  }

  function create(fields: UnitFields, actor: string): Unit {
    const unit = db
      .transaction(() => {
        assertNameFree(fields.name, null);
        const id = repo.insert(fields, clock().toISOString());
        const created = repo.get(id);
        if (!created) throw new Error('unit vanished inside its own transaction');
        audit.record({
          actor,
          action: 'unit.create',
          entityType: 'unit',
          entityId: id,
          before: null,
          after: created,
          rows: [{ table: 'units', id }],
        });
        return created;
      })
      .immediate();
    events.emit('unit.changed', { id: unit.id });
    return unit;
  }

  function update(id: number, fields: UnitFields, expectedVersion: number, actor: string): Unit {
    const unit = db
      .transaction(() => {
        const before = repo.get(id);
        if (!before) throw lemariError('not_found');
        assertNameFree(fields.name, id);
        if (!repo.update(id, fields, expectedVersion, clock().toISOString())) throw lemariError('conflict');
        const after = repo.get(id);
        if (!after) throw new Error('unit vanished inside its own transaction');
        audit.record({ actor, action: 'unit.update', entityType: 'unit', entityId: id, before, after, rows: [{ table: 'units', id }] });
        return after;
      })
      .immediate();
    events.emit('unit.changed', { id: unit.id });
    return unit;
  }

  return { list: (includeInactive: boolean) => repo.list(includeInactive), get: repo.get, create, update, count: repo.count };
}

export type UnitService = ReturnType<typeof createUnitService>;
