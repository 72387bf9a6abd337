import { expect } from 'vitest';
import { emptyAgencyFields } from '../../../shared/domain/agency';
import type { SomeSamples } from './sample';

const unit = { name: 'Subbagian Umum dan Kepegawaian', kind: 'bagian', head: 'Drs. Hartono', active: true } as const;

/** The foundation: archive facts, settings, agency profile, units, audit trail. */
export const coreSamples = {
  'app.info': { input: () => ({}) },
  'settings.get': { input: () => ({}), check: (settings) => expect(settings.language).toBe('id') },
  'settings.update': {
    input: () => ({ patch: { language: 'en', backupKeep: 3 } }),
    check: (settings) => expect(settings).toMatchObject({ language: 'en', backupKeep: 3 }),
  },
  'agency.get': { input: () => ({}) },
  'agency.update': {
    input: () => ({ fields: { ...emptyAgencyFields, bodyName: 'Dinas Kominfo Kabupaten Sukamaju', city: 'Sukamaju' }, expectedVersion: 0 }),
    check: (profile) => expect(profile).toMatchObject({ version: 1, city: 'Sukamaju' }),
  },
  'unit.list': {
    input: async ({ call }) => {
      await call('unit.create', { fields: unit });
      return { includeInactive: true };
    },
    check: (units) => expect(units.map((u) => u.name)).toEqual([unit.name]),
  },
  'unit.create': { input: () => ({ fields: unit }) },
  'unit.update': {
    input: async ({ call }) => {
      const made = await call('unit.create', { fields: unit });
      return { id: made.id, fields: { ...unit, active: false }, expectedVersion: made.version };
    },
    check: (updated) => expect(updated.active).toBe(false),
  },
  'audit.list': {
    input: async ({ call }) => {
      const made = await call('unit.create', { fields: unit });
      return { entityType: 'unit', entityId: String(made.id) };
    },
    check: (events) => expect(events).toHaveLength(1),
  },
  'audit.verify': {
    input: async ({ call }) => {
      await call('unit.create', { fields: unit });
      return {};
    },
    // The first run's account and the unit: every event checked, nothing changed outside Lemari.
    check: (verdict) => expect(verdict).toMatchObject({ ok: true, changedRows: [] }),
  },
} satisfies SomeSamples;
