import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  archiveDir: string;
  stop(): Promise<void>;
}

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'lemari.mjs');

/**
 * Starts `lemari serve` exactly as an officer would, and waits for the URL line it prints. `env` adds to
 * the process environment (LEMARI_CLOCK to rehearse a later date).
 */
export function startServer(
  archiveDir = mkdtempSync(join(tmpdir(), 'lemari-e2e-')),
  env: Readonly<Record<string, string>> = {},
): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--archive', archiveDir, '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`lemari serve printed no URL in 30 s:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`lemari serve exited ${String(code)}:\n${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /^(http:\/\/127\.\d+\.\d+\.\d+:\d+)\/\?token=(\S+)$/m.exec(output);
      if (!url?.[1] || !url[2]) return;
      clearTimeout(timer);
      resolve({
        url: url[0],
        origin: url[1],
        token: url[2],
        archiveDir,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
