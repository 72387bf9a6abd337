import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localActor } from '../../core/support/actor';
import { httpRoutes } from '../../transport/http/routes';
import { startHttpServer } from '../../transport/http/server';
import { createDispatch } from '../../transport/dispatch';
import { openArchiveSession } from '../../core/recovery/session';
import { defaultArchiveDir } from '../../core/support/paths';
import type { HttpRoute } from '../../transport/http/server';
import { archiveOption, parseCommandArgs } from '../archive';
import { clockFromEnv } from '../clockFromEnv';
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
    const { values } = parseCommandArgs(argv, {
      ...archiveOption,
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    });
    const port = parsePort(values.port);
    if (!existsSync(`${rendererDir}/index.html`)) {
      io.err('Tampilan belum dibangun: jalankan `npm run build:renderer`. / The UI is not built yet: run `npm run build:renderer`.');
      return 1;
    }
    // A damaged archive opens in recovery mode (read-only, offering a restore) instead of refusing to start.
    const fixedClock = clockFromEnv(process.env);
    if (fixedClock)
      io.err(`LEMARI_CLOCK: jam arsip mulai ${fixedClock.start.toISOString()} / archive clock starts at ${fixedClock.start.toISOString()}`);
    const session = openArchiveSession({
      archiveDir: values.archive ?? defaultArchiveDir(),
      ...(fixedClock ? { clock: fixedClock.clock } : {}),
    });
    const actor = localActor();
    const opened = session.core();
    // The server reads this array per request, so routes of an archive restored from recovery join it later.
    const routes: HttpRoute[] = opened ? httpRoutes(opened) : [];
    session.onSwitch((restored) => {
      routes.push(...httpRoutes(restored));
      io.out(`Arsip dipulihkan; sekarang memakai / archive restored; now using: ${restored.archiveDir}`);
    });
    const server = await startHttpServer({
      dispatch: createDispatch(session),
      events: session.events,
      staticDir: rendererDir,
      port,
      context: () => ({ actor }),
      routes,
    }).catch(async (error: unknown) => {
      await session.close(actor);
      throw error;
    });
    if (session.mode() === 'recovery') io.err('Arsip rusak: mode pemulihan (hanya-baca). / Archive damaged: recovery mode (read-only).');
    io.out(`Lemari (mode peramban / browser mode) — arsip: ${session.archiveDir()}`);
    io.out(server.url);
    if (!values['no-open']) openBrowser(server.url);

    await new Promise<void>((resolveStop) => {
      const stop = () => resolveStop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    // The quit backup (Pengaturan → Cadangan) runs here, as Electron's before-quit runs backupOnQuit.
    const quit = await session.close(actor);
    if (quit?.ok === false) io.err(`Cadangan saat keluar gagal / quit backup failed: ${quit.error.message}`);
    else if (quit?.backup) io.out(`Cadangan / backup: ${quit.backup.file}`);
    io.out('Lemari berhenti; arsip ditutup dengan rapi. / Lemari stopped; archive closed cleanly.');
    return 0;
  },
};
