import type { Handlers } from '../../../shared/api/handlers';
import type { SettingsService } from './settings.service';

export function settingsHandlers(settings: SettingsService) {
  return {
    'settings.get': () => settings.get(),
    'settings.update': ({ patch }, { actor }) => settings.update(patch, actor),
  } satisfies Pick<Handlers, 'settings.get' | 'settings.update'>;
}
