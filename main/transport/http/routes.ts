import type { Core } from '../../core/createCore';
import type { HttpRoute } from './server';
import { downloadRoute } from './downloadRoute';
import { uploadRoute } from './uploadRoute';
import { vaultRoute } from './vaultRoute';

/** Every route beyond /api and /events that browser mode serves; each domain adds its own here. */
export function httpRoutes(core: Core): HttpRoute[] {
  return [uploadRoute(core.uploads), vaultRoute(core.vault, core.auth), downloadRoute(core.exportFiles, core.auth)];
}
