import { defaultSettings, settingsSchema, type Settings } from '../../../shared/domain/settings';
import type { ServiceDeps } from '../support/deps';
import { createSettingsRepo } from './settings.repo';

/** Archive-wide preferences. Stored values are re-validated on read: a hand-edited row falls back to the default. */
export function createSettingsService({ db, audit }: ServiceDeps) {
  const repo = createSettingsRepo(db);

  function get(): Settings {
    // Each key is checked on its own, so one bad value does not reset the others.
    const stored = repo.all();
    const settings: Record<string, unknown> = { ...defaultSettings };
    for (const [key, schema] of Object.entries(settingsSchema.shape)) {
      const parsed = schema.safeParse(stored[key]);
      if (parsed.success) settings[key] = parsed.data;
    }
    return settings as Settings;
  }

  function update(patch: { [K in keyof Settings]?: Settings[K] | undefined }, actor: string): Settings {
    return db
      .transaction(() => {
        const before = get();
        for (const [key, value] of Object.entries(patch)) {
          if (value !== undefined) repo.set(key, value);
        }
        const after = get();
        const rows = Object.entries(patch).flatMap(([key, value]) => (value === undefined ? [] : [{ table: 'settings', id: key }]));
        audit.record({ actor, action: 'settings.update', entityType: 'settings', entityId: 'app', before, after, rows });
        return after;
      })
      .immediate();
  }

  return { get, update };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
