import type { Handlers } from '../../../shared/api/handlers';
import type { StartupNotices } from '../support/leftovers';

/** Beranda's start-up notices: what this start swept and where the archive lives (the CLI prints the same). */
export function startupHandlers(startup: StartupNotices) {
  return {
    'app.startup': () => ({ leftovers: startup.leftovers.map(({ kind, path }) => ({ kind, path })), locationRisk: startup.locationRisk }),
  } satisfies Pick<Handlers, 'app.startup'>;
}
