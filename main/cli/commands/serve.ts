import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localActor } from '../../core/support/actor';
import { httpRoutes } from '../../transport/http/routes';
import { startHttpServer } from '../../transport/http/server';
import { createDispatch } from '../../transport/dispatch';
import { archiveOption, openArchive, parseCommandArgs } from '../archive';
import type { Command } from '../command';
import { UsageError } from '../io';
import { openBrowser } from '../openBrowser';

const rendererDir = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port harus bilangan 0–65535 / --port must be a number 0–65535 (got "${raw}")`);
  }
  return port;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Jalankan Lemari di peramban (mode peramban) / run Lemari in the browser (browser mode)',
  usage: 'lemari serve [--archive DIR] [--port N] [--no-open]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { ...archiveOption, port: { type: 'string' }, 'no-open': { type: 'boolean', default: false } });
    const port = parsePort(values.port);
    if (!existsSync(`${rendererDir}/index.html`)) {
      io.err('Tampilan belum dibangun: jalankan `npm run build:renderer`. / The UI is not built yet: run `npm run build:renderer`.');
      return 1;
    }
    const core = openArchive(values.archive);
    const actor = localActor();
    const server = await startHttpServer({
      dispatch: createDispatch(core.handlers),
      events: core.events,
      staticDir: rendererDir,
      port,
      context: () => ({ actor }),
      routes: httpRoutes(core),
    }).catch((error: unknown) => {
      core.close();
      throw error;
    });
    io.out(`Lemari (mode peramban / browser mode) — arsip: ${core.archiveDir}`);
    io.out(server.url);
    if (!values['no-open']) openBrowser(server.url);

    await new Promise<void>((resolveStop) => {
      const stop = () => resolveStop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    core.close();
    io.out('Lemari berhenti; arsip ditutup dengan rapi. / Lemari stopped; archive closed cleanly.');
    return 0;
  },
};
