import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createCore, type Core } from '../core/createCore';
import { startupLines } from '../core/support/leftovers';
import { defaultArchiveDir } from '../core/support/paths';
import { UsageError } from './io';

export const archiveOption = { archive: { type: 'string' } } as const;
export const jsonOption = { json: { type: 'boolean', default: false } } as const;

/** parseArgs that turns node's own errors into a UsageError we can word for the officer. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function openArchive(archive: string | undefined): Core {
  const core = createCore({ archiveDir: archive ?? defaultArchiveDir() });
  // On stderr, so `--json` output stays clean: where the archive lives, and what a crash left behind.
  for (const line of startupLines(core.startup)) process.stderr.write(`${line}\n`);
  return core;
}
